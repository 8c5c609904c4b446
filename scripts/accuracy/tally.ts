import type { Check } from './checks';

export interface Tally {
  right: number;
  total: number;
}

/** Right/total per metric for one set of bulletins. */
export function tallyChecks(checks: Check[]): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const c of checks) {
    const t = out.get(c.metric) ?? { right: 0, total: 0 };
    t.total++;
    if (c.right) t.right++;
    out.set(c.metric, t);
  }
  return out;
}

export function percent(t: Tally | undefined): number | null {
  return t && t.total ? Math.round((t.right / t.total) * 1000) / 10 : null;
}

export function cell(t: Tally | undefined): string {
  const p = percent(t);
  return p === null ? '-' : `${p.toFixed(1)}% ${t!.right}/${t!.total}`;
}

/** Prints rows as an aligned table: first column left, the rest right. */
export function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}

/** Labelled categories down, parsed across. */
export function confusion(pairs: Array<[string, string]>, categories: readonly string[]): string[][] {
  const rows = [['label \\ parsed', ...categories]];
  for (const label of categories) {
    rows.push([label, ...categories.map((p) => String(pairs.filter(([l, g]) => l === label && g === p).length))]);
  }
  return rows;
}
