import { LiveMatcher } from '@app/matcher';
import { parseBulletin } from '@app/parsing';
import { loadSubscriptions } from '../match/subscriptions-file';
import { capitalNumber } from './chinese-text';
import { type DemoBulletin, demoFeed } from './demo-feed';
import { demoSubscriptions } from './demo-subscriptions';

const NOW = new Date('2026-12-04T06:30:00Z'); // 14:30 in China
const DAY = 86400_000;

describe('demoFeed', () => {
  const feed = demoFeed({ now: NOW });
  const parsed = feed.map((b) => ({ b, p: parseBulletin({ ...b, category: undefined, budgetYuan: undefined, publishedAt: undefined }) }));

  it('is the same for the same seed, and only its dates move with now', () => {
    expect(demoFeed({ now: NOW })).toEqual(feed);
    for (const hours of [30 * 24, 9, 17.5]) {
      const later = demoFeed({ now: new Date(NOW.getTime() + hours * 3600_000) });
      expect(later.map((b) => b.title).sort()).toEqual(feed.map((b) => b.title).sort());
    }
    expect(demoFeed({ now: NOW, seed: 7 }).map((b) => b.title)).not.toEqual(feed.map((b) => b.title));
  });

  it('is a week of notices: 150-300, published in the 7 days before now, ids unique', () => {
    expect(feed.length).toBeGreaterThanOrEqual(150);
    expect(feed.length).toBeLessThanOrEqual(300);
    for (const b of feed) {
      const at = new Date(b.publishedAt).getTime();
      expect(at).toBeLessThanOrEqual(NOW.getTime());
      expect(at).toBeGreaterThan(NOW.getTime() - 7 * DAY);
    }
    expect(new Set(feed.map((b) => b.sourceId)).size).toBe(feed.length);
  });

  it.each(['2026-12-03T16:20:00Z', '2026-12-04T15:59:00Z', '2027-01-01T00:00:00Z'])(
    'keeps the order of each procurement at any time of day (now %s)',
    (iso) => {
      const now = new Date(iso);
      const week = demoFeed({ now });
      for (const b of week) {
        expect(new Date(b.publishedAt).getTime()).toBeLessThanOrEqual(now.getTime());
        expect(new Date(b.publishedAt).getTime()).toBeGreaterThan(now.getTime() - 7 * DAY);
        if (b.deadlineAt && b.category === 'tender') expect(b.deadlineAt > b.publishedAt).toBe(true);
      }
      const first = new Map<string, string>();
      for (const b of week.filter((b) => b.category === 'tender')) first.set(b.expected.projectCode!, b.publishedAt);
      for (const b of week.filter((b) => (b.category === 'change' || b.category === 'award') && first.has(b.expected.projectCode!))) {
        expect(new Date(b.publishedAt).getTime()).toBeGreaterThan(new Date(first.get(b.expected.projectCode!)!).getTime());
      }
    },
  );

  it('has every kind of notice, most provinces, and some pages in traditional characters', () => {
    const kinds = count(feed.map((b) => b.category));
    expect(Object.keys(kinds).sort()).toEqual(['award', 'change', 'intent', 'news', 'other', 'proposed', 'tender']);
    for (const n of Object.values(kinds)) expect(n).toBeGreaterThanOrEqual(10);
    expect(new Set(feed.map((b) => b.expected.provinceCode)).size).toBeGreaterThanOrEqual(30);
    const traditional = feed.filter((b) => b.expected.traditional);
    expect(traditional.length).toBeGreaterThanOrEqual(5);
    for (const b of traditional) expect(b.title + b.body).toMatch(/[項採購區療設備學標門務]/);
  });

  it('writes amounts in 万元, 亿元, grouped yuan and capital numerals, and the reader gets them back', () => {
    const text = feed.map((b) => b.body).join('\n');
    expect(text).toMatch(/\d万元/);
    expect(text).toMatch(/\d亿元/);
    expect(text).toMatch(/\d{1,3}(,\d{3})+\.\d{2}元/);
    expect(text).toMatch(/人民币[壹贰叁肆伍陆柒捌玖拾佰仟万亿零]+元整/);
    const stated = parsed.filter(({ b }) => b.expected.budgetYuan !== null);
    expect(stated.length).toBeGreaterThan(100);
    const read = stated.filter(({ b, p }) => p.budgetYuan === b.expected.budgetYuan);
    expect(read.length / stated.length).toBeGreaterThanOrEqual(0.95);
    // Award notices state what was won; that is never a budget.
    for (const { p } of parsed.filter(({ b }) => b.category === 'award' && !b.budgetYuan)) expect(p.budgetYuan).toBeNull();
  });

  it('puts each notice in the province it was written for', () => {
    const right = parsed.filter(({ b, p }) => p.regionCode?.slice(0, 2) === b.expected.provinceCode.slice(0, 2));
    expect(right.length / feed.length).toBeGreaterThanOrEqual(0.95);
  });

  it('follows procurements: a tender, its 更正 and its award share the project code and buyer', () => {
    const byCode = new Map<string, DemoBulletin[]>();
    for (const b of feed)
      if (b.expected.projectCode) byCode.set(b.expected.projectCode, [...(byCode.get(b.expected.projectCode) ?? []), b]);
    const followed = [...byCode.values()].filter((notices) =>
      ['tender', 'change', 'award'].every((k) => notices.some((n) => n.category === k)),
    );
    expect(followed.length).toBeGreaterThanOrEqual(5);
    for (const notices of followed) {
      const at = (k: string) => notices.find((n) => n.category === k)!.publishedAt;
      expect(at('tender') < at('change') && at('change') < at('award')).toBe(true);
      expect(notices.some((n) => /更正|变更|澄清|變更/.test(n.title) && n.category === 'change')).toBe(true);
    }
  });

  it('gives tenders deadlines after they were published, and the 更正 of a moved deadline says both', () => {
    for (const b of feed.filter((b) => b.deadlineAt))
      expect(new Date(b.deadlineAt!).getTime()).toBeGreaterThan(new Date(b.publishedAt).getTime());
    expect(feed.some((b) => b.category === 'change' && /由\d{4}年.*变更为\d{4}年/.test(b.body))).toBe(true);
  });

  it('fills every subscription of the seeded demo member', () => {
    const subs = loadSubscriptions(demoSubscriptions().map(({ frequency: _f, ...s }, i) => ({ ...s, id: String(i) })));
    const matcher = new LiveMatcher(subs);
    const hits = count(parsed.flatMap(({ b }) => matcher.match(parseBulletin(b)).map((m) => m.subscriptionId)));
    expect(Object.keys(hits).sort()).toEqual(['0', '1', '2', '3']);
    for (const n of Object.values(hits)) expect(n).toBeGreaterThanOrEqual(10);
  });
});

describe('capitalNumber', () => {
  it.each([
    [1_250_000, '壹佰贰拾伍万'],
    [750_000, '柒拾伍万'],
    [1_000_500, '壹佰万零伍佰'],
    [108_576_700, '壹亿零捌佰伍拾柒万陆仟柒佰'],
    [300_000_000, '叁亿'],
    [10_203, '壹万零贰佰零叁'],
  ])('%d → %s', (n, text) => expect(capitalNumber(n)).toBe(text));
});

function count(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}
