import type { IngestStatus } from '@app/domain/ingest';

export interface ImportSummary {
  source: string;
  counts: Record<IngestStatus, number>;
  records: number;
  seconds: number;
  perSecond: number;
  /** Bulletins handed to the match queues. */
  queued: number;
  /** Most frequent reasons first: `field: message` → count. */
  reasons: Array<{ reason: string; count: number }>;
  ignoredFields: string[];
  rejectsPath: string | null;
}

/** Running counts of an import. */
export class ImportTally {
  readonly counts: Record<IngestStatus, number> = { created: 0, updated: 0, duplicate: 0, rejected: 0 };
  queued = 0;
  private readonly reasons = new Map<string, number>();
  private readonly ignored = new Set<string>();
  private readonly started = performance.now();

  get records(): number {
    return this.counts.created + this.counts.updated + this.counts.duplicate + this.counts.rejected;
  }

  /** Counts a result; a reject counts once per failing field, as `field: missing` when the item had none. */
  add(status: IngestStatus, errors: Array<{ field: string; message: string }> = [], item: Record<string, unknown> = {}): void {
    this.counts[status]++;
    const byField = new Map<string, string>();
    // The validator lists every rule a field breaks, the type check (first decorator) last.
    for (const e of errors) byField.set(e.field, e.field in item || e.field.startsWith('(') ? e.message : 'missing');
    for (const [field, message] of byField) {
      const reason = `${field}: ${message}`;
      this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
    }
  }

  ignore(fields: string[]): void {
    for (const f of fields) this.ignored.add(f);
  }

  perSecond(): number {
    const seconds = (performance.now() - this.started) / 1000;
    return seconds > 0 ? this.records / seconds : 0;
  }

  summary(source: string, rejectsPath: string | null): ImportSummary {
    const seconds = (performance.now() - this.started) / 1000;
    return {
      source,
      counts: { ...this.counts },
      records: this.records,
      seconds: Math.round(seconds * 10) / 10,
      perSecond: Math.round(this.perSecond()),
      queued: this.queued,
      reasons: [...this.reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
      ignoredFields: [...this.ignored].sort(),
      rejectsPath,
    };
  }
}

const TOP_REASONS = 5;

/** The summary as printed at the end of `cli import`. */
export function formatSummary(s: ImportSummary): string[] {
  const row = (label: string, n: number, note = '') => `  ${label.padEnd(10)} ${String(n).padStart(8)}${note}`;
  const lines = [
    `${s.records} records into source "${s.source}" in ${s.seconds} s (${s.perSecond} records/s)`,
    row('created', s.counts.created),
    row('updated', s.counts.updated),
    row('duplicate', s.counts.duplicate),
    row('rejected', s.counts.rejected, s.rejectsPath ? `  → ${s.rejectsPath}` : ''),
    row('to match', s.queued, '  (queued for the worker)'),
  ];
  if (s.reasons.length) {
    lines.push('top reject reasons:');
    for (const r of s.reasons.slice(0, TOP_REASONS)) lines.push(`  ${String(r.count).padStart(6)}  ${r.reason}`);
  }
  if (s.ignoredFields.length) lines.push(`ignored fields: ${s.ignoredFields.join(', ')}`);
  return lines;
}
