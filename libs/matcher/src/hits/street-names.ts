/**
 * Streets and sub-district offices are named after words members follow (文化路97号, 交通路6号,
 * 石油街道, 建设街道), so a keyword that runs on into a street address or a 街道 name says where a
 * party sits or the works are, not what the work is: a college at 文化路97号 buying oscilloscopes is
 * no 文化 notice. A hit counts as part of such a name when a street word and a house number follow it
 * directly (路/街/大街/大道/巷 + digits + 号), or 街道 followed by the end of the name (办事处, a list
 * comma, a closing bracket or the end of the clause). Not a bare 路 or 街: 公路路面 and 道路街景 are work.
 */
const ADDRESS = /^(?:大街|大道|路|街|巷)\d{1,5}号/;
const SUB_DISTRICT = /^街道(?:办事处|[、,，;；)）\s]|$)/;

/** The most characters these patterns reach beyond the hit: what the caller's cached context must cover. */
export const STREET_NAME_REACH = 8;

/** Whether text[end…] continues the hit into a street address or a sub-district's name. */
export function continuesIntoStreetName(text: string, end: number): boolean {
  const after = text.slice(end, end + STREET_NAME_REACH);
  return ADDRESS.test(after) || SUB_DISTRICT.test(after);
}
