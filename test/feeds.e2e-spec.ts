import { XMLParser, XMLValidator } from 'fast-xml-parser';
import request from 'supertest';
import { createTestApi, insertBulletins, resetDatabase, type TestApi } from '@app/testing';
import { bearer, signUp, type SignedUp } from './support/member-sessions';

/** Private Atom feeds: valid Atom 1.0, newest first, the fields a reader shows, revocable tokens. */
describe('subscription Atom feeds (api + Postgres)', () => {
  let api: TestApi;
  let a: SignedUp;
  let sub: { id: string };

  beforeAll(async () => {
    api = await createTestApi({ RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    await resetDatabase(api.dataSource);
    a = await signUp(api);
    sub = (
      await request(api.url)
        .post('/v1/subscriptions')
        .set(bearer(a.accessToken))
        .send({ name: '渝中<道路>&改造', keywords: ['道路'] })
        .expect(201)
    ).body;
    const bulletins = await insertBulletins(api.dataSource, [
      { title: '旧的道路工程招标公告', publishedAt: new Date('2026-11-01T02:00:00Z'), regionCode: '500103', budgetYuan: 1_200_000 },
      {
        title: '新的道路 & <改造> 工程',
        publishedAt: new Date('2026-12-01T02:00:00Z'),
        regionCode: '500103',
        budgetYuan: 35_000_000,
        buyer: '渝中区住建委',
      },
    ]);
    for (const b of bulletins) {
      await api.dataSource.query(
        `INSERT INTO matches (subscription_id, bulletin_id, bulletin_month, member_id, hits) VALUES ($1, $2, (SELECT ledger_month FROM bulletins WHERE id = $2), $3, '{道路}')`,
        [sub.id, b.id, a.id],
      );
    }
  });
  afterAll(() => api.close());

  const path = (url: string) => new URL(url).pathname;
  const text = (x: string | { '#text': string }) => (typeof x === 'string' ? x : x['#text']);

  it('serves a valid Atom document, newest first, with title, link, summary, category, region and budget', async () => {
    const { url } = (await request(api.url).post(`/v1/subscriptions/${sub.id}/feed`).set(bearer(a.accessToken)).expect(200)).body;
    expect(url).toMatch(/\/feeds\/[A-Za-z0-9_-]{32}\.atom$/);
    const res = await request(api.url).get(path(url)).expect(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(res.text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(res.text);
    const feed = doc.feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(text(feed.title)).toBe('标讯订阅：渝中<道路>&改造');
    expect(feed.id).toBe(`urn:uuid:${sub.id}`);
    expect(Date.parse(feed.updated)).not.toBeNaN();
    const entries = feed.entry;
    expect(entries.map((e: { title: string }) => text(e.title))).toEqual(['新的道路 & <改造> 工程', '旧的道路工程招标公告']);
    const newest = entries[0];
    expect(newest.id).toMatch(/^urn:uuid:/);
    expect(newest.link['@href']).toMatch(/^https?:\/\//);
    expect(Date.parse(newest.updated)).not.toBeNaN();
    expect(text(newest.summary)).toContain('预算：3500万元');
    expect(text(newest.summary)).toContain('地区：重庆市');
    const terms = [newest.category].flat().map((c: Record<string, string>) => c['@term']);
    expect(terms).toContain('region:500103');
  });

  it('a new URL revokes the old one; revoking leaves no URL working; others cannot see it', async () => {
    const first = (await request(api.url).post(`/v1/subscriptions/${sub.id}/feed`).set(bearer(a.accessToken)).expect(200)).body.url;
    const second = (await request(api.url).post(`/v1/subscriptions/${sub.id}/feed`).set(bearer(a.accessToken)).expect(200)).body.url;
    expect(second).not.toBe(first);
    expect((await request(api.url).get(path(first)).expect(404)).body.code).toBe('feed_not_found');
    await request(api.url).get(path(second)).expect(200);
    await request(api.url).delete(`/v1/subscriptions/${sub.id}/feed`).set(bearer(a.accessToken)).expect(204);
    await request(api.url).get(path(second)).expect(404);
    await request(api.url).get('/feeds/not-a-real-token-at-all-xx.atom').expect(404);
  });
});
