// Alert and digest models for the message benches: the demo feed's notices (the project's own
// text), a digest of 50 in three subscriptions' sections and an instant alert of 3.
import type { AlertBulletin, AlertEmailModel } from '../libs/notify/src/email/alert-email-model';
import { demoFeed } from '../apps/cli/src/demo-feed/demo-feed';

// Words members follow that the demo feed's titles use; each notice is hit by those it contains.
const KEYWORDS = ['道路', '市政', '学校', '医院', '设备', '改造', '绿化', '污水', '照明', '监理', '设计', '施工', '物业', '采购'];
const SECTIONS = 3;

export type Kind = 'digest' | 'instant';

/** The demo feed's notices as a message shows them, hit by the keywords their text contains. */
export function notices(): AlertBulletin[] {
  return demoFeed().map((d, i) => {
    const hits = KEYWORDS.filter((k) => d.title.includes(k) || d.body.includes(k)).slice(0, 2);
    const sentence = d.body.split(/[。\n]/).find((s) => hits.some((h) => s.includes(h)) && !d.title.includes(s));
    return {
      id: `n${i}`,
      title: d.title,
      url: d.url,
      regionName: d.regionText?.replace(/-/g, ' ').trim() || null,
      category: d.category,
      stage: null,
      publishedAt: new Date(d.publishedAt),
      budgetYuan: d.budgetYuan ?? null,
      deadlineAt: d.deadlineAt ? new Date(d.deadlineAt) : null,
      winners: [],
      awardYuan: null,
      hits: hits.length ? hits : [KEYWORDS[i % KEYWORDS.length]],
      subscriptionNames: ['道路市政'],
      snippet: d.body.replace(/\s+/g, ' ').slice(0, 160),
      notRelevantUrl: `https://tenders.example/nr/${'a'.repeat(70)}`,
      titleHit: hits.some((h) => d.title.includes(h)),
      hitSentence: sentence ?? null,
      changes: [],
      followUrl: `https://tenders.example/f/${'b'.repeat(70)}`,
    };
  });
}

/** Message `n` of a kind: the next notices of the feed, each member's sections sharing some of them. */
export function modelOf(kind: Kind, pool: AlertBulletin[], n: number): AlertEmailModel {
  const size = kind === 'digest' ? 50 : 3;
  const shown = Array.from({ length: size }, (_, j) => pool[(n * size + j) % pool.length]);
  const sections = kind === 'digest' ? SECTIONS : 1;
  const groups = Array.from({ length: sections }, (_, g) => ({
    subscription: { id: `s${g}`, name: `订阅${g + 1}`, keywords: KEYWORDS.slice(g * 2, g * 2 + 2) },
    // Every notice in its own section; one in five in the next section too (shown there as a reference).
    bulletinIds: shown.filter((_, j) => j % sections === g || (j % 5 === 0 && (j + 1) % sections === g)).map((b) => b.id),
  }));
  return {
    kind: kind === 'digest' ? 'daily' : 'instant',
    member: { displayName: '张工', email: `member${n}@example.test` },
    periodLabel: '12月7日',
    groups,
    bulletins: Object.fromEntries(shown.map((b) => [b.id, b])),
    moreCount: kind === 'digest' ? 37 : 0,
    moreUrl: 'https://tenders.example/app/inbox',
    manageUrl: 'https://tenders.example/app/subscriptions',
    unsubscribeUrl: `https://tenders.example/u/${'c'.repeat(60)}`,
    pauseUrls: Object.fromEntries(
      groups.map((g) => [g.subscription.id, `https://tenders.example/u/${g.subscription.id}${'d'.repeat(60)}`]),
    ),
    timezone: 'Asia/Shanghai',
  };
}
