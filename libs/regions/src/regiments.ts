// The 兵团's regiments (团场) are township-level units, and the township list files some of them
// under the county they lie in as 兵团一五零团 or 兵团农九师一六三团. Notices write them bare, after
// their division (第七师一二九团) or in figures (150团): all are read as one key, the numeral and 团.
const LISTED = /^兵团(?:(?:农|第)[一二三四五六七八九十]+师)?([一二三四五六七八九十零〇]{2,4}团)$/u;
// 第 before the number makes a unit of some other body (第三十一团); 团 may start a word (团体, 团委).
const IN_TEXT = /(?<![第\d一二三四五六七八九十零〇])([一二三四五六七八九十零〇]{2,4}|\d{2,3})团(?![体员委队结购伙聚])/gu;
const DIGITS = '零一二三四五六七八九';

/** The key a regiment listed in the township data is found by, or null for any other name. */
export function listedRegimentKey(name: string): string | null {
  const key = LISTED.exec(name)?.[1];
  return key ? key.replace(/〇/gu, '零') : null;
}

/** Regiment names in a text, each with the key it is listed by. */
export function regimentsIn(text: string): Array<{ start: number; end: number; key: string }> {
  const out: Array<{ start: number; end: number; key: string }> = [];
  // The pattern looks back from every character; most texts name no 团 at all.
  if (!text.includes('团')) return out;
  for (const m of text.matchAll(IN_TEXT)) {
    const number = /^\d+$/u.test(m[1]) ? numeralOf(m[1]) : m[1].replace(/〇/gu, '零');
    if (number) out.push({ start: m.index, end: m.index + m[0].length, key: `${number}团` });
  }
  return out;
}

// Three figures are read digit by digit (一五零), two as a number (八十三), as the regiments are named.
function numeralOf(figures: string): string | null {
  if (figures.length === 3) return [...figures].map((d) => DIGITS[Number(d)]).join('');
  const [tens, ones] = [...figures].map(Number);
  if (tens === 0) return null;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}
