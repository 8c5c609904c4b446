import { readOrgAt } from './org-names';

// A contract notice (合同公告) may name its parties only as 甲方 and 乙方. A bare 甲方 may be any
// party (a lessor, a landlord), so it is no buyer label alone; beside a 乙方 field it is the side
// that publishes the contract it awarded, as the buyer does, and 乙方 the supplier or contractor.
const FIRST_PARTY = /(?:^|\n)[ \t\u3000]*甲方(?:\([^()\n]{0,8}\))?(?:名称|全称)?[ \t]*[:：][ \t]*([^\n]{2,60})/u;
const SECOND_PARTY = /(?:^|\n)[ \t\u3000]*乙方(?:\([^()\n]{0,8}\))?(?:名称|全称)?[ \t]*[:：]/u;

/** The 甲方 of a contract notice that names a 乙方 too, or null. */
export function contractFirstParty(text: string): string | null {
  if (!SECOND_PARTY.test(text)) return null;
  const value = FIRST_PARTY.exec(text)?.[1];
  return value ? readOrgAt(value, 0, 'any') : null;
}
