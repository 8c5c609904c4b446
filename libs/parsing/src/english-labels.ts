// A bilingual notice (国际招标, 世界银行/亚行/亚投行贷款 projects, 外资 buyers) may give a field under its English
// label alone, with no Chinese label beside it: "Purchaser: 某大学", "Bid Closing: 09:00, 26 March 2034 (Beijing
// Time)", "IFB No.: HNXX-LX-G-03". Such a label, opening its line (after a list number, if any) right before its
// colon, is read as the Chinese label the other rules know. A party's label is read so only when the name after
// it is written in Chinese: an English name ("Employer: Hezhou Urban … Co., Ltd.") translates the Chinese one
// the notice gives under its own label, and would be taken before it.
const LIST_NUMBER = String.raw`(?:\d{1,2}[.、)][ \t]*)?`;
const PARTY = String.raw`(?:Project[ \t]+)?(?:Purchaser|Employer|Owner|Client|Implementing[ \t]+Agency)`;
const AGENT = String.raw`(?:Tendering|Procurement|Bidding|Tender|Purchasing)[ \t]+Agen(?:t|cy)`;
const CLOSING = String.raw`(?:Bid|Tender|Proposal)[ \t]+Closing(?:[ \t]+(?:Date|Time|Date[ \t]+and[ \t]+Time))?|Deadline[ \t]+for[ \t]+(?:Bid[ \t]+)?Submission(?:[ \t]+of[ \t]+Bids)?`;
const CODE = String.raw`(?:IFB|RFB|ICB|NCB|Bid|Bidding|Tender)[ \t]+No\.?|Package[ \t]+No\.?|Contract[ \t]+No\.?`;
const ENGLISH_LABEL = new RegExp(
  String.raw`^([ \t]*${LIST_NUMBER})(?:(${PARTY})|(${AGENT})|(${CLOSING})|(${CODE}))[ \t]*(?=[:：][ \t]*(\p{Script=Han})?)`,
  'gimu',
);

/** The text with English-only field labels opening lines read as their Chinese labels. */
export function readEnglishLabels(text: string): string {
  if (!/[A-Za-z]/u.test(text)) return text;
  return text.replace(
    ENGLISH_LABEL,
    (whole, lead: string, party?: string, agent?: string, closing?: string, code?: string, han?: string) => {
      if (party) return han ? `${lead}招标人` : whole;
      if (agent) return han ? `${lead}招标代理机构` : whole;
      if (closing) return `${lead}投标截止时间`;
      if (code) return `${lead}${codeLabel(code)}`;
      return whole;
    },
  );
}

// A loan project numbers the package it tenders (采购包编号) or the contract (合同编号); the rest number the tender.
function codeLabel(label: string): string {
  const word = label.toLowerCase();
  if (word.startsWith('package')) return '采购包编号';
  if (word.startsWith('contract')) return '合同编号';
  return '招标编号';
}
