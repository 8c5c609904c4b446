// A ruling on a complaint or a review that voids the award or sends the buyer back to procure
// again ("认定本项目中标结果无效，责令采购人依法重新开展采购活动") ends the procedure as a 废标 does. A ruling
// that dismisses the complaint leaves it as it was, and names no stage.
const VOIDS_THE_AWARD =
  /(?:中标|成交)(?:结果|行为)?无效|(?:重新|另行)(?:开展|组织)(?:政府)?采购活动|责令[^，。\n]{0,12}?重新(?:招标|采购|开展采购)/u;

/** True when the text rules that the award is void or that the procurement starts over. */
export function voidsTheAward(text: string): boolean {
  return VOIDS_THE_AWARD.test(text);
}
