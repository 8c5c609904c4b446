import { readOrgAt } from './org-names';

// Some results name the winner only by the number its bid was given at the opening ("中标人：3号投标人",
// "第一中标候选人：投标人编号T05") and list what each number stands for further down ("3号：某公司",
// "T05 | 某公司", "投标人B：某公司"). The winner is the name the list gives its number.
const WINNER_BY_NUMBER =
  /(?:(?:中标|成交|中选)(?:人|单位|供应商)|第[一1](?:中标|成交)?候选人|(?:中标|成交)候选人第[一1]名|第[一1]名)[ \t]*[:：][ \t]*(?:为)?[ \t]*(?:投标人|投标单位|供应商)?(?:编号|序号|代码)?[ \t]*[:：]?[ \t]*([A-Z]{1,3}\d{0,3}|\d{1,3})[ \t]*号?[ \t]*(?:投标人|投标单位|供应商)?(?=[ \t]*(?:[\n，,;；。(]|$))/u;

const BIDDER_CODE = /^(?:[A-Z]{1,3}\d{0,3}|\d{1,3})$/u;
const NAME_IN_BRACKETS = /^[ \t]*\(([^()\n]{4,60})\)/u;

/** The winner's name decoded from its bidder number; null when no winner is named by number. */
export function winnerByNumber(text: string): string | null {
  const m = WINNER_BY_NUMBER.exec(text);
  if (!m) return null;
  const code = m[1];
  // "第一中标候选人：2号(某公司)": the name noted right after the number needs no list.
  const noted = NAME_IN_BRACKETS.exec(text.slice(m.index + m[0].length));
  const name = noted ? readOrgAt(noted[1], 0, 'supplier') : null;
  if (name && name === noted![1].trim()) return name;
  return decodeBidderNumber(text, code, m.index, m.index + m[0].length);
}

/**
 * The name a notice's list of bidder numbers gives `code`, or null. Text between `skipFrom` and
 * `skipTo` (where the number was read) is no entry of the list.
 */
export function decodeBidderNumber(text: string, code: string, skipFrom = -1, skipTo = -1): string | null {
  if (!BIDDER_CODE.test(code)) return null;
  // "3号：某公司", "3号投标人：某公司", "T05 | 某公司", "T05 某公司": the number opens a line of the list.
  const entry = new RegExp(
    String.raw`^[ \t]*(?:投标人|投标单位)?(?:编号)?[ \t]*${code}(?![\dA-Z])[ \t]*号?(?:投标人|投标单位)?[ \t]*(?:[:：|][ \t]*|[ \t]+)(?=\S)`,
    'gmu',
  );
  for (const e of text.matchAll(entry)) {
    if (e.index >= skipFrom && e.index <= skipTo) continue;
    const name = readOrgAt(text, e.index + e[0].length, 'supplier');
    if (name) return name;
  }
  return null;
}
