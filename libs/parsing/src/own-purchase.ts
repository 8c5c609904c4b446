import { readOrgAt } from './org-names';

// A body running a small purchase itself may name itself only in the opening sentence, as the one
// that means to buy: "某镇人民政府拟对某采购项目进行询价", "某学校拟就某服务组织竞争性磋商",
// "某局拟采用询价方式采购某设备". An agency says so too ("某招标代理有限公司拟对…"): its name is no buyer.
// A hospital or bureau announcing it in the present says 现 where others say 拟, often after its reason
// ("某医院根据工作需要，现就…进行院内公开遴选", "某镇人民政府现对…进行公开比选"); a unit buying with a
// superior's leave names the superior first ("经某局同意，某中心对…进行询价采购"): the one acting buys.
const INTENDS = /拟(?:对|就|采用|以)|现(?:对|就)|(?:同意|批准)[，,]/gu;
const MEANS_TO_BUY =
  /^([^\n，。,;；:：的“”]{4,40}?)(?:现)?拟(?:对|就)[^\n。；;]{2,80}?(?:进行|开展|组织)(?:公开)?(?:招标|询价|询比|采购|竞争性谈判|竞争性磋商|磋商|谈判|比选|竞价|遴选)|^([^\n，。,;；:：的“”]{4,40}?)(?:现)?拟(?:采用|以)[^\n。；;，,]{1,12}?方式(?:进行)?(?:采购|招标)/u;
const WAY = '(?:进行|开展|组织)(?:院内)?(?:公开)?(?:招标|询价|询比|采购|竞争性谈判|竞争性磋商|磋商|谈判|比选|竞价|遴选)';
const ANNOUNCES = new RegExp(
  `^(?:经[^\\n，。,]{2,40}?(?:同意|批准)[，,])?([^\\n，。,;；:：的“”]{4,40}?)(?:根据[^\\n，。,]{1,20}?需要[，,])?[现拟]?(?:对|就)[^\\n。；;]{2,80}?${WAY}`,
  'u',
);
const AGENCY_WORDS = /招标|代理|咨询|项目管理|工程管理|造价/u;
const OPENING_CHARS = 400;

/** The body an opening "某单位拟对…进行询价" names as the one buying, or null. */
export function ownPurchaser(text: string): string | null {
  const opening = text.slice(0, OPENING_CHARS);
  for (const m of opening.matchAll(INTENDS)) {
    const lineStart = opening.lastIndexOf('\n', m.index) + 1;
    const line = opening.slice(lineStart);
    const said = MEANS_TO_BUY.exec(line) ?? ANNOUNCES.exec(line);
    const who = said?.[1] ?? said?.[2];
    if (!who || AGENCY_WORDS.test(who)) continue;
    const name = readOrgAt(who, 0, 'any');
    if (name && name === who.trim()) return name;
  }
  return null;
}
