import { isKnownRegion, regionPath } from './hierarchy';

// Some crawlers file a notice under its division code instead of a name: the region text is
// "450102", "区划：341802", "ggzy 区划 110000", or a township's 9- or 12-digit statistical code whose
// first six digits are the county's ("450102001000"). Region text is a place by definition, so a
// code standing alone there is read as the division it names, written out from province down
// (450102 → 广西壮族自治区 南宁市 兴宁区), and the notice's names carry on below it as usual.
// Only known GB/T 2260 codes are read: a postcode or a serial that is no division stays as it is.
const CODE = /(?<!\d)(\d{6})(?:\d{3}|\d{6})?(?!\d)/gu;
// A code beside a name of the site's own ("开发区 (region_code 360703)") is the site's numbering
// of its own areas, which need not follow GB/T 2260 (赣州's platform files its 经开区 under
// 南康区's code): only words that label a code may stand beside one that is read.
const CODE_LABEL = /行政区划|区划|代码|编码|编号|地区|区域/gu;
const HAN = /\p{Script=Han}/u;

/** The region text with a division code that stands alone in it replaced by the division's names. */
export function divisionCodeText(regionText: string | null | undefined): string | null | undefined {
  if (!regionText || !/\d{6}/u.test(regionText)) return regionText;
  if (HAN.test(regionText.replace(CODE_LABEL, ''))) return regionText;
  return regionText.replace(CODE, (whole: string, code: string) =>
    isKnownRegion(code)
      ? ` ${regionPath(code)
          .map((r) => r.name)
          .join(' ')} `
      : whole,
  );
}
