import { toMatchText } from '@app/text';

const NUMERALS: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };
const N = '[一二三四五六七八九十\\d]{1,3}';
const LOT = new RegExp(`第?(${N})(?:标段|分标|标包|分包|包|标)|(?:标段|包)(${N})|\\((${N})\\)`, 'gu');

/**
 * Which lot (标段/包) of a procurement a title names, e.g. "1", "3|2" for 项目(三)(2), or '' for
 * none. Lots share the project's code but are awarded separately, so they are followed apart.
 */
export function lotMarker(title: string | null | undefined): string {
  if (!title) return '';
  const s = toMatchText(title).replace(/[（]/gu, '(').replace(/[）]/gu, ')');
  const lots: string[] = [];
  for (const m of s.matchAll(LOT)) {
    const n = m[1] ?? m[2] ?? m[3];
    lots.push(/^\d+$/.test(n) ? String(Number(n)) : [...n].map((c) => NUMERALS[c] ?? c).join(''));
  }
  return lots.join('|');
}
