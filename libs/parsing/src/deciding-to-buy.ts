import { readOrgAt } from './org-names';

// A town or a school may name itself only where it decides to buy: "经某镇人民政府研究决定，对某服务进行
// 公开比选". The body that decides to tender is the buyer; a committee that only scores the bids (评标委员会,
// 评审小组) never is, nor is a bare "经研究决定".
const DECIDES_TO_BUY =
  /经[ \t]?([^\s，。,:：;；()]{4,40}?)[ \t]?研究(?:决定|同意)[，,][ \t]?(?:现|拟|决定|将)?(?:对|就)[^。\n]{2,80}?(?:招标|比选|采购|询价|磋商|谈判|遴选|竞价)/u;
const SCORING_BODY = /(?:评标|评审|磋商|谈判|询价|比选)(?:委员会|小组)$/u;

/** The body that decides in prose to tender or buy ("经某单位研究决定，对…进行公开招标"), or null. */
export function decidingToBuy(text: string): string | null {
  const m = DECIDES_TO_BUY.exec(text);
  if (!m || SCORING_BODY.test(m[1])) return null;
  const name = readOrgAt(m[1], 0, 'any');
  return name && name === m[1] ? name : null;
}
