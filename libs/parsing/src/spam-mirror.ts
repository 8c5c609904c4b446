// Spam mirrors of Chinese pages inject pinyin after characters to dodge duplicate detection:
// "項(xiàng)目核準(zhǔn)". The gloss is never part of a notice; without it the words read again.
// A gloss has at least one tone-marked vowel, so "(a)" or "(PPP)" stay.
// The bracket is matched before the look back, so the look back is made at brackets only.
const PINYIN_GLOSS = /\((?<=\p{Script=Han}\()(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\)/gu;

/** Text without injected pinyin glosses. */
export function stripPinyinGlosses(text: string): string {
  return text.includes('(') ? text.replace(PINYIN_GLOSS, '') : text;
}
