// A government purchase records each supplier's size class for its small-business policy, and some
// notices write it as a labelled answer in brackets after the name: "某公司(企业规模:小型)",
// "某公司(小微企业:是)", "某公司(是否中小企业：否)", "某公司(中小企业声明函:微型企业)". No registered
// name ends so; the note says what size the firm declared, not who it is.
const LABEL =
  '(?:企业|单位)?(?:规模|类型|划型)(?:类型)?|(?:是否(?:为|属于)?)?(?:中小|小微|中小微|监狱|残疾人福利性)(?:企业|单位)(?:声明函)?';
const ANSWER = '是|否|(?:大|中|小|微)型(?:企业)?|中小(?:微)?企业|小微企业|监狱企业|残疾人福利性单位|非中小企业';
const SIZE_NOTE = new RegExp(`\\s*[(（](?:${LABEL})\\s*[:：]\\s*(?:${ANSWER})[)）]$`, 'u');

/** The name without a labelled size-class note in brackets at its end. */
export function dropSizeNote(name: string): string {
  return name.replace(SIZE_NOTE, '');
}
