import * as OpenCC from 'opencc-js';
import { chinaInstant, chinaParts, chineseDateTime, isoChina } from './chinese-text';
import { type DemoProject, makeProject } from './demo-themes';
import { type Place, pickPlace, shortCity, shortDistrict } from './demo-vocabulary';
import {
  type NoticeKind,
  type ProcurementFacts,
  type WrittenNotice,
  procurementFacts,
  writeAward,
  writeChange,
  writeIntent,
  writeNews,
  writeOther,
  writeProposed,
  writeTender,
} from './notice-writers';
import { SeededRandom } from './seeded-random';

/** One demo bulletin in the ingest API's shape (what `cli import` and POST /v1/ingest take). */
export interface DemoBulletin {
  sourceId: string;
  url: string;
  title: string;
  body: string;
  category: NoticeKind;
  regionText?: string;
  publishedAt: string;
  buyer?: string;
  agency?: string;
  projectCode?: string;
  deadlineAt?: string;
  budgetYuan?: number;
  /** What the notice says, for tests of the feed itself; `cli demo-feed` leaves it out. */
  expected: { provinceCode: string; budgetYuan: number | null; projectCode: string | null; traditional: boolean };
}

export interface DemoFeedOptions {
  /** Publication times fall in the 7 days before this. */
  now?: Date;
  seed?: number;
}

export const DEMO_FEED_SEED = 20261204;
const DAY_MS = 86400_000;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });

/**
 * A week of construction and procurement notices written by this project for the demo and the
 * benchmarks: every kind of notice, most provinces, amounts as notices write them, some pages in
 * traditional characters, and procurements followed from tender through 更正 to award. The same
 * seed gives the same notices; only the dates move with `now`.
 */
export function demoFeed(options: DemoFeedOptions = {}): DemoBulletin[] {
  return new FeedWriter(options.now ?? new Date(), options.seed ?? DEMO_FEED_SEED).write();
}

class FeedWriter {
  private readonly rng: SeededRandom;
  private readonly year: number;
  private readonly out: DemoBulletin[] = [];
  private readonly names = new Set<string>();
  private readonly codes = new Set<string>();

  constructor(
    private readonly now: Date,
    seed: number,
  ) {
    this.rng = new SeededRandom(seed);
    this.year = chinaParts(now).year;
  }

