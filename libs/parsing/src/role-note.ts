import { readOrgAt } from './org-names';

// A prose notice may name each party once, with its role in brackets after the name: "某区档案馆
// (采购人)委托某招标代理有限公司(采购代理机构)就某项目进行竞争性磋商". The bracket labels the name
// before it, where a field label names the value after it.
// The bracket may give the role as the short name the notice goes on to use: "某医院（以下简称“采购人”）
// 拟采购…".
// A bilingual notice glosses the role in English inside the bracket: "某公司（业主 Employer）拟对…".
// The gloss may come first instead ("某局（Executing Agency 执行机构）"), and the role may be followed by the
// short name the notice goes on to use ("某办公室（招标人，以下简称“项目办”）").
// A 世界银行/亚行贷款 project's body that carries it out and buys for it is its 执行机构 or 项目实施单位 (see
// parties.ts).
const GLOSS = String.raw`(?:[ \t]*[A-Za-z][A-Za-z ]{0,30})?`;
const GLOSS_BEFORE = String.raw`(?:[A-Za-z][A-Za-z ]{0,30}?[ \t]*)?`;
const SHORT_NAME_AFTER = String.raw`(?:[，,]\s?以下(?:简)?称[“"‘'][^”"’'()\n]{1,12}[”"’'])?`;
const BUYER_ROLES = new RegExp(
  String.raw`\(${GLOSS_BEFORE}(?:以下(?:简)?称[“"‘']?)?(?:采购人|招标人|采购单位|建设单位|业主|业主单位|项目业主|发包人|委托人|委托单位|(?:项目)?执行机构|(?:项目)?实施单位)[”"’']?${GLOSS}${SHORT_NAME_AFTER}\)`,
  'gu',
);
const AGENCY_ROLES = new RegExp(
  String.raw`\(${GLOSS_BEFORE}(?:以下(?:简)?称[“"‘']?)?(?:采购代理机构|招标代理机构|代理机构|招标代理|采购代理|集中采购机构)[”"’']?${GLOSS}${SHORT_NAME_AFTER}\)`,
  'gu',
);
const NAME_BEFORE_CHARS = 40;
// Where the name before a bracket starts: a line, a clause, a field's colon, a closed bracket or quote.
const NAME_START = /[\n，。,;；:：、)”"]/u;

/** Brackets holding a role follow the name they label: true for "(采购人)", "(代理机构)". */
export function isRoleNote(text: string, labelAt: number, labelEnd: number): boolean {
  const opened = text[labelAt - 1] === '(' || GLOSS_OPEN.test(text.slice(Math.max(0, labelAt - 34), labelAt));
  if (opened && NOTE_CLOSE.test(text.slice(labelEnd, labelEnd + 50))) return true;
  return SHORT_NAME_OPEN.test(text.slice(Math.max(0, labelAt - 8), labelAt)) && /^[”"’']?\)/u.test(text.slice(labelEnd, labelEnd + 2));
}

const SHORT_NAME_OPEN = /\(以下(?:简)?称[“"‘']?$/u;
// "(Executing Agency 执行机构)": a bracket opened by an English gloss; closed right after the role, after a
// gloss, or after the short name to come ("(招标人，以下简称“项目办”)").
const GLOSS_OPEN = /\([A-Za-z][A-Za-z ]{0,30}$/u;
const NOTE_CLOSE = new RegExp(String.raw`^${GLOSS}${SHORT_NAME_AFTER}\)`, 'u');

/** The name right before a bracketed role ("某局(采购人)"), buyer's or agency's; else null. */
export function roleNoted(text: string, role: 'buyer' | 'agency'): string | null {
  const pattern = role === 'buyer' ? BUYER_ROLES : AGENCY_ROLES;
  for (const m of text.matchAll(pattern)) {
    const before = text.slice(Math.max(0, m.index - NAME_BEFORE_CHARS), m.index);
    const start = nameStart(before);
    // "某公司受某局(招标人)委托", "某局(采购人)委托某公司(采购代理机构)": the name starts after the
    // sentence's 受 (or 由) and after the 委托 that follows the party before it.
    const candidate = before
      .slice(start)
      .replace(/^(?:.*[受由]|委托)/u, '')
      .trim();
    const name = candidate ? readOrgAt(candidate, 0, role === 'buyer' ? 'any' : 'supplier') : null;
    // The name must end where the bracket opens ("受某局(采购人)委托": 受 before it is no part of it).
    if (name && candidate.endsWith(name)) return name;
  }
  return null;
}

// A closed bracket inside the name is part of it ("某城市建设投资(集团)有限公司", "某置业(深圳)有限公司"): a
// few Han characters bracketed with more of the name after them. Only one ending the name is a note, and
// a party's role before it ends the name of the party before ("某档案馆(采购人)委托某公司(采购代理机构)").
const NAME_PART = /^\p{Script=Han}{1,6}$/u;
const ROLE_WORD = /采购|招标|代理|业主|单位|发包|委托|简称/u;

function nameStart(before: string): number {
  let start = before.length;
  while (start > 0) {
    const ch = before[start - 1];
    if (ch === ')' && start < before.length) {
      const open = before.lastIndexOf('(', start - 2);
      const part = open >= 0 ? before.slice(open + 1, start - 1) : '';
      if (NAME_PART.test(part) && !ROLE_WORD.test(part)) {
        start = open;
        continue;
      }
    }
    if (NAME_START.test(ch)) break;
    start--;
  }
  return start;
}
