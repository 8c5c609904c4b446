import type { BulletinSummary } from '../api/types';
import { t } from '../i18n/zh-CN';
import { formatYuan } from './budget';
import { deadlineState } from './deadline';
import { formatDateTime } from './format';

export interface DeadlineFact {
  text: string;
  /** For styling: passed deadlines fade, near ones stand out. */
  tone: 'passed' | 'soon' | 'normal';
}

/** "截止 2026-01-10 09:00（剩 5 天）", "…（今天截止）" or "…（已截止）"; null without a deadline. */
export function deadlineFact(deadlineAt: string | null, now: Date = new Date()): DeadlineFact | null {
  const state = deadlineState(deadlineAt, now);
  if (!state) return null;
  const B = t.bulletin;
  const status = state.kind === 'passed' ? B.deadlinePassed : state.kind === 'today' ? B.dueToday : B.daysLeft(state.days);
  const tone = state.kind === 'passed' ? 'passed' : state.kind === 'today' || state.days <= 3 ? 'soon' : 'normal';
  return { text: `${B.deadlineShort} ${formatDateTime(deadlineAt)}（${status}）`, tone };
}

/** Award notices: who won and for how much, as labelled pairs; [] when neither is known. */
export function awardFacts(b: Pick<BulletinSummary, 'winners' | 'awardYuan'>): Array<[string, string]> {
  const facts: Array<[string, string]> = [];
  if (b.winners.length) facts.push([t.bulletin.winners, b.winners.join('、')]);
  if (b.awardYuan !== null) facts.push([t.bulletin.award, formatYuan(b.awardYuan)]);
  return facts;
}
