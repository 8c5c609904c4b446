/** What the ingest API answered for one item that needs matching: its bulletin. */
export interface Ingested {
  bulletinId: string;
  sourceId: string;
}

/** 503s the ingest API answered (and the client retried) in this process. */
export const ingestRetries = { count: 0 };
const MAX_ATTEMPTS = 6;

/**
 * One POST /v1/ingest/bulletins; the bulletins created or updated that members may hear of (not a
 * duplicate, not a cross-source copy). A 503 (Postgres or Redis slow to answer) is retried after
 * its Retry-After, as a source would: a batch posted again is ingested once. The retries are
 * counted for the run's report. Anything else but 200, or a 503 that persists, fails the run.
 */
export async function postBulletins(port: number, apiKey: string, items: Array<Record<string, unknown>>): Promise<Ingested[]> {
  let res: Response;
  for (let attempt = 1; ; attempt++) {
    res = await fetch(`http://127.0.0.1:${port}/v1/ingest/bulletins`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
      body: JSON.stringify({ items }),
    });
    if (res.status !== 503 || attempt === MAX_ATTEMPTS) break;
    ingestRetries.count++;
    await res.text();
    await new Promise((resolve) => setTimeout(resolve, Number(res.headers.get('retry-after') ?? 1) * 1000));
  }
  if (res.status !== 200) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as {
    results: Array<{ status: string; bulletinId?: string; sourceId?: string; canonicalId?: string }>;
  };
  return body.results
    .filter((r) => (r.status === 'created' || r.status === 'updated') && r.bulletinId && !r.canonicalId)
    .map((r) => ({ bulletinId: r.bulletinId!, sourceId: r.sourceId ?? '' }));
}

/** Percentiles (nearest rank) of a sample, in its own unit; null for an empty sample. */
export function percentiles(xs: number[]): { n: number; p50: number; p95: number; max: number } | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, p50: r(at(0.5)), p95: r(at(0.95)), max: r(s[s.length - 1]) };
}
