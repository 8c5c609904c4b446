import { readOrgAt } from './org-names';
import { AGENCY_NAME } from './winner-names';

// An agency's notice may name the buyer only as the body whose need the purchase meets: "根据某医院的
// 需要，某招标公司对…进行公开招标", "根据某局的工作需要，现对…". 根据 an act or a plan (根据《…》的要求,
// 根据工作需要) names no one, nor does a body speaking of itself (本单位, 我院).
const FOR_NEED = /根据\s*([^\s，。,;；:：“”《》()]{4,40}?)的(?:工作|实际|采购|使用|建设|业务)?需要\s*[,，]/u;

/** The body a notice says it buys for ("根据某医院的需要，"), or null. */
export function neededBy(text: string): string | null {
  const m = FOR_NEED.exec(text);
  if (!m || AGENCY_NAME.test(m[1])) return null;
  const name = readOrgAt(m[1], 0, 'any');
  return name && name === m[1].trim() ? name : null;
}
