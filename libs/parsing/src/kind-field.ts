import { leadingLines } from './leading-lines';
import { TITLE_RULES, type NoticeRule } from './notice-rules';

// A portal's detail page often titles a notice by its project alone and names the kind in a field of
// its header table ("信息类型：终止公告", "公告性质：资格预审公告"), sometimes below ten other fields
// (所属行业, 资金来源, 信息来源…), deeper than a heading is looked for. The field's value is the
// portal's own word for the kind, so it is read with the title's rules.
const KIND_FIELD = /^[ \t]*(?:公告|信息|公示|文件)(?:类型|类别|性质|分类|种类)[ \t]*[:：|][ \t]*([^\n]{2,30}?)[ \t]*$/mu;
const FIELD_LINES = 30;

/** The kind named by a header field of the body's first lines, when its value has notice wording. */
export function kindField(bodyText: string): NoticeRule | null {
  const head = leadingLines(bodyText, FIELD_LINES).join('\n');
  const value = KIND_FIELD.exec(head)?.[1];
  return value ? (TITLE_RULES.find((r) => r.re.test(value)) ?? null) : null;
}
