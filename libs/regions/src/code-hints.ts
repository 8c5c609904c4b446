import AREA_CODES from './area-codes.json';
import { isKnownRegion } from './hierarchy';

const areaCodes: Readonly<Record<string, string>> = AREA_CODES;

// A landline as notices print it: "023-63891234", "(0536)8123456", "0536-*", "02341699600".
// Area codes are prefix-free: 010 and 02x, else 0 and three digits.
const LANDLINE = /(?<![\d-])\(?(0(?:10|2\d|[3-9]\d\d))\)?[-—\s]?(?:\d{7,8}|\*+)(?![\dA-Za-z])/gu;
// 投资项目代码 "2111-500236-04-05-191177" carries the county code; ccgp project numbers open with
// it in brackets: "[350503]ZDZB[GK]2022020-1".
const INVESTMENT_CODE = /(?<!\d)\d{4}-(\d{6})-\d{2}-\d{2}-\d{6}(?!\d)/u;
const BRACKETED_CODE = /\[(\d{6})\][A-Z]/u;

/** The GB/T 2260 code of the city (or province) a telephone area code serves, or null. */
export function regionOfAreaCode(areaCode: string): string | null {
  return areaCodes[areaCode] ?? null;
}

/** Area codes of the landlines in a text, in order, each once. */
export function areaCodesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LANDLINE)) if (areaCodes[m[1]] && !out.includes(m[1])) out.push(m[1]);
  return out;
}

/** The division a project code names (投资项目代码 or a bracketed region prefix), or null. */
export function regionOfProjectCode(text: string): string | null {
  const code = INVESTMENT_CODE.exec(text)?.[1] ?? BRACKETED_CODE.exec(text)?.[1];
  return code && isKnownRegion(code) ? code : null;
}
