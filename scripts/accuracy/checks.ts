import { STAGE_CATEGORY, type ParsedBulletin } from '@app/parsing';
import { regionPath } from '@app/regions';
import { toMatchText } from '@app/text';
import type { LabelledBulletin } from './labelled';

/** One field of one bulletin compared with its label; fields without a label are not checks. */
export interface Check {
  metric: string;
  right: boolean;
  expected: unknown;
  got: unknown;
}

/** Metrics in report order, with their targets (null: shown, no target). */
export const METRICS: ReadonlyArray<readonly [string, number | null]> = [
  ['province', 98],
  ['city', 95],
  ['district', 90],
  ['province, no region text', null],
  ['city, no region text', null],
  ['district, no region text', null],
  ['city (none labelled)', null],
  ['district (none labelled)', null],
  ['category', 90],
  ['stage agrees with category', null],
  ['stage found', null],
  ['stage', null],
  ['budget (stated)', 90],
  ['budget (none stated)', null],
  ['award read as budget', null],
  ['award amount', 90],
  ['award (none stated)', null],
  ['winners', 90],
  ['winners (none named)', null],
  ['buyer', null],
  ['agency', null],
  ['project code', null],
  ['names right and as written', null],
  ['deadline', 90],
  ['deadline (none stated)', null],
  ['published', null],
];

// Municipalities have no city level in GB/T 2260; labels repeat the province as the city.
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);
const AMOUNT_TOLERANCE_YUAN = 0.5;
const SHANGHAI_MS = 8 * 3_600_000;

/**
 * Checks of one bulletin. `withoutRegionText` is the same bulletin parsed without the source's
 * region text: how well places are read from title and body alone.
 */
