import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApi, type TestApi } from '@app/testing';

const MINE = /^\/v1\/(auth|me|subscriptions|matches|bulletins|regions|projects|watches|parties)(\/|$)/;
type Operation = {
  tags?: string[];
  summary?: string;
  security?: unknown[];
  requestBody?: { content: Record<string, { schema?: unknown; examples?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string }; example?: unknown }> }>;
};

describe('OpenAPI for member endpoints', () => {
  let api: TestApi;
  let doc: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, { properties?: Record<string, { example?: unknown }> }> };
  };

  beforeAll(async () => {
    api = await createTestApi();
    doc = (await request(api.url).get('/docs-json').expect(200)).body;
  });
  afterAll(() => api.close());

  // The committed document is generated without services (Nest preview mode); the running api
  // must serve the same one, or the web app's generated types would describe another API.
  it('serves the committed contract (apps/api/openapi.json)', () => {
    expect(doc).toEqual(JSON.parse(readFileSync(join(__dirname, '../apps/api/openapi.json'), 'utf8')));
  });

  const operations = () =>
    Object.entries(doc.paths)
      .filter(([path]) => MINE.test(path))
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ id: `${method.toUpperCase()} ${path}`, op })));

  it('lists every member endpoint', () => {
    expect(
      operations()
        .map((o) => o.id)
        .sort(),
    ).toEqual(
      [
        'POST /v1/auth/register',
        'POST /v1/auth/login',
        'POST /v1/auth/refresh',
        'POST /v1/auth/logout',
        'POST /v1/auth/logout-all',
        'POST /v1/auth/change-password',
        'GET /v1/auth/verify-email',
        'POST /v1/auth/verify-email',
        'POST /v1/auth/resend-verification',
        'POST /v1/auth/forgot-password',
        'GET /v1/auth/reset-password',
        'POST /v1/auth/reset-password',
        'GET /v1/me',
        'PATCH /v1/me',
        'DELETE /v1/me',
        'GET /v1/me/deliveries',
        'POST /v1/me/phone/code',
        'POST /v1/me/phone/verify',
        'GET /v1/subscriptions',
        'POST /v1/subscriptions',
        'GET /v1/subscriptions/{id}',
        'PATCH /v1/subscriptions/{id}',
        'DELETE /v1/subscriptions/{id}',
        'POST /v1/subscriptions/{id}/pause',
        'POST /v1/subscriptions/{id}/resume',
        'POST /v1/subscriptions/preview',
        'GET /v1/subscriptions/{id}/preview',
        'GET /v1/matches',
        'POST /v1/matches/{id}/not-relevant',
        'DELETE /v1/matches/{id}/not-relevant',
        'GET /v1/matches/{id}/why',
        'GET /v1/matches/{id}/fixes',
        'GET /v1/bulletins/{id}',
        'GET /v1/regions',
        'GET /v1/regions/{code}',
        'GET /v1/me/wechat',
        'POST /v1/me/wechat/bind',
        'POST /v1/me/wechat/qr',
        'DELETE /v1/me/wechat',
        'POST /v1/subscriptions/{id}/feed',
        'DELETE /v1/subscriptions/{id}/feed',
        'GET /v1/projects/{id}',
        'POST /v1/projects/{id}/follow',
        'DELETE /v1/projects/{id}/follow',
        'GET /v1/me/follows',
        'GET /v1/me/held-back',
        'POST /v1/watches',
        'GET /v1/watches',
        'DELETE /v1/watches/{id}',
        'GET /v1/parties',
      ].sort(),
    );
  });

  it('tags and describes every operation, with the error shape on its error responses', () => {
    for (const { id, op } of operations()) {
      expect({ id, tags: op.tags?.length, summary: !!op.summary }).toEqual({ id, tags: 1, summary: true });
      const errors = Object.entries(op.responses).filter(([status]) => /^[45]/.test(status));
      if (id !== 'GET /v1/auth/reset-password') expect({ id, errors: errors.length > 0 }).toEqual({ id, errors: true });
      for (const [status, response] of errors) {
        const json = response.content?.['application/json'];
        expect({ id, status, ref: json?.schema?.$ref, example: !!json?.example }).toEqual({
          id,
          status,
          ref: '#/components/schemas/ApiErrorDto',
          example: true,
        });
      }
      const success = Object.entries(op.responses).filter(([status]) => /^2/.test(status));
      expect({ id, success: success.length }).toEqual({ id, success: expect.any(Number) });
    }
  });

  it('marks signed-in endpoints with bearer auth', () => {
    for (const { id, op } of operations()) {
      const signedIn = /\/v1\/(me|subscriptions|matches|bulletins|projects|watches|parties)|logout-all|change-password/.test(id);
      expect({ id, bearer: !!op.security?.length }).toEqual({ id, bearer: signedIn });
    }
  });

  it('gives request bodies and response fields examples', () => {
    for (const name of [
      'CreateSubscriptionDto',
      'SubscriptionDto',
      'SessionDto',
      'ProfileDto',
      'UpdateProfileDto',
      'PreviewResultDto',
      'BulletinSummaryDto',
      'MatchDto',
      'NotRelevantMarkDto',
      'MarkNotRelevantDto',
      'MatchWhyDto',
      'MatchFixesDto',
      'RegionDetailDto',
      'ApiErrorDto',
    ]) {
      const props = doc.components.schemas[name]?.properties ?? {};
      const withoutExample = Object.entries(props).filter(
        ([, p]) =>
          p.example === undefined && !('$ref' in p) && !('allOf' in p) && !('items' in p && (p as { items: { $ref?: string } }).items.$ref),
      );
      expect({ name, withoutExample: withoutExample.map(([k]) => k) }).toEqual({ name, withoutExample: [] });
    }
    const create = doc.paths['/v1/subscriptions'].post.requestBody!.content['application/json'];
    expect(Object.keys(create.examples as object)).toEqual(['roads', 'everyTender', 'corrections']);
  });
});
