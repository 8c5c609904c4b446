import { readOrgAt } from './org-names';

// A bidder's block of "label：value" lines closed by its rank ("投标人名称：甲公司\n投标报价：…\n排名：第一名"):
// the rank is that block's field, so the name it ranks stands above it, not on the line below.
const RANK_FIELD_BEFORE = /(?:排名|名次|排序)[ \t]*[:：][ \t]*$/u;
// A block may be opened by its rank word too: "第二中标候选人：乙公司\n投标报价：…".
const NAME_FIELD =
  /^[ \t]*(?:第[一二三四五1-5])?(?:中标|成交|中选)?(?:投标人|投标单位|供应商|响应人|单位|候选人|企业)(?:名称)?[ \t]*[:：]/u;
const BLOCK_LINES = 6;

/** Whether the rank label at `labelStart` is the value of a 排名/名次 field. */
export function isRankField(text: string, labelStart: number): boolean {
  return RANK_FIELD_BEFORE.test(text.slice(text.lastIndexOf('\n', labelStart - 1) + 1, labelStart));
}

/** The name in the block of fields a rank field closes, or null. */
export function nameAboveRankField(text: string, labelStart: number): string | null {
  const lines = text.slice(0, text.lastIndexOf('\n', labelStart - 1) + 1).split('\n');
  for (const line of lines.slice(-BLOCK_LINES - 1).reverse()) {
    const field = NAME_FIELD.exec(line);
    if (field) return readOrgAt(line, field[0].length, 'supplier');
  }
  return null;
}

const BID_FIELD = /^[ \t]*(?:(?:投标|响应|最终|磋商)?(?:总)?报价|投标(?:总)?价)(?:\([^()\n]{0,8}\))?[ \t]*[:：]/u;

/** Where the bid's value begins in the block of fields a rank field closes, or -1. */
export function bidAboveRankField(text: string, labelStart: number): number {
  let end = text.lastIndexOf('\n', labelStart - 1);
  for (let i = 0; i < BLOCK_LINES && end > 0; i++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const field = BID_FIELD.exec(line);
    if (field) return start + field[0].length;
    // The block above ends at the previous rank field.
    if (NAME_FIELD.test(line)) return -1;
    end = start - 1;
  }
  return -1;
}

/** Where the bid's value begins in the block of fields opened by `name`'s own line, or -1. */
export function bidBelowName(text: string, name: string): number {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (!NAME_FIELD.test(text.slice(lineStart, at))) continue;
    let start = text.indexOf('\n', at) + 1;
    for (let i = 0; i < BLOCK_LINES && start > 0; i++) {
      const end = text.indexOf('\n', start);
      const line = text.slice(start, end < 0 ? undefined : end);
      const field = BID_FIELD.exec(line);
      if (field) return start + field[0].length;
      if (NAME_FIELD.test(line)) break;
      start = end + 1;
    }
  }
  return -1;
}
