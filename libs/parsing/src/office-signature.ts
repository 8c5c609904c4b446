// A university, hospital or research institute running a purchase itself publishes it on its own
// page under the office that runs it: a heading or footer line "某大学招标与采购中心", "某学院采购与招标
// 管理办公室", "某医院招标办", or the institute's name alone over the notice. The office is part of the
// institution, which is the buyer; the title often carries only its short name (湘大, 附一院).
// Only a line of its own at the head or foot of the text counts, and only an institution's name: a
// firm's name there may be the agency's.
const INSTITUTION = '(?:大学|学院|学校|中学|小学|幼儿园|医院|卫生院|研究所|研究院)';
const OFFICE =
  '(?:(?:招标与采购|采购与招标|招投标|招标采购|采购招标)(?:管理)?(?:中心|办公室|处|科|办)|(?:招标|采购|议价)(?:办公室|办)|(?:国有)?资产(?:管理)?处|国资处|设备(?:处|科)|总务(?:处|科))';
const SIGNATURE = new RegExp(`^(\\p{Script=Han}{2,30}?${INSTITUTION})${OFFICE}?$`, 'u');
const EDGE_LINES = 3;

/** The institution a head or foot line of its own names (with or without its procurement office), or null. */
export function officeSignatureBuyer(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const edges = [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES).reverse()];
  for (const line of edges) {
    const m = SIGNATURE.exec(line);
    if (m) return m[1];
  }
  return null;
}
