import { readOrgAt } from './org-names';

// A table whose tags were stripped without a separator runs each label into its value and the value
// into the next cell's label: "招标人某县水务局招标代理机构某咨询有限公司". A run-together label is
// otherwise trusted only before a supplier's name (有限公司 and the like); a public body's name is
// taken too when the next field's label follows right after it, closing the cell.
const NEXT_FIELD_LABEL =
  /^[ \t]*(?:(?:招标|采购)?代理(?:机构|单位|人)|联系(?:人|电话|方式|地址)|(?:办公)?电话|(?:详细)?地址|项目(?:名称|编号)|(?:招标|采购)编号|邮编|传真)/u;

/** The name of a public body (or any party) run together with its label and the next field's label, or null. */
export function nameBeforeNextLabel(text: string, at: number, kind: 'any' | 'supplier'): string | null {
  const name = readOrgAt(text, at, kind);
  if (!name || !text.startsWith(name, at)) return null;
  return NEXT_FIELD_LABEL.test(text.slice(at + name.length, at + name.length + 12)) ? name : null;
}
