import { readOrgAt } from './org-names';

// An oversight office writing to a procedure's buyer and agency together (a finance bureau ordering a
// purchase paused while it handles a complaint) opens with both as addressees:
// "某区第二实验小学、某项目管理有限公司：\n本机关于…收到…投诉". The office heads the title; the addressee
// that is no agency is the buyer. A letter to one firm alone (an answer to its 异议) names a supplier.
// The title may come first, on a line of its own.
const SALUTATION = /^(?:[^\n:：]*\n)?\s*([^\n:：各]{8,90}?)[:：][ \t]*\n/u;
const AGENCY_WORDS = /招标|代理|咨询|项目管理|工程管理|造价|采购中心|交易中心/u;

/** The buyer among a body's opening pair of addressees (buyer and agency), or null. */
export function addressedPairBuyer(text: string): string | null {
  const m = SALUTATION.exec(text);
  if (!m) return null;
  const parts = m[1].split(/[、，,]|\s*和\s*/u).map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3) return null;
  const names = parts.map((p) => readOrgAt(p, 0, 'any'));
  if (names.some((n, i) => n !== parts[i])) return null;
  if (!names.some((n) => n && AGENCY_WORDS.test(n))) return null;
  return names.find((n) => n && !AGENCY_WORDS.test(n)) ?? null;
}
