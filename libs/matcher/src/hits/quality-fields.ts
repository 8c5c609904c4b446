/**
 * 质量 names quality work (质量检测, 质量监督抽查), but works notices fill in the same 质量 fields
 * whatever they build: the grade the contract asks (质量要求:合格, 工程质量:优良), a column of the
 * candidates' table (投标报价 质量 工期), the retention money and the last payment (质量保证金,
 * 待质保期满无质量问题后付清) and the station that supervises the site (质量监督站, 接受…质量监督).
 * None makes a notice a 质量 one. Only the field's words are marked: the clause keeps its other hits.
 */
// The grade, after a label (标准/要求) and a colon or a table cell.
const GRADE = /^(标准|要求|等级|目标)?\s*[:|]?\s*(合格|优良)/;
// A column heading between the candidates' other columns.
const COLUMN_AFTER = /^(标准|要求)?\s*\|?\s*(工期|项目经理|项目负责人|投标报价|报价)/;
const COLUMN_BEFORE = /(报价|工期|日历天|\((万?元|日历天)\))\s*\|?\s*$/;
const MONEY_AFTER = /^(保证金|保修金)/;
const SUPERVISOR_AFTER = /^(安全)?监督(站|机构|部门)/;
const CLAUSE_STOPS = new Set([...'。；;！!？?，,'].map((c) => c.charCodeAt(0)));

function back(body: string, from: number, max: number): number {
  let i = from;
  while (i > 0 && from - i < max && !CLAUSE_STOPS.has(body.charCodeAt(i - 1))) i--;
  return i;
}

/** The span of body to treat as boilerplate for 质量 at `at`, or null when it may be the work. */
export function qualityFieldSpan(body: string, at: number, word: string): [number, number] | null {
  const end = at + word.length;
  const after = body.slice(end, end + 12);
  const before = body.slice(Math.max(0, at - 12), at);
  const money = MONEY_AFTER.exec(after) ?? SUPERVISOR_AFTER.exec(after);
  if (money !== null) return [at, end + money[0].length];
  if (GRADE.test(after) || COLUMN_AFTER.test(after) || COLUMN_BEFORE.test(before)) return [at, end];
  // 无质量问题后付清: the final payment; 接受…质量监督: the supervisor named in the contract terms.
  if (before.endsWith('无') && after.startsWith('问题')) return [at - 1, end + 2];
  if (after.startsWith('监督') && body.slice(back(body, at, 30), at).includes('接受')) return [back(body, at, 30), end + 2];
  return null;
}
