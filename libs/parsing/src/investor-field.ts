import { readOrgAt } from './org-names';

// A project database entry found through investment promotion may name only who pays for the works, as
// a field of its own: "投资方：某实业集团有限公司（总部位于深圳市南山区）", "投资单位 | 某公司". With no
// owner field (建设单位, 业主单位, 项目法人 are read first), the investor is the project's owner. Only as a
// field at a line's or cell's start, never a sentence about an investor (引进投资方…).
const INVESTOR_FIELD = /(?:^|\n|\|)[ \t]*(?:投资方|投资单位|投资主体|投资企业|出资方)(?:名称)?[ \t]*[:：|][ \t]*/gu;

/** The investor named by an 投资方 field, else null. */
export function investorField(text: string): string | null {
  for (const m of text.matchAll(INVESTOR_FIELD)) {
    const name = readOrgAt(text, m.index + m[0].length, 'any');
    if (name) return name;
  }
  return null;
}
