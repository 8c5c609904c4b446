import request from 'supertest';
import { createTestApi, TestApi } from '@app/testing';

describe('/v1/regions', () => {
  let api: TestApi;
  beforeAll(async () => (api = await createTestApi()));
  afterAll(() => api.close());

  it('finds regions by short name', async () => {
    const res = await request(api.url).get('/v1/regions').query({ q: '渝中' }).expect(200);
    expect(res.body[0]).toMatchObject({ code: '500103', name: '渝中区' });
  });

  it('lists the provinces without a query', async () => {
    const res = await request(api.url).get('/v1/regions').expect(200);
    const codes = res.body.map((r: { code: string }) => r.code);
    expect(codes).toContain('110000');
    expect(codes).toContain('500000');
    expect(codes.every((c: string) => c.endsWith('0000'))).toBe(true);
  });

  it('gives a region with parents and children, 404 for unknown codes and 400 naming a bad query', async () => {
    const cq = await request(api.url).get('/v1/regions/500103').expect(200);
    expect(cq.body.parents.map((p: { code: string }) => p.code)).toEqual(['500000']);
    const gd = await request(api.url).get('/v1/regions/440300').expect(200);
    expect(gd.body.children.map((c: { name: string }) => c.name)).toContain('南山区');
    await request(api.url).get('/v1/regions/999999').expect(404);
    const bad = await request(api.url)
      .get('/v1/regions')
      .query({ q: 'x'.repeat(51) })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('q');
  });
});
