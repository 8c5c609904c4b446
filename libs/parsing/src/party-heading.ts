// A 政府采购 notice groups its parties under one heading: "二、采购人、采购代理机构信息" followed by
// "采购人：某医院" and "采购代理机构：某公司" on their own lines. A label that ends its line with no colon
// heads such a section; when the line below is another field ("采购人：…", "地址：…"), the name there is
// that field's, not the heading's party. Only a 名称/全称/单位 line below names the heading's party.
const OTHER_FIELD_BELOW = /^(?:[ \t]*信息)?[ \t]*\n[ \t]*([^\n:：]{1,10})[ \t]*[:：]/u;
const NAME_FIELD = /名称|全称|单位$/u;

/** Whether the label ending at `end` heads a section whose next line is another party's or another kind of field. */
export function headsOtherField(text: string, end: number): boolean {
  const below = OTHER_FIELD_BELOW.exec(text.slice(end, end + 40));
  return below !== null && !NAME_FIELD.test(below[1]);
}
