import fc from 'fast-check';
import type { FuzzOperation } from './openapi-operations';
import { hostileBody, hostileId, hostileItemJson, hostileQuery, validItem } from './hostile-values';

export interface FuzzCredentials {
  member: string;
  admin: string;
  apiKey: string;
}

export interface FuzzContext {
  baseUrl: string;
  credentials: FuzzCredentials;
  /** Signs in fresh accounts when a fuzzed request ended a session (logout-all, DELETE /v1/me…). */
  renew(): Promise<void>;
  /** Real ids to put in paths now and then, so hostile bodies reach past the 404. */
  knownIds: string[];
  /** How many of these source ids are stored (ingest property). */
  countStored(sourceRefs: string[]): Promise<number>;
}

export interface Finding {
  route: string;
  problem: string;
  status: number;
  request: string;
  response: string;
}

export interface RouteStats {
  route: string;
  requests: number;
  s2xx: number;
  s4xx: number;
  s5xx: number;
  findings: Finding[];
}

export interface FuzzRunOptions {
  numRuns: number;
  seed?: number;
  /** Stop a route at its first finding and shrink it (the test); otherwise count them all (npm run fuzz). */
  stopOnFinding: boolean;
}

interface Sent {
  status: number;
  problem: string | null;
  contentType: string;
  text: string;
}

const ERROR_KEYS = new Set(['statusCode', 'code', 'message', 'errors', 'requestId']);
// Pages for people following an emailed link answer their errors as HTML pages, by design.
const HTML_PAGES = /^\/(?:u|nr|f)\/|^\/v1\/auth\/(verify-email|reset-password)$/;

/** What is wrong with an answer: a 5xx, or a 4xx outside the one error shape. Null when fine. */
export function problemOf(status: number, contentType: string, text: string, path: string): string | null {
  if (status >= 500) return `${status} answer`;
  if (status < 400) return null;
  if (/text\/html/.test(contentType) && HTML_PAGES.test(path)) return null;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text);
  } catch {
    return `${status} answer is not JSON (${contentType || 'no content type'})`;
  }
  if (body.statusCode !== status) return 'error statusCode differs from the HTTP status';
  if (typeof body.code !== 'string' || typeof body.message !== 'string' || typeof body.requestId !== 'string')
    return 'error lacks code, message or requestId';
  const extra = Object.keys(body).filter((k) => !ERROR_KEYS.has(k) && status !== 503);
  if (extra.length) return `error has fields outside the shape: ${extra.join(', ')}`;
  if (
    body.errors !== undefined &&
    (!Array.isArray(body.errors) || body.errors.some((e) => typeof e?.field !== 'string' || typeof e?.message !== 'string'))
  )
    return 'errors is not a list of { field, message }';
  return null;
}

const short = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

async function send(
  ctx: FuzzContext,
  method: string,
  pathAndQuery: string,
  headers: Record<string, string>,
  body: string | undefined,
  templatePath: string,
): Promise<Sent> {
  try {
    const res = await fetch(`${ctx.baseUrl}${pathAndQuery}`, { method, headers, body, signal: AbortSignal.timeout(15_000) });
    const text = await res.text();
    const contentType = res.headers.get('content-type') ?? '';
    return {
      status: res.status,
      contentType,
      text,
      problem: problemOf(res.status, contentType, text, templatePath.startsWith('/u/') ? '/u/' : templatePath),
    };
  } catch (err) {
    return { status: 0, contentType: '', text: String(err), problem: `no answer: ${(err as Error).message}` };
  }
}

function emptyStats(route: string): RouteStats {
  return { route, requests: 0, s2xx: 0, s4xx: 0, s5xx: 0, findings: [] };
}

function record(stats: RouteStats, sent: Sent, request: string): void {
  stats.requests++;
  if (sent.status >= 500 || sent.status === 0) stats.s5xx++;
  else if (sent.status >= 400) stats.s4xx++;
  else stats.s2xx++;
  if (sent.problem)
    stats.findings.push({
      route: stats.route,
      problem: sent.problem,
      status: sent.status,
      request: short(request),
      response: short(sent.text),
    });
}

type Auth = 'right' | 'none' | 'garbage';

