// Deadlines are counted in China time, where the bulletins are published and the members work.
const TZ = 'Asia/Shanghai';
const day = new Intl.DateTimeFormat('en-US', { timeZone: TZ, year: 'numeric', month: 'numeric', day: 'numeric' });

function dayNumber(date: Date): number {
  const p = Object.fromEntries(day.formatToParts(date).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)) / 86_400_000;
}

export type DeadlineState = { kind: 'passed' } | { kind: 'today' } | { kind: 'days'; days: number };

/** Where a deadline stands at `now`: passed, today (China time), or whole calendar days left. */
export function deadlineState(iso: string | null | undefined, now: Date = new Date()): DeadlineState | null {
  if (!iso || Number.isNaN(Date.parse(iso))) return null;
  const deadline = new Date(iso);
  if (deadline.getTime() <= now.getTime()) return { kind: 'passed' };
  const days = dayNumber(deadline) - dayNumber(now);
  return days <= 0 ? { kind: 'today' } : { kind: 'days', days };
}
