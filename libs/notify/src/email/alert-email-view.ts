import type { AlertBulletin, AlertEmailModel } from './alert-email-model';
import { alertSubject, shownBulletinIds } from './alert-email-subject';
import { deadlineStatus, formatBudget, formatDate, kindLabel, safeUrl } from './format';
import { highlightHtml } from './highlight';

/** A bulletin inside a group: in full the first time it appears, as a reference afterwards. */
export interface AlertItemView {
  full: boolean;
  no: number;
  title: string;
  titleHtml: string;
  url: string | null;
  meta: string;
  /** Award notices: "中标单位：… · 中标金额：…"; null otherwise. */
  award: string | null;
  snippet: string;
  snippetHtml: string;
  subscriptions: string;
  /** Matched several subscriptions: show them all. */
  multi: boolean;
  notRelevantUrl: string | null;
  /** What a followed project's notice changed, joined; null when nothing or not followed. */
  changes: string | null;
  followUrl: string | null;
}

export interface AlertGroupView {
  name: string;
  keywords: string;
  count: number;
  pauseUrl: string | null;
  items: AlertItemView[];
}

/** What the templates see: plain strings (escaped by Handlebars) and pre-escaped *Html fields. */
export interface AlertEmailView {
  subject: string;
  heading: string;
  greeting: string;
  intro: string;
  preview: string;
  unknownNotice: string | null;
  groups: AlertGroupView[];
  moreCount: number;
  moreUrl: string;
  manageUrl: string;
  unsubscribeUrl: string;
  pauses: Array<{ name: string; url: string }>;
}

const HEADINGS = { instant: '新标讯提醒', daily: '每日标讯', weekly: '每周标讯汇总' } as const;
const SNIPPET_MAX = 160;

function meta(b: AlertBulletin, tz: string, now: Date): string {
  const published = formatDate(b.publishedAt, tz);
  const budget = formatBudget(b.budgetYuan);
  const deadline = formatDate(b.deadlineAt, tz, true);
  return [
    b.regionName,
    kindLabel(b.category, b.stage),
    published && `发布 ${published}`,
    budget && `预算 ${budget}`,
    deadline && `截止 ${deadline}（${deadlineStatus(b.deadlineAt, now, tz)}）`,
  ]
    .filter(Boolean)
    .join(' · ');
}

function award(b: AlertBulletin): string | null {
  const winners = (b.winners ?? []).filter((w) => w.trim());
  const amount = formatBudget(b.awardYuan ?? null);
  const bits = [winners.length ? `中标单位：${winners.join('、')}` : null, amount && `中标金额：${amount}`].filter(Boolean);
  return bits.length ? bits.join(' · ') : null;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SNIPPET_MAX ? `${flat.slice(0, SNIPPET_MAX)}…` : flat;
}

// Our own links come from the caller; a non-http one is a bug, not something to render.
function ownUrl(url: string, what: string): string {
  const safe = safeUrl(url);
  if (!safe) throw new Error(`alert email: ${what} must be an http(s) URL`);
  return safe;
}

// Title hits first within a section, otherwise the model's order (newest first).
function titleHitsFirst(ids: string[], bulletins: AlertEmailModel['bulletins']): string[] {
  const title = (id: string) => (bulletins[id]?.titleHit ? 0 : 1);
  return [...new Set(ids)]
    .map((id, i) => ({ id, i }))
    .sort((a, b) => title(a.id) - title(b.id) || a.i - b.i)
    .map((x) => x.id);
}

/**
 * Groups bulletins by subscription, title hits first, each bulletin in full once (in its first
 * group), numbered; the snippet is the sentence that hit when there is one.
 */
export function buildAlertView(model: AlertEmailModel): AlertEmailView {
  const tz = model.timezone ?? 'Asia/Shanghai';
  const now = model.now ?? new Date();
  const numbers = new Map<string, number>();
  const groups: AlertGroupView[] = [];
  for (const g of model.groups) {
    const items: AlertItemView[] = [];
    for (const id of titleHitsFirst(g.bulletinIds, model.bulletins)) {
      const b = model.bulletins[id];
      if (!b) continue;
      const seen = numbers.get(id);
      const no = seen ?? numbers.size + 1;
      if (seen === undefined) numbers.set(id, no);
      const snippet = clip(b.hitSentence || b.snippet);
      items.push({
        full: seen === undefined,
        no,
        title: b.title,
        titleHtml: highlightHtml(b.title, b.hits),
        url: safeUrl(b.url),
        meta: meta(b, tz, now),
        award: award(b),
        snippet,
        snippetHtml: highlightHtml(snippet, b.hits),
        subscriptions: b.subscriptionNames.join('、'),
        multi: b.subscriptionNames.length > 1,
        notRelevantUrl: b.notRelevantUrl ? ownUrl(b.notRelevantUrl, 'notRelevantUrl') : null,
        changes: b.changes?.length ? b.changes.join('；') : null,
        followUrl: b.followUrl ? ownUrl(b.followUrl, 'followUrl') : null,
      });
    }
    if (!items.length) continue;
    const pause = model.pauseUrls[g.subscription.id];
    const pauseUrl = pause ? ownUrl(pause, 'pauseUrls') : null;
    groups.push({ name: g.subscription.name, keywords: g.subscription.keywords.join('、'), count: items.length, pauseUrl, items });
  }
  const total = shownBulletinIds(model).length + Math.max(0, model.moreCount);
  const who = model.member.displayName?.trim() || model.member.email.split('@')[0];
  const intro = `${model.periodLabel}，您的订阅共匹配到 ${total} 条新标讯。`;
  return {
    subject: alertSubject(model),
    heading: HEADINGS[model.kind],
    greeting: `${who}，您好：`,
    intro,
    preview: intro,
    unknownNotice: model.unknownNotice?.trim() || null,
    groups,
    moreCount: Math.max(0, model.moreCount),
    moreUrl: model.moreCount > 0 ? ownUrl(model.moreUrl, 'moreUrl') : '',
    manageUrl: ownUrl(model.manageUrl, 'manageUrl'),
    unsubscribeUrl: ownUrl(model.unsubscribeUrl, 'unsubscribeUrl'),
    pauses: model.groups
      .filter((g) => model.pauseUrls[g.subscription.id])
      .map((g) => ({ name: g.subscription.name, url: ownUrl(model.pauseUrls[g.subscription.id], 'pauseUrls') })),
  };
}
