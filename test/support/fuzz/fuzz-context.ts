import request from 'supertest';
import { signToken } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import type { TestApi } from '@app/testing';
import { controllerRoutes, signInAdmin, signInMember } from '../../admin-support';
import { bearer } from '../member-sessions';
import { operationsOf, undocumentedOperations, type FuzzOperation } from './openapi-operations';
import type { FuzzContext } from './route-fuzzer';

/** Accounts, a source key and a few real rows on a running test api, for the fuzzer. */
export async function createFuzzContext(api: TestApi): Promise<FuzzContext> {
  const sources = api.app.get(SourcesService);
  const { source, apiKey } = await sources.create(`fuzz-${Date.now()}`);
  const signIn = async () => ({ member: await signInMember(api), admin: await signInAdmin(api) });
  let accounts = await signIn();
  const sub = await request(api.url)
    .post('/v1/subscriptions')
    .set(bearer(accounts.member.token))
    .send({ name: '道路', keywords: ['道路'] })
    .expect(201);
  const ingested = await request(api.url)
    .post('/v1/ingest/bulletins')
    .set('x-api-key', apiKey)
    .send({ items: [{ sourceId: `fuzz-seed-${Date.now()}`, title: '渝中区道路改造工程施工招标公告', regionText: '重庆-渝中-' }] })
    .expect(200);
  const unsubscribe = signToken('unsubscribe', { m: accounts.member.id, s: sub.body.id }, api.config.auth.linkSecret);
  const ctx: FuzzContext = {
    baseUrl: api.url,
    credentials: { member: accounts.member.token, admin: accounts.admin.token, apiKey },
    knownIds: [sub.body.id, ingested.body.results[0].bulletinId, accounts.member.id, source.id, '500103', unsubscribe],
    async renew() {
      accounts = await signIn();
      ctx.credentials = { ...ctx.credentials, member: accounts.member.token, admin: accounts.admin.token };
    },
    async countStored(refs) {
      const [row] = await api.dataSource.query(`SELECT count(*)::int AS n FROM bulletins WHERE source_id = $1 AND source_ref = ANY($2)`, [
        source.id,
        refs,
      ]);
      return row.n;
    },
  };
  return ctx;
}

/** Every route: the OpenAPI document's operations plus what Nest serves outside it (pages, metrics). */
export async function fuzzOperations(api: TestApi): Promise<FuzzOperation[]> {
  const doc = (await request(api.url).get('/docs-json').expect(200)).body;
  const documented = operationsOf(doc);
  return [...documented, ...undocumentedOperations(controllerRoutes(api, '/'), documented)];
}