/** Drives one route with generated hostile paths, queries and bodies; counts answers by class. */
export async function fuzzRoute(ctx: FuzzContext, op: FuzzOperation, options: FuzzRunOptions): Promise<RouteStats> {
  const stats = emptyStats(op.id);
  const takesBody = op.method !== 'GET' && op.method !== 'DELETE' ? true : !!op.body;
  const arb = fc.record({
    ids: fc.tuple(...op.pathParams.map(() => hostileId(ctx.knownIds))),
    query: hostileQuery(op),
    body: takesBody ? hostileBody(op.body) : fc.constant(undefined),
    auth: fc.constantFrom<Auth>('right', 'right', 'right', 'right', 'none', 'garbage'),
    form: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  });
  const property = fc.asyncProperty(arb, async ({ ids, query, body, auth, form }) => {
    let path = op.path;
    op.pathParams.forEach((name, i) => (path = path.replace(`{${name}}`, ids[i])));
    const url = query ? `${path}?${query}` : path;
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = form ? 'application/x-www-form-urlencoded' : 'application/json';
    const wire = body !== undefined && form ? 'email=a%00b&scope=all&__proto__[x]=1&items=%ED%A0%80' : body;
    const c = ctx.credentials;
    if (auth === 'garbage') headers.authorization = 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.';
    if (auth === 'right' && op.auth === 'member') headers.authorization = `Bearer ${c.member}`;
    if (auth === 'right' && op.auth === 'admin') headers.authorization = `Bearer ${c.admin}`;
    if (auth === 'right' && op.auth === 'source') headers['x-api-key'] = c.apiKey;
    if (auth === 'garbage' && op.auth === 'source') headers['x-api-key'] = 'ta_%00';
    const sent = await send(ctx, op.method, url, headers, wire, op.path);
    record(stats, sent, `${op.method} ${url} ${wire ?? ''}`);
    if (auth === 'right' && sent.status === 401 && op.auth !== 'none' && op.auth !== 'source') await ctx.renew();
    return options.stopOnFinding ? !sent.problem : true;
  });
  await fc.check(property, { numRuns: options.numRuns, seed: options.seed, endOnFailure: !options.stopOnFinding });
  return stats;
}

/**
 * Mixed ingest batches: valid bulletins between hostile items. Every valid item must come back
 * created (it is new) and be in the database, whatever its neighbours were.
 */
export async function fuzzMixedIngest(ctx: FuzzContext, options: FuzzRunOptions): Promise<RouteStats> {
  const stats = emptyStats('POST /v1/ingest/bulletins (mixed batches)');
  const entry = fc.oneof(
    validItem('fuzz').map((v) => ({ valid: v, raw: JSON.stringify(v) })),
    hostileItemJson.map((raw) => ({ valid: undefined, raw })),
  );
  const property = fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 12 }), async (batch) => {
    const body = `{"items":[${batch.map((b) => b.raw).join(',')}]}`;
    const sent = await send(
      ctx,
      'POST',
      '/v1/ingest/bulletins',
      { 'content-type': 'application/json', 'x-api-key': ctx.credentials.apiKey },
      body,
      '/v1/ingest/bulletins',
    );
    const refs = batch.flatMap((b, i) => (b.valid ? [{ i, ref: b.valid.sourceId as string }] : []));
    let problem = sent.problem ?? (sent.status !== 200 ? `batch answered ${sent.status}` : null);
    if (!problem) {
      const results = (JSON.parse(sent.text) as { results: Array<{ index: number; status: string }> }).results;
      const lost = refs.filter(({ i }) => results[i]?.status !== 'created');
      const stored = await ctx.countStored(refs.map((r) => r.ref));
      if (lost.length)
        problem = `valid items not created: ${lost.map(({ i }) => `#${i} ${results[i]?.status} ${JSON.stringify(results[i])}`).join('; ')}`;
      else if (stored !== refs.length) problem = `${refs.length - stored} valid items missing from the database`;
    }
    record(stats, { ...sent, problem }, `POST /v1/ingest/bulletins ${body}`);
    return options.stopOnFinding ? !problem : true;
  });
  await fc.check(property, { numRuns: options.numRuns, seed: options.seed, endOnFailure: !options.stopOnFinding });
  return stats;
}
