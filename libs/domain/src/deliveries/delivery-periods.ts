import type { SubscriptionFrequency } from '../subscriptions/subscription.entity';

const URGENCY: Record<SubscriptionFrequency, number> = { instant: 0, daily: 1, weekly: 2 };

/** Of several matching subscriptions, the member hears at the most urgent frequency. */
export function mostUrgent(frequencies: SubscriptionFrequency[]): SubscriptionFrequency {
  return frequencies.reduce((a, b) => (URGENCY[b] < URGENCY[a] ? b : a));
}

/**
 * The month a period starts in (`YYYY-MM-01`), read from its key (`instant:<ISO instant>`,
 * `daily:<local date>`, `weekly:<local date>`): deliveries are partitioned by it, and as a function
 * of the key it keeps (member, channel, kind, period) unique across partitions.
 */
export function periodMonth(periodKey: string): string {
  const m = /(\d{4})-(\d{2})-\d{2}/.exec(periodKey);
  if (!m) throw new Error(`period key without a date: ${periodKey}`);
  return `${m[1]}-${m[2]}-01`;
}

/** Instant alerts are coalesced per member into fixed windows; the key names the window. */
export function instantWindow(now: Date, windowSeconds: number): { periodKey: string; periodMonth: string; dueAt: Date } {
  const ms = Math.max(1, windowSeconds) * 1000;
  const start = Math.floor(now.getTime() / ms) * ms;
  const periodKey = `instant:${new Date(start).toISOString()}`;
  return { periodKey, periodMonth: periodMonth(periodKey), dueAt: new Date(start + ms) };
}

// One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one, and
// every message and digest tick asks for member-local dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The member-local calendar date and hour, weekday (0 = Sunday), via Intl (no zone tables of our own). */
export function localParts(now: Date, timeZone: string): { date: string; hour: number; weekday: number } {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), weekday };
}

/**
 * Whether a member's digest of this kind is due now, and its period key. Daily: from the digest
 * hour on each local day. Weekly: from the digest hour on the digest weekday, keyed by the week's
 * date. Once the period's delivery row exists, the unique key makes further ticks no-ops; a
 * missed tick is caught up by the next one on the same local day.
 */
export function digestDue(
  kind: 'daily' | 'weekly',
  now: Date,
  member: { timezone: string; digestHour: number; digestWeekday: number },
): { due: boolean; periodKey: string } {
  const local = localParts(now, member.timezone);
  const hourReached = local.hour >= member.digestHour;
  if (kind === 'daily') return { due: hourReached, periodKey: `daily:${local.date}` };
  return { due: hourReached && local.weekday === member.digestWeekday, periodKey: `weekly:${local.date}` };
}
