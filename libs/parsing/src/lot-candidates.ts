import { LOT_NAME, LOT_NUMBER } from './lot-numbers';

// An international tender's 评标结果公示 (机电产品国际招标) gives each 包 a block of its own: "包号：1 货物名称：…",
// then "中标候选人名称：…", 制造商, 投标价格 and 评标价格, and the next 包 the same. Each block's one candidate
// is that lot's winner, where several candidates in one list are ranked and only the first won.
const LOT_HEADING = new RegExp(
  String.raw`^[ \t]*(?:(?:包号|包件号|标包号|分包号|合同包号?|标段号)[ \t]*[:：]?[ \t]*${LOT_NUMBER}(?![\dA-Za-z])|${LOT_NAME})`,
  'gmu',
);
const CANDIDATE_FIELD = /(?:中标|成交|中选)候选人(?:名称)?[ \t]*[:：]/gu;

/** How many lots name a candidate each, when every candidate field stands in a lot of its own; else 0. */
export function candidatesOnePerLot(text: string): number {
  const lots = [...text.matchAll(LOT_HEADING)].map((m) => m.index);
  if (lots.length < 2) return 0;
  const fields = [...text.matchAll(CANDIDATE_FIELD)].map((m) => m.index);
  if (fields.length < 2) return 0;
  const lotOf = (at: number) => lots.filter((start) => start <= at).length - 1;
  const held = fields.map(lotOf);
  return held.every((lot) => lot >= 0) && new Set(held).size === held.length ? held.length : 0;
}
