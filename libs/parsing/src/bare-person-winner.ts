// A village's small works (or a township's 询价 among local builders) may go to a person, named with no
// note after a label made for a person: "成交人：寸某某", "承包人：罗某某" (人, where a firm's field says
// 单位 or 供应商). The field then holds two or three characters of a name and ends there: at the line's
// end, a clause mark or the next field. Words a result puts in the field instead (待定, 空缺, 见附件, 无)
// are not names.
const PERSON_LABEL = /(?:中标|成交|中选|得标|承包)人(?:名称)?$/u;
const BARE_NAME = /^[ \t]*[:：][ \t]*(\p{Script=Han}{2,3})[ \t]*(?=$|\n|[，,；;。]|[ \t]+[^\n:：]{2,8}[:：])/u;
const NOT_A_NAME = /[见详附待缺略另标]|^(?:无|暂|不|未|本|该|同)/u;

/** The person a winner's label for a person names bare, or null. */
export function barePersonAt(text: string, labelStart: number, labelEnd: number): string | null {
  if (!PERSON_LABEL.test(text.slice(labelStart, labelEnd))) return null;
  const name = BARE_NAME.exec(text.slice(labelEnd, labelEnd + 30))?.[1];
  return name && !NOT_A_NAME.test(name) ? name : null;
}
