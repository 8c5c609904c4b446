// A government purchase records each supplier's size class for its small-business policy, and some
// notices write it as a labelled answer in brackets after the name: "某公司(企业规模:小型)",
// "某公司(小微企业:是)", "某公司(是否中小企业：否)", "某公司(中小企业声明函:微型企业)", "(企业性质:小微企业)";
// or list several classes at once ("(小型企业、残疾人福利性单位)"), or say the policy it was given
// ("(享受小微企业价格扣除)"). No registered name ends so; the note says what the firm declared, not who.
const LABEL =
  '(?:企业|单位)?(?:规模|类型|划型|性质)(?:类型)?|(?:是否(?:为|属于)?)?(?:中小|小微|中小微|监狱|残疾人福利性)(?:企业|单位)(?:声明函?)?';
const CLASS = '(?:中小微?|小微|大|中|小|微)型?企业|监狱企业|残疾人福利性单位|非中小企业';
const ANSWER = `是|否|(?:大|中|小|微)型|${CLASS}`;
const CLASSES = `(?:${CLASS})(?:\\s*[、,，/及和]\\s*(?:${CLASS}))+`;
const POLICY = '享受[^()（）]{0,12}(?:价格扣除|扶持政策|优惠政策)';
const SIZE_NOTE = new RegExp(`\\s*[(（](?:(?:${LABEL})\\s*[:：]\\s*(?:${ANSWER})|${CLASSES}|${POLICY})[)）]$`, 'u');

/** The name without a size-class note (labelled, listed or as a policy given) in brackets at its end. */
export function dropSizeNote(name: string): string {
  return name.replace(SIZE_NOTE, '');
}
