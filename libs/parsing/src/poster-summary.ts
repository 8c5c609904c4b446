import { normaliseDigits, unitMultiplier } from './amounts';
import { noticeHeadingIndex } from './notice-heading';

// A notice reposted on a 公众号, 头条号 or 微博 comes under the poster's own lead-in: "中标金额约2,380万元，
// 一起来看看", "投资约1.2亿元，7月24日开标". The lead-in restates the notice's figure rounded, so a reader
// taking it finds two budgets (or awards) that disagree and keeps the wrong one or none. A line above
// the notice's heading whose hedged figure (约…万元/亿元) is a rounding of an exact figure the notice
// states below is the poster's summary, not the notice: it is left out.

const HEDGED = /约\s*(\d[\d,]*(?:\.\d+)?)\s*(亿|万)?元/gu;
const EXACT = /(\d[\d,]*(?:\.\d+)?)\s*(亿|万)?元/gu;
const scaleOf = (unit: string | undefined): number => unitMultiplier(unit ?? '') ?? 1;

function valueOf(digits: string, unit: string | undefined): number {
  return Number(normaliseDigits(digits)) * scaleOf(unit);
}

// The step the rounded figure was written to: 1.2亿 to 0.1亿, 2,380万 to 10万, 218万 to 1万.
function stepOf(digits: string, unit: string | undefined): number {
  const plain = normaliseDigits(digits);
  const scale = scaleOf(unit);
  const dot = plain.indexOf('.');
  if (dot >= 0) return scale / 10 ** (plain.length - dot - 1);
  const zeros = /0*$/u.exec(plain)?.[0].length ?? 0;
  return scale * 10 ** Math.min(zeros, plain.length - 1);
}

function exactFigures(text: string): number[] {
  return [...text.matchAll(EXACT)].map((m) => valueOf(m[1], m[2])).filter((v) => v > 0);
}

function restatesBelow(line: string, below: number[]): boolean {
  const hedged = [...line.matchAll(HEDGED)];
  if (hedged.length === 0) return false;
  return hedged.every((m) => {
    const value = valueOf(m[1], m[2]);
    const step = stepOf(m[1], m[2]);
    return below.some((exact) => Math.abs(exact - value) <= step);
  });
}

/** The body without a repost's lead-in lines that only restate, rounded, a figure the notice gives exactly. */
export function dropPosterSummary(body: string, title: string): string {
  if (!body.includes('约')) return body;
  const lines = body.split('\n');
  const heading = noticeHeadingIndex(lines, title);
  if (heading <= 0) return body;
  const below = exactFigures(lines.slice(heading + 1).join('\n'));
  if (below.length === 0) return body;
  const kept = lines.filter((line, i) => i >= heading || !restatesBelow(line, below));
  return kept.length === lines.length ? body : kept.join('\n');
}
