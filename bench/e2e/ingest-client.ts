/** What the ingest API answered for one item that needs matching: its bulletin. */
export interface Ingested {
  bulletinId: string;
  sourceId: string;
}

/**
 * One POST /v1/ingest/bulletins; the bulletins created or updated that members may hear of (not a
 * duplicate, not a cross-source copy). Anything but 200 fails the run.
 */
export async function postBulletins(port: number, apiKey: string, items: Array<Record<string, unknown>>): Promise<Ingested[]> {
  const res = await fetch(`http://127.0.0.1:${port}/v1/ingest/bulletins`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify({ items }),
  });
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
