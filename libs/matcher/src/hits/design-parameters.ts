/**
 * 设计 names design work, but as the first half of a technical parameter it describes whatever is
 * built or bought: 设计速度/设计时速 of a road or railway, 设计规模 of a plant, 设计使用年限 of goods,
 * 设计年输气量 of a pipeline. And 施工组织设计 is the construction plan every works tender scores.
 * None of them makes a notice a 设计 one, so a hit of 设计 counts as part of such a term when a
 * parameter word follows it directly or 施工组织 precedes it. (施工图设计, 初步设计, 方案设计 stay.)
 */
const PARAMETERS = [
  '速度',
  '时速',
  '车速',
  '规模',
  '使用年限',
  '使用寿命',
  '寿命',
  '年限',
  '流量',
  '荷载',
  '压力',
  '产能',
  '年产能',
  '容量',
  '水位',
  '洪水位',
  '输气量',
  '年输气量',
  '吞吐量',
  '年吞吐量',
  '处理能力',
];
const BEFORE = ['施工组织'];
const TERM = '设计';

/** The most characters these words reach beyond the hit: what the caller's cached context must cover. */
export const DESIGN_PARAMETER_REACH = Math.max(...PARAMETERS.map((w) => w.length), ...BEFORE.map((w) => w.length));

/** Whether the hit text[start, end) is 设计 as part of a parameter name or of 施工组织设计. */
export function isDesignParameter(text: string, start: number, end: number): boolean {
  if (end - start !== TERM.length || !text.startsWith(TERM, start)) return false;
  return PARAMETERS.some((w) => text.startsWith(w, end)) || BEFORE.some((w) => text.startsWith(w, start - w.length));
}
