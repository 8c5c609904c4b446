import { readOrgAt } from './org-names';

// A result told in one paragraph may name the buyer only where it decides: "经评标委员会评审并经招标人
// 某局研究决定，某公司为中标人", "经采购人某医院确认". The label runs into the name there (a label inside
// a sentence is no field), and the verb of deciding after it ends the name. A bare "经采购人确认" names
// nobody.
const DECIDING_PARTY =
  /(?:经|报|由)(?:招标人|采购人|建设单位|业主单位|项目业主|比选人)[ \t]?([^\s，。,:：;；()]{4,40}?)[ \t]?(?:研究)?(?:决定|确认|同意|审定|批准|定标)/u;

/** The buyer named in prose right before it decides the result, or null. */
export function decidingBuyer(text: string): string | null {
  const m = DECIDING_PARTY.exec(text);
  if (!m) return null;
  const name = readOrgAt(m[1], 0, 'any');
  return name && name === m[1] ? name : null;
}
