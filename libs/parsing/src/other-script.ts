// Portals of the autonomous regions and prefectures publish bilingual pages: the same label or name
// is written in Mongolian, Uyghur or Kazakh (Arabic script), Tibetan or Korean as well as in Chinese.
// The other script is only a gloss of the Chinese: when it sits inside a label (采购人（ᠬᠤᠳᠠᠯᠳᠤᠨ
// ᠠᠪᠤᠭᠴᠢ）：) the label no longer reads, and when it sits in a value (采购人：قوشۇق …／疏附县乡村振兴局,
// 采购人：의란진 인민정부（延吉市依兰镇人民政府）) it is taken for part of the name. Whole lines in the
// other script are left alone: they carry no label the parser reads.

// A letter of one of these scripts, and the joiners, spaces and marks that run between its words
// (Mongolian's narrow no-break space and vowel separator, Arabic-script zero-width joiners).
const LETTER = String.raw`\p{Script=Mongolian}\p{Script=Arabic}\p{Script=Tibetan}\p{Script=Hangul}`;
const RUN = String.raw`[${LETTER}](?:[${LETTER}\u202f \t.,:;'\-]|\u200c|\u200d)*`;

// （ᠬᠤᠳᠠᠯᠳᠤᠨ ᠠᠪᠤᠭᠴᠢ）: a bracket holding nothing but the other script.
const BRACKETED_GLOSS = new RegExp(String.raw`\s*[（(]\s*${RUN}\s*[）)]`, 'gu');
// ：قوشۇق …／疏附县… or ：疏附县…／قوشۇق …: a value given in both scripts split by a slash.
const GLOSS_BEFORE_SLASH = new RegExp(String.raw`(?<=[：:]\s*)${RUN}\s*[／/]\s*(?=\p{Script=Han})`, 'gu');
const GLOSS_AFTER_SLASH = new RegExp(String.raw`(?<=\p{Script=Han}[）)]?)\s*[／/]\s*${RUN}(?=\s*$)`, 'gmu');
// ：의란진 인민정부（延吉市依兰镇人民政府）: the Chinese in brackets after the other script is the name.
const GLOSS_THEN_BRACKETED_HAN = new RegExp(String.raw`(?<=[：:]\s*)${RUN}[（(]([^（）()\n]*\p{Script=Han}[^（）()\n]*)[）)]`, 'gu');

const ANY_LETTER = new RegExp(`[${LETTER}]`, 'u');

/** The text with other-script glosses taken out of labels and values that also read in Chinese. */
export function dropOtherScriptGlosses(text: string): string {
  if (!ANY_LETTER.test(text)) return text;
  return text
    .replace(BRACKETED_GLOSS, '')
    .replace(GLOSS_THEN_BRACKETED_HAN, '$1')
    .replace(GLOSS_BEFORE_SLASH, '')
    .replace(GLOSS_AFTER_SLASH, '');
}
