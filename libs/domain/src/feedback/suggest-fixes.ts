import {
  BulletinHits,
  compoundsAround,
  entryTerms,
  isLiteralEntry,
  type MatchBulletin,
  type MatchSubscription,
  naiveMatch,
} from '@app/matcher';
import type { SubscriptionFilter } from '../subscriptions/subscription-input';
import { SUBSCRIPTION_LIMITS } from '../subscriptions/subscription-input';
import { TERM_MAX_LENGTH } from '../subscriptions/subscription-terms';
import { hitContexts } from './hit-context';

export type FixKind = 'exclude_word' | 'title_only' | 'drop_keyword';

/** What the web app sends as PATCH /v1/subscriptions/:id to apply a fix. */
export type FixPatch = Partial<Pick<SubscriptionFilter, 'keywords' | 'excludeWords' | 'scope'>>;

export interface SuggestedFix {
  kind: FixKind;
  /** The exclude word to add (exclude_word) or the keyword to drop (drop_keyword). */
  term: string | null;
  /** Why this word was suggested: it contains a keyword hit, or it is distinctive in the title. */
  origin: 'hit_word' | 'title_word' | null;
  patch: FixPatch;
  /** Of the window's matches the current filter catches, how many the fixed filter would not. */
  removes: number;
  /** Matches of the subscription in the window. */
  of: number;
  /** How many of the removed ones the member had marked not relevant. */
  removesMarked: number;
}

/** One recent match of the subscription, as the matcher sees its bulletin. */
export interface WindowMatch extends MatchBulletin {
  bulletinId: string;
  marked: boolean;
}

// Words every notice has; as exclude words they would silence the subscription.
const GENERIC = new Set([
  '公告',
  '招标',
  '投标',
  '项目',
  '采购',
  '工程',
  '中标',
  '结果',
  '公示',
  '成交',
  '候选人',
  '更正',
  '变更',
  '澄清',
  '竞争性',
  '磋商',
  '谈判',
  '询价',
  '单一来源',
  '公开',
  '邀请',
  '关于',
  '年度',
  '服务',
  '施工',
  '货物',
  '标段',
  '第一',
  '资格',
  '预审',
  '意向',
  '计划',
  '建设',
  '有限公司',
  '公司',
  '政府',
  '单位',
  '重新',
  '终止',
  '废标',
  '流标',
  '合同',
  '信息',
  '通知',
]);
const WORDISH = /^[\p{Script=Han}a-z0-9]+$/u;
const HAN = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const MAX_EXCLUDE_SUGGESTIONS = 3;
// Each candidate is measured over the window; bound the work.
const MAX_EXCLUDE_CANDIDATES = 10;
// Occurrences of a keyword looked at for the terms around it.
const MAX_HIT_PLACES = 5;

function caught(filter: SubscriptionFilter, b: MatchBulletin): boolean {
  // A fresh object per call: naiveMatch caches normalised terms per subscription object.
  const sub: MatchSubscription = { id: 'fix', ...filter };
  return naiveMatch([sub], b).length > 0;
}

/**
 * Exclude-word candidates: first the longer terms around the hits that count, then distinctive
 * title words. A counting hit is a word (道路 in 道路照明 stands on its own), so the term around
 * it is the compound it heads or modifies (道路照明, 进场道路); a literal entry also counts inside
 * another word (=市政 in 市政府), and then that word is the candidate.
 */
