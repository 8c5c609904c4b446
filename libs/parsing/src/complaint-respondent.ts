import { readOrgAt } from './org-names';

// A ruling on a complaint (投诉处理决定) is issued by the finance bureau that oversees purchases, which
// heads the title and signs it; the buyer is among those complained against (被投诉人), usually beside
// its agency: "被投诉人：某区教育局、某招标代理有限公司", or one a line (被投诉人一：…, 被投诉人2：…).
// A 质疑 answered names the same party 被质疑人.
const RESPONDENT = /被(?:投诉|质疑)(?:人|单位|方)[一二三四五六1-6]?(?:名称)?\s*[:：]\s*/gu;
const AGENCY_WORDS = /招标|代理|咨询|项目管理|工程管理|造价|采购中心|交易中心/u;

/** The buyer named among the respondents of a complaint or 质疑: the first of them no agency. */
export function respondentBuyer(text: string): string | null {
  for (const m of text.matchAll(RESPONDENT)) {
    const line = text.slice(m.index + m[0].length).split('\n')[0];
    for (const part of line.split(/[、，,;；]|\s+和\s*/u)) {
      const name = readOrgAt(part.trim(), 0, 'any');
      if (name && !AGENCY_WORDS.test(name)) return name;
    }
  }
  return null;
}
