import { searchRegions } from '@app/regions';

// Registered names may hold a bracket in the middle: a legal form ("北京城乡建设(集团)有限责任公司")
// or the place a group's company is in ("中铁建设集团(北京)市政工程有限公司"). A scan that ends a
// name at its first suffix stops inside or right after that bracket, at 集团, and leaves the rest
// ("有限责任公司", "市政工程有限公司") a name of its own; these read the rest back onto the name.

// "…(集团" + ")有限责任公司": a short bracket holding the suffix, closed and followed by a company form.
const OPEN_FORM = /\(\p{Script=Han}{1,6}$/u;
const FORM_AFTER_CLOSE = /\)(?:股份)?有限(?:责任)?公司/uy;
// "…集团(北京)" + "市政工程有限公司": a place in brackets after 集团, then the company's own words.
const GROUP_PLACE = /集团\((\p{Script=Han}{2,3})\)$/u;
const COMPANY_AFTER_PLACE = /\p{Script=Han}{2,10}?(?:有限责任公司|股份有限公司|有限公司)/uy;
const WIDE_PLACES = new Set(['中国', '香港', '澳门', '台湾', '亚太', '亚洲']);

/** What continues the name `matched` ending at `end` in `text` past a bracket inside it, or ''. */
export function bracketedNamePart(text: string, end: number, matched: string): string {
  if (OPEN_FORM.test(matched)) {
    FORM_AFTER_CLOSE.lastIndex = end;
    return FORM_AFTER_CLOSE.exec(text)?.[0] ?? '';
  }
  const place = GROUP_PLACE.exec(matched)?.[1];
  if (!place || !isPlace(place)) return '';
  COMPANY_AFTER_PLACE.lastIndex = end;
  return COMPANY_AFTER_PLACE.exec(text)?.[0] ?? '';
}

// A province or city by its short or full name; a county is too small to head a group's company,
// and a role note ((牵头人), (成员)) is no place at all.
function isPlace(word: string): boolean {
  if (WIDE_PLACES.has(word)) return true;
  return searchRegions(word, 5).some((r) => r.level !== 'district' && [word, `${word}市`, `${word}省`].includes(r.name));
}
