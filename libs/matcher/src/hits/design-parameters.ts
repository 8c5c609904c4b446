/**
 * Keywords that, as part of a technical parameter's name, describe whatever is built or bought
 * rather than name the work:
 * - 设计 names design work, but 设计速度/设计时速 of a road or railway, 设计规模 of a plant,
 *   设计使用年限 of goods, 设计年输气量 of a pipeline are parameters, and 施工组织设计 is the
 *   construction plan every works tender scores. (施工图设计, 初步设计, 方案设计 stay.)
 * - 环境 names environmental work (人居环境整治, 环境监测, 环评), but 工作环境温度/环境湿度 is an
 *   operating condition in the goods' technical list. (环境噪声, 环境空气 stay: those are monitored.)
 * None of them makes a notice a 设计 or 环境 one, so a hit of the keyword counts as part of such a
 * term when a parameter word follows it directly or a listed word precedes it.
 */
const PARAMETER_NAMES: Record<string, { after: readonly string[]; before: readonly string[] }> = {
  设计: {
    after: [
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
    ],
    before: ['施工组织'],
  },
  环境: { after: ['温度', '湿度', '温湿度'], before: [] },
};

/** The most characters these words reach beyond the hit: what the caller's cached context must cover. */
export const DESIGN_PARAMETER_REACH = Math.max(
  ...Object.values(PARAMETER_NAMES).flatMap(({ after, before }) => [...after, ...before].map((w) => w.length)),
);

/** Whether the hit text[start, end) is 设计 or 环境 as part of a parameter name (or 设计 of 施工组织设计). */
export function isDesignParameter(text: string, start: number, end: number): boolean {
  const words = PARAMETER_NAMES[text.slice(start, end)];
  if (words === undefined) return false;
  return words.after.some((w) => text.startsWith(w, end)) || words.before.some((w) => text.startsWith(w, start - w.length));
}