export function excludeCandidates(
  filter: SubscriptionFilter,
  bulletin: MatchBulletin,
  hits: string[],
): Array<{ word: string; origin: 'hit_word' | 'title_word' }> {
  const parts = [...new Set(hits.flatMap(entryTerms))];
  const excluded = new Set(filter.excludeWords.map((w) => entryTerms(w).join(' ')));
  const out: Array<{ word: string; origin: 'hit_word' | 'title_word' }> = [];
  const add = (word: string, origin: 'hit_word' | 'title_word') => {
    if ([...word].length > TERM_MAX_LENGTH || excluded.has(word) || out.some((c) => c.word === word)) return;
    out.push({ word, origin });
  };
  const found = new BulletinHits(bulletin.titleMatch, bulletin.bodyMatch);
  for (const entry of hits) {
    const literal = isLiteralEntry(entry);
    for (const part of entryTerms(entry)) {
      for (const c of hitContexts(found, part, { literal, titleOnly: filter.scope === 'title', limit: MAX_HIT_PLACES })) {
        if (!c.counts) continue;
        if (c.insideLongerWord) {
          add(c.word, 'hit_word');
          continue;
        }
        const text = c.place === 'title' ? bulletin.titleMatch : bulletin.bodyMatch;
        for (const { word, added } of compoundsAround(text, c.index, c.index + part.length)) {
          if (!GENERIC.has(added) && !GENERIC.has(word)) add(word, 'hit_word');
        }
      }
    }
  }
  for (const { segment, isWordLike } of segmenter.segment(bulletin.titleMatch)) {
    if (!isWordLike || [...segment].length < 2 || !WORDISH.test(segment) || /^\d+$/.test(segment) || GENERIC.has(segment)) continue;
    // A word that is or holds a keyword would drop the relevant notices too.
    if (parts.some((p) => segment.includes(p) || p.includes(segment))) continue;
    add(segment, 'title_word');
  }
  return out;
}

/**
 * One-click fixes for a match the member marked not relevant, each with what it would have
 * removed from the subscription's recent matches. Only fixes that would have kept this notice
 * out are offered; a subscription is never left without keywords (that would widen it).
 */
export function suggestFixes(
  filter: SubscriptionFilter,
  marked: { bulletin: MatchBulletin; hits: string[] },
  window: WindowMatch[],
): SuggestedFix[] {
  // Already kept out (a fix was applied, or the subscription changed since): nothing to fix.
  if (!caught(filter, marked.bulletin)) return [];
  const now = window.map((b) => caught(filter, b));
  const measure = (kind: FixKind, term: string | null, origin: SuggestedFix['origin'], patch: FixPatch): SuggestedFix | null => {
    const fixed = { ...filter, ...patch };
    if (caught(fixed, marked.bulletin)) return null;
    let removes = 0;
    let removesMarked = 0;
    window.forEach((b, i) => {
      if (!now[i] || caught(fixed, b)) return;
      removes++;
      if (b.marked) removesMarked++;
    });
    return { kind, term, origin, patch, removes, of: window.length, removesMarked };
  };

  const fixes: SuggestedFix[] = [];
  if (filter.excludeWords.length < SUBSCRIPTION_LIMITS.excludeWords) {
    const measured = excludeCandidates(filter, marked.bulletin, marked.hits)
      .slice(0, MAX_EXCLUDE_CANDIDATES)
      .map((c) => measure('exclude_word', c.word, c.origin, { excludeWords: [...filter.excludeWords, c.word] }))
      .filter((f): f is SuggestedFix => f !== null);
    // Words around the hit first; then title words that would take out the fewest unmarked
    // matches, Chinese words before Latin ones (codes and stray markup in titles), longer (more
    // specific) before shorter.
    const collateral = (f: SuggestedFix) => f.removes - f.removesMarked;
    const latin = (f: SuggestedFix) => (HAN.test(f.term!) ? 0 : 1);
    const titleWords = measured
      .filter((f) => f.origin === 'title_word')
      .sort((a, b) => collateral(a) - collateral(b) || latin(a) - latin(b) || [...b.term!].length - [...a.term!].length);
    fixes.push(...[...measured.filter((f) => f.origin === 'hit_word'), ...titleWords].slice(0, MAX_EXCLUDE_SUGGESTIONS));
  }
  if (filter.scope === 'title_body') {
    const fix = measure('title_only', null, null, { scope: 'title' });
    if (fix) fixes.push(fix);
  }
  if (filter.keywords.length > 1) {
    for (const keyword of marked.hits.filter((h) => filter.keywords.includes(h))) {
      const fix = measure('drop_keyword', keyword, null, { keywords: filter.keywords.filter((k) => k !== keyword) });
      if (fix) fixes.push(fix);
    }
  }
  return fixes;
}
