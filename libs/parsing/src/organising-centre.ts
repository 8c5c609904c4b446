import { readOrgAt } from './org-names';

// A state group's branch tenders in its own name (招标人, 采购人) while the province's own 采购中心 (or
// 招标中心) runs the tendering for it: the notice names that centre its 组织单位 (采购组织单位,
// 招标组织单位). Beside the buyer's own field that centre is the agency. Alone, a 组织单位 is the body
// that runs a selection of its own, the buyer (parties.ts); a firm or office named there is left to it.
const ORGANISER = /(?:^|\n)[ \t]*(?:采购|招标)?组织单位(?:名称)?[ \t]*[:：][ \t]*/gu;
const BUYER_FIELD = /(?:^|\n)[ \t]*(?:采购人|招标人|比选人)(?:名称)?[ \t]*[:：]/u;
const CENTRE = /(?:采购|招标|招标采购|采购招标)(?:管理)?中心$/u;

export function organisingCentre(text: string, buyer: string | null): string | null {
  if (!BUYER_FIELD.test(text)) return null;
  for (const m of text.matchAll(ORGANISER)) {
    const name = readOrgAt(text, m.index + m[0].length, 'any');
    if (name && name !== buyer && CENTRE.test(name)) return name;
  }
  return null;
}
