import { childrenOf, regionPath } from './hierarchy';

// An office numbers its papers with its place's first character, its own short name and the year
// in brackets: 某采[2024]12号 is a purchase file of a county's finance office, 某环审字[2023]4号
// an environment approval. Below a known city the first character is the county's (高环审 of 高密
// in 潍坊), or the city's followed by the county's (绍柯采 of 柯桥 in 绍兴).
const DOCUMENT_NUMBER =
  /(?<!\p{Script=Han})(\p{Script=Han}{1,2}?)(?:政采|财采|采|环审字?|环建字?|环评字?|环批字?)[[〔【(（]20\d{2}[\]〕】)）]\s*\d/gu;
// A single character that is a province's short name is a provincial office (浙环审, 湘采).
const PROVINCE_SHORTS = new Set([...'京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新']);

/** The county a document number's prefix names below the known city `code`, or null. */
export function countyOfDocumentNumber(text: string, code: string | null): string | null {
  if (!code) return null;
  const path = regionPath(code);
  const city = path[path.length - 1];
  if (path.length !== 2 || !city) return null;
  const found = new Set<string>();
  for (const m of text.matchAll(DOCUMENT_NUMBER)) {
    const county = countyOf(m[1], city.code, city.name);
    if (county) found.add(county);
  }
  // Papers of two counties leave the place open.
  const [only] = found;
  return found.size === 1 ? only : null;
}

function countyOf(prefix: string, cityCode: string, cityName: string): string | null {
  let initial: string;
  if (prefix.length === 2) {
    if (prefix[0] !== cityName[0]) return null;
    initial = prefix[1];
  } else {
    if (prefix === cityName[0] || PROVINCE_SHORTS.has(prefix)) return null;
    initial = prefix;
  }
  const matching = childrenOf(cityCode).filter((c) => c.name.startsWith(initial));
  return matching.length === 1 ? matching[0].code : null;
}
