import { isBulletinStage, STAGE_LABELS } from '@app/parsing';

// Category codes as stored (see @app/parsing) → the names members know.
const CATEGORY_LABELS: Record<string, string> = {
  tender: '招标公告',
  award: '中标结果',
  change: '更正公告',
  intent: '采购意向',
  proposed: '拟建项目',
  news: '建设快讯',
  other: '其他',
};

export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? '其他';
}

/** The stage as members read it when known (更正, 中标/成交结果 …), else the category's name. */
export function kindLabel(category: string, stage: string | null | undefined): string {
  return isBulletinStage(stage) ? STAGE_LABELS[stage] : categoryLabel(category);
}

/** Local calendar date as a day number, so that differences count midnights in that zone. */
function dayNumber(date: Date, timeZone: string): number {
  const p = parts(date, timeZone);
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)) / 86_400_000;
}

/**
 * How a deadline stands at `now`, counted in calendar days of the member's timezone: "剩 5 天",
 * "今天截止" on the day itself (until the hour), "已截止" once it has passed.
 */
export function deadlineStatus(deadline: Date | null, now: Date, timeZone: string): string | null {
  if (!deadline || Number.isNaN(deadline.getTime())) return null;
  if (deadline.getTime() <= now.getTime()) return '已截止';
  const days = dayNumber(deadline, timeZone) - dayNumber(now, timeZone);
  return days <= 0 ? '今天截止' : `剩 ${days} 天`;
}

/** 3500000 → "350万元", 1234567 → "123.46万元", 8000 → "8000元". */
export function formatBudget(yuan: number | null): string | null {
  if (yuan === null || !Number.isFinite(yuan) || yuan < 0) return null;
  if (yuan < 10000) return `${Math.round(yuan)}元`;
  return `${Number((yuan / 10000).toFixed(2))}万元`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
// formatToParts was the costliest step of building a message: a digest formats four dates for each
// of its 50 notices, and the same notices' dates recur in every member's digest. Parts are kept per
// zone and minute (nothing finer is shown), in a map emptied when it grows past a day's worth.
const partsCache = new Map<string, Record<string, string>>();
const PARTS_CACHE_MAX = 50_000;

function parts(date: Date, timeZone: string): Record<string, string> {
  const key = `${timeZone}|${Math.floor(date.getTime() / 60_000)}`;
  const cached = partsCache.get(key);
  if (cached) return cached;
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const result = Object.fromEntries(f.formatToParts(date).map((p) => [p.type, p.value]));
  if (partsCache.size >= PARTS_CACHE_MAX) partsCache.clear();
  partsCache.set(key, result);
  return result;
}

/** "3月5日", or "3月20日 17:00" with the time, in the member's timezone. */
export function formatDate(date: Date | null, timeZone: string, withTime = false): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  const p = parts(date, timeZone);
  const day = `${p.month}月${p.day}日`;
  return withTime && !(p.hour === '00' && p.minute === '00') ? `${day} ${p.hour}:${p.minute}` : day;
}

/** Only http(s) links from bulletin sources are rendered as links (no javascript: or data:). */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
