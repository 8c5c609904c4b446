import { readOrgAt } from './org-names';

// A press report may name the owner by the role it plays: "勉县水务局作为项目建设单位，会同设计、施工、
// 监理单位…", "项目由某公司作为业主单位". The name is the whole clause before 作为 (after 由); a clause
// that says more ("其中某局作为…") or a builder's role (代建单位, 施工单位) names no owner.
const AS_OWNER = /作为(?:该|本)?(?:项目)?(?:建设单位|业主单位|项目业主|业主|实施主体|建设主体|项目法人)/gu;
const CLAUSE_START = /[\n，。,;；:：]/u;
const BY_WHOM = /^(?:该|本)?(?:项目|工程)?由/u;
const SAYS_MORE = /^(?:其中|同时|并|另|还|此外|以及|和|与)/u;
const MAX_NAME = 40;

/** The owner named as "某单位作为(项目)建设单位/业主" at the start of a clause, else null. */
export function namedAsOwner(text: string): string | null {
  for (const m of text.matchAll(AS_OWNER)) {
    const before = text.slice(Math.max(0, m.index - MAX_NAME), m.index);
    let start = before.length;
    while (start > 0 && !CLAUSE_START.test(before[start - 1])) start--;
    const clause = before.slice(start).trim().replace(BY_WHOM, '');
    // Only a clause that is the name alone: the window may have cut a longer one.
    if (start === 0 && m.index >= MAX_NAME) continue;
    if (clause.length >= 4 && !SAYS_MORE.test(clause) && readOrgAt(clause, 0, 'any') === clause) return clause;
  }
  return null;
}

// A report may put the role right before the name, with no colon: "获得建设单位某县水务局的高度评价",
// "与业主单位某集团有限公司签订合同". Only a whole name that ends its phrase counts (what follows is 的, a
// conjunction, 签订 or punctuation); a role followed by anything else ("建设单位负责…") names no one.
const ROLE_BEFORE_NAME = /(?:建设单位|业主单位|项目业主)(?=\p{Script=Han})/gu;
const PHRASE_END = /^(?:的|和|与|及|签订|签署|[，。,;；、\n）)])/u;

/** The owner written right after its role in prose ("建设单位某局的…"), else null. */
export function ownerAfterRole(text: string): string | null {
  for (const m of text.matchAll(ROLE_BEFORE_NAME)) {
    const start = m.index + m[0].length;
    const name = readOrgAt(text, start, 'any');
    if (name && name.length >= 4 && text.startsWith(name, start) && PHRASE_END.test(text.slice(start + name.length))) return name;
  }
  return null;
}
