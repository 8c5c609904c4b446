// Bilingual notices (国际招标, 世界银行/亚行贷款 projects, 外资 hospitals and 中外合作 universities) gloss
// each label in English, after the Chinese ("中标人 Successful Bidder：", "采购人 / Purchaser:") or
// before it ("Date 日期：", "Deadline for bid submission 投标截止时间："), often behind a list number
// ("二、采购预算 Budget："). The Chinese label is the one the readers know: the gloss is dropped.
const LIST_NUMBER = String.raw`(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.)]|\(\s*[一二三四五六七八九十\d]{1,3}\s*\))?`;
// An English phrase: words of letters (a dot may end one: No., Ref.), joined by spaces or &.
const WORDS = String.raw`[A-Za-z][A-Za-z.&' ]{0,38}[A-Za-z.]|[A-Za-z]`;
const HAN_LABEL = String.raw`[\p{Script=Han}()]{2,16}`;

const GLOSS_AFTER = new RegExp(String.raw`^([ \t]*${LIST_NUMBER}[ \t]*${HAN_LABEL})[ \t]*(?:\/[ \t]*)?(?:${WORDS})[ \t]*(?=[:：])`, 'gmu');
// The gloss first: it must be set off from the Chinese label by a space or a slash, so a Latin
// word written into a name (GPS定位, PPP项目) is never taken for one.
const GLOSS_BEFORE = new RegExp(
  String.raw`^([ \t]*${LIST_NUMBER}[ \t]*)(?:${WORDS})(?:[ \t]+\/?|\/)[ \t]*(${HAN_LABEL})(?=[ \t]*[:：])`,
  'gmu',
);

/** The text with English glosses of labels dropped, the Chinese label kept before its colon. */
export function dropEnglishGlosses(text: string): string {
  return text.replace(GLOSS_AFTER, '$1').replace(GLOSS_BEFORE, '$1$2');
}
