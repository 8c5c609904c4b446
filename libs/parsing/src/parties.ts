import { firstPlanRow } from './budget-table';
import { leadingOrg, readOrgAt, supplierNamesIn } from './org-names';

export interface Parties {
  buyer: string | null;
  agency: string | null;
}

// A label counts only as a field: followed by ":", "为", a bracket note, a line break or a cell
// gap, never inside a sentence ("经采购人确认").
const FIELD_AFTER = /^(?:\([^()\n]{0,8}\))?(?:\s*[:：]|为|是|\s)/u;
const BUYER_LABEL =
  /(?:采购人|招标人|建设单位|采购单位|业主单位|项目业主|项目法人|采购执行方|招标单位|比选人|项目单位|发包人|采购方|建设方|发布部门)(?:名称|全称)?(?:\s?信息)?/gu;
const AGENCY_LABEL =
  /(?:采购代理机构|招标代理机构|委托代理机构|代理机构|招标代理人|招标代理|采购代理|代理单位)(?:名称|全称)?(?:\s?信息)?/gu;
// "某咨询公司受某医院(的)委托": the agency acts for the buyer.
const ON_BEHALF = /([^\s，。,:：;；()]{4,40}?)\s?受\s?([^\s，。,:：;；]{2,40}?)(?:的)?委托$/u;
const GENERIC_PARTY = /^(?:招标人|采购人|业主|建设单位|委托人)$/u;
// An approval letter opens with its addressee: "某镇人民政府：\n你单位报来…".
const ADDRESSEE = /(?:^|\n)([^\n:：各]{4,40})[:：]\s*\n?\s*(?:你|贵)(?:单位|公司|局|乡|镇|委|院|校|办|区|县|市)/u;

/**
 * Buyer (采购人/招标人/建设单位/业主) and agency (代理机构) as written: labelled fields first,
 * then "某代理受某单位委托", then the addressee of an approval letter, then an organisation the
 * title opens with (buyer only, not for press reports).
 */
export function readParties(text: string, title: string, opts: { titleFallback: boolean; agencyFallback?: boolean }): Parties {
  const flat = text.replace(/名\s+称/gu, '名称');
  const behalf = onBehalf(flat);
  const buyer =
    labelled(flat, BUYER_LABEL, 'any') ??
    planTableBuyer(flat) ??
    behalf?.buyer ??
    ADDRESSEE.exec(flat.slice(0, 600))?.[1].trim() ??
    (opts.titleFallback ? leadingOrg(title) : null);
  const agency =
    labelled(flat, AGENCY_LABEL, 'any') ??
    behalf?.agency ??
    ENTRUSTED.exec(flat)?.[1] ??
    (opts.agencyFallback ? agencyNamed(`${title}\n${flat}`, buyer) : null);
  return { buyer: buyer ?? null, agency: agency === buyer ? null : agency };
}

function labelled(text: string, label: RegExp, kind: 'any' | 'supplier'): string | null {
  for (const m of text.matchAll(label)) {
    const end = m.index + m[0].length;
    // Excerpts run label and value together ("代理机构某某有限公司代理机构联系电话"): then only a
    // name with a supplier's suffix counts.
    const runTogether = !FIELD_AFTER.test(text.slice(end, end + 12));
    const name = readOrgAt(text, end, runTogether ? 'supplier' : kind);
    // A label word inside a name ("某某招标代理有限公司") leaves only the name's tail.
    if (runTogether && name && /^(?:有限|股份|公司|集团|责任)/u.test(name)) continue;
    if (name && !GENERIC_PARTY.test(name)) return name;
  }
  return null;
}

// "我院委托某某招标有限公司": the one entrusted runs the tender.
const ENTRUSTED = /(?:现|已|我(?:院|局|单位|校|司)|特)委托([^\s，。,:：;；()“”]{4,40}?(?:有限责任公司|有限公司|公司))/u;
// The agency signs or heads a notice under its own name: "某某招标咨询有限公司关于…".
const AGENCY_WORDS = /招标|代理|咨询|项目管理|工程管理|造价/u;

function agencyNamed(text: string, buyer: string | null): string | null {
  return supplierNamesIn(text).find((n) => AGENCY_WORDS.test(n) && n !== buyer) ?? null;
}

// A plan table (招标计划) has the buyer in a column: "序号 | 项目名称 | 招标人 | …".
const BUYER_HEADER = /招标人|建设单位|项目业主|采购人|项目单位/u;

function planTableBuyer(text: string): string | null {
  const table = firstPlanRow(text);
  const column = table?.header.findIndex((h) => BUYER_HEADER.test(h)) ?? -1;
  if (!table || column < 0) return null;
  // Merged cells shift columns by one either way.
  for (const i of [column, column - 1, column + 1]) {
    const name = table.row[i] ? readOrgAt(table.row[i].trim(), 0, 'any') : null;
    if (name) return name;
  }
  return null;
}

function onBehalf(text: string): Parties | null {
  // Look only around each 委托: a pattern tried at every position of a long text is slow.
  for (let at = text.indexOf('委托'); at >= 0; at = text.indexOf('委托', at + 2)) {
    const m = ON_BEHALF.exec(text.slice(Math.max(0, at - 90), at + 2));
    if (!m) continue;
    const agency = readOrgAt(m[1], 0, 'supplier');
    const buyer = GENERIC_PARTY.test(m[2]) ? null : readOrgAt(m[2], 0, 'any');
    if (agency || buyer) return { agency, buyer };
  }
  return null;
}