  write(): DemoBulletin[] {
    this.tenderedThisWeek();
    this.awardedFromEarlierTenders(28);
    for (let i = 0; i < 20; i++) {
      const f = this.facts(this.project());
      this.emit(
        'intent',
        f,
        writeIntent(this.rng, f, this.publishTime(this.day()), this.year + (chinaParts(this.now).month >= 11 ? 1 : 0)),
      );
    }
    for (let i = 0; i < 20; i++) {
      const f = this.facts(
        this.project(undefined, this.rng.pick(['road', 'school-works', 'water', 'housing', 'sewage', 'bridge', 'drainage', 'solar'])),
      );
      const at = this.publishTime(this.day());
      this.emit('proposed', f, writeProposed(this.rng, f, at, this.investment(f.project)));
    }
    for (let i = 0; i < 16; i++) {
      const f = this.facts(this.project(undefined, this.rng.pick(['road', 'school-works', 'water', 'housing', 'bridge'])));
      const at = this.publishTime(this.day());
      this.emit('news', f, writeNews(this.rng, f, at, this.investment(f.project)));
    }
    for (let i = 0; i < 8; i++) {
      const f = this.facts(this.project());
      const at = this.publishTime(this.day());
      this.emit('other', f, writeOther(this.rng, f, at, this.rng.pick(['terminated', 'failed', 'contract', 'ceiling'] as const)));
    }
    this.hongKongTender();
    return this.out.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.sourceId.localeCompare(b.sourceId));
  }

  /**
   * Tenders published this week. Some are followed through the week: a 更正 that moves the
   * deadline, and for short procedures the opening record and the award of the same project.
   */
  private tenderedThisWeek(): void {
    // The demo member follows 河南 medical equipment, school purchases and 江苏 tenders, and lives
    // in 重庆: give each of those enough notices to fill an inbox and a digest.
    const showcase: Array<[string, string]> = [
      ...Array.from({ length: 7 }, () => ['河南省', 'medical'] as [string, string]),
      ...Array.from({ length: 4 }, () => ['江苏省', 'school-goods'] as [string, string]),
      ...Array.from({ length: 3 }, () => ['重庆市', 'road'] as [string, string]),
    ];
    for (let i = 0; i < 110; i++) {
      const [province, theme] = showcase[i] ?? [];
      const project = this.project(province, theme);
      const followed = i % 8 === 1 || i === 0;
      const f = this.facts(project, followed ? 'short' : 'any');
      const tenderDay = followed ? this.rng.int(4, 6) : this.day();
      const published = this.publishTime(tenderDay);
      const deadline = followed
        ? chinaInstant(...this.dayParts(this.rng.int(1, 2)), 9, 30)
        : new Date(published.getTime() + this.rng.int(project.kind === 'works' ? 20 : 10, project.kind === 'works' ? 30 : 20) * DAY_MS);
      const settle = (d: Date) => chinaInstant(...parts(d), 9, 30);
      this.emit('tender', f, writeTender(this.rng, f, published, settle(deadline), this.rng.chance(0.1)), published);

      if (followed || (i % 7 === 3 && tenderDay >= 1)) {
        const changeDay = followed ? this.rng.int(3, tenderDay - 1) : this.rng.int(0, tenderDay - 1);
        // A followed procedure keeps its short deadline (the 更正 is a clarification); others move a week.
        const newDeadline = followed ? settle(deadline) : settle(new Date(deadline.getTime() + this.rng.int(7, 14) * DAY_MS));
        this.emit('change', f, writeChange(this.rng, f, published, settle(deadline), newDeadline), this.publishTime(changeDay));
      }
      if (followed) {
        const opened = settle(deadline);
        this.emit('other', f, writeOther(this.rng, f, opened, 'opening'), opened);
        const awardDay = Math.max(0, Math.round((this.now.getTime() - opened.getTime()) / DAY_MS) - 1);
        this.emit('award', f, writeAward(this.rng, f, published, this.rng.chance(0.1)), this.publishTime(awardDay, 15));
      }
    }
  }

  /** Awards of procurements whose tender went out before this week (the usual case). */
  private awardedFromEarlierTenders(n: number): void {
    for (let i = 0; i < n; i++) {
      const f = this.facts(this.project());
      const tendered = new Date(this.now.getTime() - this.rng.int(20, 45) * DAY_MS);
      this.emit('award', f, writeAward(this.rng, f, tendered, this.rng.chance(0.15)), this.publishTime(this.day()));
    }
    for (let i = 0; i < 6; i++) {
      const f = this.facts(this.project());
      this.emit('other', f, writeOther(this.rng, f, this.publishTime(this.day()), 'contract'));
    }
  }

  /** A Hong Kong works tender, written in traditional characters as published there. */
  private hongKongTender(): void {
    const published = this.publishTime(this.rng.int(1, 5));
    const closing = chinaInstant(...parts(new Date(published.getTime() + 21 * DAY_MS)), 12, 0);
    const code = `SSF${this.rng.int(100, 999)}`;
    const budget = 38_000_000;
    this.out.push({
      sourceId: `demo-${String(this.out.length + 1).padStart(4, '0')}`,
      url: this.url(this.out.length + 1),
      title: '香港特別行政區政府建築署 沙田區公共圖書館翻新工程招標公告',
      body: [
        '香港特別行政區政府建築署現就下列工程邀請投標：',
        `合約編號：${code}`,
        '工程名稱：沙田區公共圖書館翻新工程',
        '工程範圍：室內裝修、屋宇裝備更換及無障礙設施改善工程。',
        `工程預算：約3,800萬元`,
        `截標日期及時間：${chineseDateTime(closing)}（香港時間）`,
        '投標文件須投入位於金鐘道政府合署的投標箱。逾期遞交的投標書概不受理。',
      ].join('\n'),
      category: 'tender',
      regionText: '香港',
      publishedAt: isoChina(published),
      buyer: '香港特別行政區政府建築署',
      projectCode: code,
      deadlineAt: isoChina(closing),
      expected: { provinceCode: '810000', budgetYuan: budget, projectCode: code, traditional: true },
    });
  }

  private project(province?: string, theme?: string): DemoProject {
    for (;;) {
      const place: Place = pickPlace(this.rng, province);
      const p = makeProject(this.rng, place, theme);
      // Two notices of different procurements with one name would read as one project.
      if (!this.names.has(p.name)) {
        this.names.add(p.name);
        return p;
      }
    }
  }

  private facts(project: DemoProject, procedure: 'any' | 'short' = 'any'): ProcurementFacts {
    let f = procurementFacts(this.rng, project, this.year);
    // One number, one procurement: a repeated code would join unrelated notices into one project.
    while (this.codes.has(f.code)) f = procurementFacts(this.rng, project, this.year);
    this.codes.add(f.code);
    if (procedure === 'short' && project.kind !== 'works') f.method = this.rng.pick(['询价', '竞争性磋商'] as const);
    return f;
  }

  private investment(p: DemoProject): number {
    return Math.round((p.budgetYuan * (1.2 + this.rng.next() * 2)) / 1_000_000) * 1_000_000;
  }

  /** Days before now, more notices on recent weekdays, as portals publish. */
  private day(): number {
    return this.rng.weighted([
      [0, 3],
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 3],
      [5, 3],
      [6, 2],
    ] as const);
  }

  private dayParts(daysAgo: number): [number, number, number] {
    return parts(new Date(this.now.getTime() - daysAgo * DAY_MS));
  }

  /** Office hours of that China-time day, never later than a few minutes before now. */
  private publishTime(daysAgo: number, fromHour = 8): Date {
    const at = chinaInstant(...this.dayParts(daysAgo), this.rng.int(fromHour, 17), this.rng.int(0, 59));
    // Drawn whether used or not, so the notices written do not depend on the time of day.
    const back = this.rng.int(0, 180) * 60_000;
    const latest = this.now.getTime() - 3 * 60_000;
    return at.getTime() <= latest ? at : new Date(latest - back);
  }

  private url(n: number): string {
    return `https://demo.tender-alerts.example/notices/${this.year}/${String(n).padStart(4, '0')}.html`;
  }

  private emit(category: NoticeKind, f: ProcurementFacts, notice: WrittenNotice, at?: Date): void {
    const rng = this.rng;
    const n = this.out.length + 1;
    const { project } = f;
    const published = at ?? this.publishTime(this.day());
    // A few notices come from an aggregator that republishes in traditional characters.
    const traditional = rng.chance(0.05);
    const t = (s: string) => (traditional ? toTraditional(s) : s);
    const structured = rng.chance(0.6);
    // Plans, approvals and news come before a procurement has its number.
    const hasCode = category !== 'news' && category !== 'proposed' && category !== 'intent';
    this.out.push({
      sourceId: `demo-${String(n).padStart(4, '0')}`,
      url: this.url(n),
      title: t(notice.title),
      body: t(notice.body),
      category,
      ...(rng.chance(0.85) ? { regionText: t(this.regionText(project.place)) } : {}),
      publishedAt: isoChina(published),
      ...(rng.chance(0.9) ? { buyer: t(project.buyer) } : {}),
      ...(category !== 'news' && category !== 'proposed' && rng.chance(0.7) ? { agency: t(f.agency) } : {}),
      ...(structured && hasCode ? { projectCode: f.code } : {}),
      ...(structured && notice.deadline ? { deadlineAt: isoChina(notice.deadline) } : {}),
      ...(structured && category === 'tender' && rng.chance(0.5) ? { budgetYuan: project.budgetYuan } : {}),
      expected: {
        provinceCode: project.place.provinceCode,
        budgetYuan: notice.budgetYuan,
        projectCode: hasCode ? f.code : null,
        traditional,
      },
    });
  }

  private regionText(p: Place): string {
    const municipality = p.city === p.province;
    return this.rng.pick([
      `${p.province} / ${municipality ? p.district : p.city}`,
      `${p.province.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '')}-${municipality ? shortDistrict(p.district) : shortCity(p.city)}-`,
      `${municipality ? '' : p.city}${p.district}`,
      `${p.province}公共资源交易平台`,
    ]);
  }
}

function parts(d: Date): [number, number, number] {
  const p = chinaParts(d);
  return [p.year, p.month, p.day];
}