export function checksFor(row: LabelledBulletin, parsed: ParsedBulletin, withoutRegionText: ParsedBulletin): Check[] {
  const out: Check[] = [];
  const add = (metric: string, expected: unknown, got: unknown, right: boolean) => out.push({ metric, expected, got, right });

  for (const [suffix, result] of [
    ['', parsed],
    [', no region text', withoutRegionText],
  ] as const) {
    const levels = levelNames(result.regionCode);
    for (const level of ['province', 'city', 'district'] as const) {
      const expected = row.region_label?.[level] ?? null;
      if (expected !== null) add(`${level}${suffix}`, expected, levels[level], expected === levels[level]);
    }
  }
  // A row labelled down to a level and no further (a notice of a whole province, or a city's work
  // over several districts) is read right only without a level below it: a member following one
  // district should not get it as that district's. Checked where the level above is labelled.
  // A county-level city run by its province (琼海, 石河子) is labelled with no city above it, and a
  // municipality's city is its province: neither is a row labelled no further than the province, and
  // a municipality's whole-city notice is checked at the district.
  const levels = levelNames(parsed.regionCode);
  const label = row.region_label;
  const municipality = !!label?.province && levels.province === label.province && levels.city === label.province;
  if (label?.province && !label.city && !label.district) {
    if (municipality) add('district (none labelled)', null, levels.district, levels.district === null);
    else add('city (none labelled)', null, levels.city, levels.city === null);
  }
  if (label?.city && !label.district) add('district (none labelled)', null, levels.district, levels.district === null);
  add('category', row.category, parsed.category, row.category === parsed.category);
  add('stage found', row.category, parsed.stage, parsed.stage !== null);
  if (parsed.stage) add('stage agrees with category', row.category, parsed.stage, STAGE_CATEGORY[parsed.stage] === row.category);
  // The stage itself is checked only where a row is labelled with one (null: the notice has no stage);
  // agreeing with the category is not enough for a member filtering on 延期 or 中标/成交结果.
  if ('stage' in row && row.stage !== undefined) add('stage', row.stage, parsed.stage, row.stage === parsed.stage);

  const budgetGot = parsed.budgetYuan === null ? null : `${parsed.budgetYuan} (${parsed.budgetSourceText})`;
  if (row.budget_amount_yuan != null)
    add('budget (stated)', row.budget_amount_yuan, budgetGot, sameAmount(row.budget_amount_yuan, parsed.budgetYuan));
  else add('budget (none stated)', null, budgetGot, parsed.budgetYuan === null);
  if (row.award_amount_yuan != null) {
    // Counted right when the budget is not the award amount: this one is about mistakes.
    add('award read as budget', row.award_amount_yuan, budgetGot, !sameAmount(row.award_amount_yuan, parsed.budgetYuan));
  }

  // File 1 has no award, winner, code or deadline labels at all (the keys are absent).
  if ('award_amount_yuan' in row) {
    if (row.award_amount_yuan != null)
      add('award amount', row.award_amount_yuan, parsed.awardYuan, sameAmount(row.award_amount_yuan, parsed.awardYuan));
    else add('award (none stated)', null, parsed.awardYuan, parsed.awardYuan === null);
  }
  if ('winners' in row) {
    const expected = row.winners ?? [];
    if (expected.length) add('winners', expected, parsed.winners, sameNames(expected, parsed.winners));
    else add('winners (none named)', [], parsed.winners, parsed.winners.length === 0);
  }
  if (row.buyer) add('buyer', row.buyer, parsed.buyer, sameName(row.buyer, parsed.buyer));
  if (row.agency) add('agency', row.agency, parsed.agency, sameName(row.agency, parsed.agency));
  // Of the buyer, agency and winner names read right, those given exactly as the notice writes
  // them (full-width brackets, traditional characters), white space aside.
  const writtenPairs: Array<[string, string | null]> = [
    ...(row.buyer && sameName(row.buyer, parsed.buyer) ? [[row.buyer, parsed.buyer] as [string, string | null]] : []),
    ...(row.agency && sameName(row.agency, parsed.agency) ? [[row.agency, parsed.agency] as [string, string | null]] : []),
    ...(row.winners?.length && sameNames(row.winners, parsed.winners)
      ? row.winners.map((w): [string, string | null] => [w, parsed.winners.find((g) => sameName(w, g)) ?? null])
      : []),
  ];
  for (const [expected, got] of writtenPairs)
    add('names right and as written', expected, got, got !== null && asWritten(expected) === asWritten(got));
  if (row.project_code) add('project code', row.project_code, parsed.projectCode, sameName(row.project_code, parsed.projectCode));
  if ('deadline_at' in row) {
    const got = parsed.deadlineAt ? shanghaiText(parsed.deadlineAt) : null;
    if (row.deadline_at) add('deadline', row.deadline_at, got, got !== null && sameWhen(row.deadline_at, got));
    else add('deadline (none stated)', null, got, got === null);
  }
  if (row.publish_date) {
    const got = parsed.publishedAt ? shanghaiText(parsed.publishedAt) : null;
    add('published', row.publish_date, got, got !== null && got.startsWith(row.publish_date));
  }
  return out;
}

function levelNames(code: string | null): Record<'province' | 'city' | 'district', string | null> {
  const out = { province: null as string | null, city: null as string | null, district: null as string | null };
  if (!code) return out;
  const path = regionPath(code);
  for (const region of path) out[region.level] = region.name;
  if (path[0] && MUNICIPALITIES.has(path[0].code)) out.city = path[0].name;
  // A county-level city run by its province (天门, 济源, 石河子) has no city above it; labels
  // name it at both levels, as they repeat a municipality.
  else if (!out.city && out.district && path.length === 2) out.city = out.district;
  return out;
}

function sameAmount(expected: number, got: number | null): boolean {
  return got !== null && Math.abs(got - expected) <= AMOUNT_TOLERANCE_YUAN;
}

// Names compare in matching form: full-width, traditional and spacing differences do not count.
function sameName(expected: string, got: string | null): boolean {
  return got !== null && toMatchText(expected) === toMatchText(got);
}

function asWritten(name: string): string {
  return name.replace(/\s+/g, '');
}

function sameNames(expected: string[], got: string[]): boolean {
  const norm = (xs: string[]) => [...new Set(xs.map((x) => toMatchText(x)))].sort().join('|');
  return norm(expected) === norm(got);
}

/** "YYYY-MM-DD HH:mm" in China time. */
function shanghaiText(date: Date): string {
  return new Date(date.getTime() + SHANGHAI_MS).toISOString().slice(0, 16).replace('T', ' ');
}

// A label without a time ("2026-08-28") is right on any time of that day.
function sameWhen(expected: string, got: string): boolean {
  return expected.length <= 10 ? got.startsWith(expected) : got === expected;
}
