// Quiet hours in the member's IANA timezone, through Intl (the runtime's tz database), DST-safe.

const MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallTime(instant: Date, timeZone: string): WallTime {
  const p = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((x) => [x.type, Number(x.value)]),
  );
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
}

/** UTC offset of `timeZone` at `instant`, in ms (wall clock minus UTC). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallTime(new Date(ms), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

function parseHhMm(value: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!m) throw new Error(`quiet hours: "${value}" is not HH:MM`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * The instants at which the local clock shows `minutes` on the given local date, earliest first:
 * two when DST ends, and when DST starts and skips it, the end of the gap (the first moment after).
 */
function instantsOfWallTime(year: number, month: number, day: number, minutes: number, timeZone: string): number[] {
  const asUtc = Date.UTC(year, month - 1, day, 0, minutes);
  const candidates = [
    ...new Set([offsetAt(asUtc - 36 * 60 * MINUTE, timeZone), offsetAt(asUtc + 36 * 60 * MINUTE, timeZone), offsetAt(asUtc, timeZone)]),
  ]
    .map((off) => asUtc - off)
    .filter((t) => t + offsetAt(t, timeZone) === asUtc)
    .sort((a, b) => a - b);
  if (candidates.length) return candidates;
  // Skipped by a DST jump: the transition itself is the first moment at or after that wall time.
  let lo = asUtc - offsetAt(asUtc - 36 * 60 * MINUTE, timeZone) - 24 * 60 * MINUTE;
  let hi = lo + 48 * 60 * MINUTE;
  const before = offsetAt(lo, timeZone);
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (offsetAt(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return [hi];
}

/**
 * Whether `now` falls in the daily quiet window [start, end) of the member's timezone. A window may
 * cross midnight (22:00–08:00); start === end means no quiet hours.
 */
export function isQuietTime(now: Date, timeZone: string, start: string, end: string): boolean {
  const s = parseHhMm(start);
  const e = parseHhMm(end);
  if (s === e) return false;
  const w = wallTime(now, timeZone);
  const t = w.hour * 60 + w.minute;
  return s < e ? t >= s && t < e : t >= s || t < e;
}

/**
 * When the quiet window containing `now` ends (the next time the local clock shows `end`), or `now`
 * itself when it is not quiet time — the moment a held SMS may go out.
 */
export function quietHoursEnd(now: Date, timeZone: string, start: string, end: string): Date {
  if (!isQuietTime(now, timeZone, start, end)) return now;
  const e = parseHhMm(end);
  const w = wallTime(now, timeZone);
  for (let addDays = 0; addDays <= 2; addDays++) {
    const d = new Date(Date.UTC(w.year, w.month - 1, w.day + addDays));
    const next = instantsOfWallTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), e, timeZone).find((t) => t > now.getTime());
    if (next !== undefined) return new Date(next);
  }
  throw new Error('quiet hours: no end found'); // unreachable: a window is shorter than a day
}
