import type { HitContext, MatchWhy, SuggestedFix } from '../api/types';
import { t } from '../i18n/zh-CN';

const F = t.feedback;

/** What applying the fix does, in words: 添加排除词「市政府」 … */
export function fixLabel(fix: SuggestedFix): string {
  if (fix.kind === 'exclude_word') return F.excludeWord(fix.term ?? '');
  if (fix.kind === 'title_only') return F.titleOnly;
  return F.dropKeyword(fix.term ?? '');
}

/** "过去 30 天的 67 条匹配中会少 18 条（其中 2 条您标记过不相关）" */
export function removalLabel(fix: SuggestedFix, days: number): string {
  return F.wouldRemove(fix.removes, fix.of, days) + (fix.removesMarked ? F.includingMarked(fix.removesMarked) : '');
}

/** A sentence cut around its hit, for rendering the hit marked: [before, hit, after]. */
export function splitAtHit(c: HitContext): [string, string, string] {
  const start = Math.max(0, Math.min(c.start, c.sentence.length));
  const end = Math.max(start, Math.min(c.end, c.sentence.length));
  return [c.sentence.slice(0, start), c.sentence.slice(start, end), c.sentence.slice(end)];
}

export interface WhyLine {
  text: string;
  context: HitContext | null;
}

/** One line per keyword part that hit: where it was found, and the word around it when that looks accidental. */
export function whyLines(why: MatchWhy): WhyLine[] {
  return why.entries.flatMap((e) =>
    e.parts.map((p) => {
      const places = [p.inTitle && F.places.title, p.inBody && F.places.body].filter(Boolean).join(F.and);
      const context = p.contexts[0] ?? null;
      const inside = context?.insideLongerWord ? F.insideWord(context.word) : '';
      const notCounted = !p.counted ? F.bodyNotCounted : '';
      return { text: F.found(p.term, places) + inside + notCounted, context };
    }),
  );
}

/** A fix's patch applied to the subscription as the member sees it (for the list after applying). */
export function applyFixLocally<T extends { keywords: string[]; excludeWords: string[]; scope: string }>(
  subscription: T,
  fix: SuggestedFix,
): T {
  return { ...subscription, ...fix.patch };
}

/** 0.0788 → "7.9%"; null → "—". */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
