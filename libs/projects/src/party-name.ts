import { toMatchText } from '@app/text';

const PROVINCE =
  /^(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?/u;
// Brackets are NFKC-folded to ASCII by toMatchText already; what differs is whether they are written.
const BRACKETS = /[()[\]【】〔〕<>《》"'“”‘’]/gu;

/**
 * One spelling for an organisation's name, so that variants compare equal: full/half width,
 * traditional characters, brackets written or not, 有限责任公司 = 有限公司, a 分公司 folded into its
 * parent, white space ignored. The province prefix is dropped (四川省德阳市人民医院 = 德阳市人民医院)
 * because notices of one buyer write it or not.
 */
export function foldPartyName(name: string | null | undefined): string {
  if (!name) return '';
  let s = toMatchText(name).replace(/\s+/g, '').replace(BRACKETS, '');
  s = s.replace(/有限责任公司/gu, '有限公司').replace(/股份有限公司/gu, '有限公司');
  // "某某有限公司江苏分公司" → its parent: a branch wins and publishes under the parent's name.
  s = s.replace(/(有限公司|集团)[^有限公司集团]{1,12}分公司$/u, '$1');
  const withoutProvince = s.replace(PROVINCE, '');
  // Never fold a name down to nothing or to a bare suffix ("北京市" alone stays itself).
  return withoutProvince.length >= 2 ? withoutProvince : s;
}

/** True when two party names are the same organisation once their variants are folded. */
export function samePartyName(a: string | null | undefined, b: string | null | undefined): boolean {
  const fa = foldPartyName(a);
  return fa !== '' && fa === foldPartyName(b);
}
