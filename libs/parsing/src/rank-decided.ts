import { readOrgAt } from './org-names';

// "第一中标候选人放弃中标，招标人确定第二中标候选人为中标人", "由第二名递补为中标人", "原第二中标候选人
// 顺延为中标人": the decision names the one who won by its rank alone, and the ranking above (or
// below) gives that rank's name ("第二中标候选人：乙公司").
// A rule the notice quotes ("若第一中标候选人放弃…，招标人可以确定第二中标候选人为中标人") decides
// nothing yet, so a sentence with 若/如果/可以/应当 in it is passed over.
const DECIDED_BY_RANK =
  /(?:确定|递补|由)?原?(?:排名|排序|名次)?第([二三四2-4])(?:(?:名|位)(?:的)?(?:(?:中标|成交|中选)?候选(?:人|供应商|单位))?|(?:的)?(?:中标|成交|中选)?候选(?:人|供应商|单位)?)(?:依次)?(?:递补|顺延)?为(?:本项目|本次)?(?:的)?(?:中标|成交|中选)(?:人|单位|供应商)/gu;
const SENTENCE_START = /[。；;\n][^。；;\n]*$/u;
const RULE_WORDS = /若|如果|如遇|可以|可按|应当|的[，,]/u;
const RANK_DIGITS: Record<string, string> = { 2: '二', 3: '三', 4: '四' };

/** The name of the candidate a decision names by its rank only, or null. */
export function winnerDecidedByRank(text: string): string | null {
  for (const m of text.matchAll(DECIDED_BY_RANK)) {
    const before = text.slice(0, m.index);
    const sentence = before.slice((SENTENCE_START.exec(before)?.index ?? -1) + 1);
    if (RULE_WORDS.test(sentence)) continue;
    const rank = RANK_DIGITS[m[1]] ?? m[1];
    const name = nameOfRank(text, rank);
    if (name) return name;
  }
  return null;
}

// "第二中标候选人：乙公司", "第二名 乙公司": the name a rank's own label gives, wherever it stands.
function nameOfRank(text: string, rank: string): string | null {
  const digit = Object.keys(RANK_DIGITS).find((d) => RANK_DIGITS[d] === rank) ?? rank;
  const label = new RegExp(`第[${rank}${digit}](?:(?:中标|成交|中选)?候选(?:人|供应商|单位)|名)(?:名称)?[ \\t]*[:：]?[ \\t]*`, 'gu');
  for (const m of text.matchAll(label)) {
    // The decision's own mention ("确定第二中标候选人为…") is followed by 为, not by a name.
    const name = readOrgAt(text, m.index + m[0].length, 'supplier');
    if (name && text.startsWith(name, m.index + m[0].length)) return name;
  }
  return null;
}
