import type { DayStats } from '../api/admin-types';

export interface DailySeries {
  dates: string[];
  ingested: number[];
  matched: number[];
  delivered: number[];
}

/** Per day: bulletins ingested, matches, deliveries sent (all channels). */
export function dailySeries(days: readonly DayStats[]): DailySeries {
  return {
    dates: days.map((d) => d.date),
    ingested: days.map((d) => d.bulletins),
    matched: days.map((d) => d.matches),
    delivered: days.map((d) => Object.values(d.deliveries).reduce((n, byStatus) => n + (byStatus.sent ?? 0), 0)),
  };
}

/** A "nice" axis maximum at or above `max`: 1, 2 or 5 times a power of ten (0 → 1). */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= max) ?? 10 * power;
}

/** SVG polyline points for values over a width × height box (y grows down), scaled to `top`. */
export function linePoints(values: readonly number[], width: number, height: number, top: number): string {
  if (!values.length) return '';
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values.map((v, i) => `${round(i * step)},${round(height - (v / top) * height)}`).join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;
