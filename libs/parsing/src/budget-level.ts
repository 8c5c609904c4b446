// Government buyers are grouped by budget level, and an intent's sentence may say the level before
// the buyer's name: "现将州本级某局2028年…采购意向公开如下". The level is no part of the name. Written
// after the name in brackets ("某局(本级)", "(盟本级)", "(地直)") it is kept, as labelled data keeps it;
// 市直/州直 leading a name stay too: 市直机关工委 is a body's own name.
const LEVEL_PREFIX = /^[省市州盟地县旗区]本级(?=\p{Script=Han}{4})/u;
// Minority-language regions print a body's name in both scripts: "延边州公安局(연변주 공안국)", a
// Mongolian or Uyghur or Tibetan name after the Chinese one. The second script repeats the name.
const OTHER_SCRIPT_NAME =
  /\s*\((?=[^()]*[\p{Script=Hangul}\p{Script=Mongolian}\p{Script=Arabic}\p{Script=Tibetan}])[^()\p{Script=Han}]{2,80}\)$/u;

/** The name without a budget level written before it or its name in a second script after it. */
export function dropLevelNote(name: string): string {
  return name.replace(OTHER_SCRIPT_NAME, '').replace(LEVEL_PREFIX, '');
}
