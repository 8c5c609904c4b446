import AREA_CODES from './area-codes.json';
import { isKnownRegion } from './hierarchy';

const areaCodes: Readonly<Record<string, string>> = AREA_CODES;

// A landline as notices print it: "023-63891234", "(0536)8123456", "0536-*", "02341699600", and
// with its last digits masked as re-publishers show it: "0591-8752****", "0891-6323xxx".
// Area codes are prefix-free: 010 and 02x, else 0 and three digits.
// The number may be grouped ("029 8765 4321", "0917-345 6789"), and the country code may lead with
// the area code's 0 dropped or kept: "+86-29-87654321", "+86 10 6512 3456", "86-029-87654321",
// or the 0 in brackets as it is dialled from abroad without it: "+86 (0)29 8832 4410".
// The look ahead for the 0 comes first, so the look backs are made only where one stands.
const LANDLINE =
  /(?=\(?0)(?:(?<![\d-])|(?<=(?<!\d)\+?86[-\s]))\(?(0(?:10|2\d|[3-9]\d\d))\)?[-—\s]?(?:\d{7,8}|\d{3,4}[-\s]\d{4}|\d{0,7}(?:\*+|[xX×]{2,8}))(?![\dA-Za-z])/gu;
const INTERNATIONAL = /(?<![\d+])\+86[-\s]?(?:\(0\)[-\s]?|\()?(10|2\d|[3-9]\d\d)\)?[-\s]?(?:\d{7,8}|\d{3,4}[-\s]\d{4})(?![\dA-Za-z])/gu;
// 投资项目代码 "2111-500236-04-05-191177" carries the county code; ccgp project numbers open with
// it in brackets: "[350503]ZDZB[GK]2022020-1"; provincial procurement numbers carry it between
// dashes after their letters ("JSZC-320100-HWZX-G2022-0325001"), and a purchase plan number
// starts with it before the year ("429006-2024-00129"), the method's letters sometimes between the
// year and the serial ("430626-2028-XJ-0153": XJ for 询价).
const INVESTMENT_CODE = /(?<!\d)\d{4}-(\d{6})-\d{2}-\d{2}-\d{6}(?!\d)/u;
const BRACKETED_CODE = /\[(\d{6})\]/u;
const LETTERED_CODE = /(?<![A-Za-z\d])[A-Z]{2,8}-(\d{6})-[A-Z\d]/u;
const PLAN_CODE = /(?<![\d-])(\d{6})-20\d{2}-(?:[A-Z]{1,6}-?)?\d{3,6}(?!\d)/u;
// Some county platforms write the same number without dashes, the method's letters keeping the
// year apart from the serial: "5226312028SG0007" is a 施工 number of 522631.
const FUSED_PLAN_CODE = /(?<![A-Za-z\d])(\d{6})20\d{2}[A-Z]{1,6}\d{3,6}(?![A-Za-z\d])/u;
// The national public-resource trading platform numbers a project E + the division + a serial:
// "E3205000082017002001" is one of 苏州.
const TRADING_CODE = /(?<![A-Za-z\d])E(\d{6})\d{8,16}(?![A-Za-z\d])/u;
// 广西's procurement numbers open with the buyer's level in letters, 政采 as ZC and the year:
// GXZC2023-G1-004555-JGJD is a purchase of the region, BSZC2020-G1-000218-YZLZ one of 百色.
const GUANGXI_CODE = /(?<![A-Za-z])([A-Z]{2,3})ZC20\d{2}-[GCF]\d-\d{3,6}-[A-Z\d]{2,6}(?![A-Za-z\d])/u;
const GUANGXI_PREFIXES: Readonly<Record<string, string>> = {
  GX: '450000',
  NN: '450100',
  LZ: '450200',
  GL: '450300',
  WZ: '450400',
  BH: '450500',
  FCG: '450600',
  QZ: '450700',
  GG: '450800',
  YL: '450900',
  BS: '451000',
  HZ: '451100',
  HC: '451200',
  LB: '451300',
  CZ: '451400',
};
// GB/T 2260 provinces are 11-65 and 71, 81, 82: a six-digit number outside them is no division.
const PROVINCE_PART = /^(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])/u;

/** The GB/T 2260 code of the city (or province) a telephone area code serves, or null. */
export function regionOfAreaCode(areaCode: string): string | null {
  return areaCodes[areaCode] ?? null;
}

/** Area codes of the landlines in a text, in order, each once. */
export function areaCodesIn(text: string): string[] {
  const out: string[] = [];
  const found = [...text.matchAll(LANDLINE)].map((m) => ({ at: m.index, code: m[1] }));
  for (const m of text.matchAll(INTERNATIONAL)) found.push({ at: m.index, code: `0${m[1]}` });
  for (const { code } of found.sort((a, b) => a.at - b.at)) if (areaCodes[code] && !out.includes(code)) out.push(code);
  return out;
}

/** The division a project code names (投资项目代码, a bracketed region prefix, 广西's letters), or null. */
export function regionOfProjectCode(text: string): string | null {
  for (const re of [INVESTMENT_CODE, BRACKETED_CODE, LETTERED_CODE, PLAN_CODE, FUSED_PLAN_CODE, TRADING_CODE]) {
    const code = re.exec(text)?.[1];
    const region = code && PROVINCE_PART.test(code) ? knownDivision(code) : null;
    if (region) return region;
  }
  const guangxi = GUANGXI_CODE.exec(text)?.[1];
  return (guangxi && GUANGXI_PREFIXES[guangxi]) || null;
}

// A city's own urban districts (市辖区, code xxxx01) are not listed as a division: they name the city.
function knownDivision(code: string): string | null {
  if (isKnownRegion(code)) return code;
  const city = `${code.slice(0, 4)}00`;
  return code.endsWith('01') && isKnownRegion(city) ? city : null;
}
