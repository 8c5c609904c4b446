import { DateHit } from './date-scan';

// A bilingual notice's English half may name the bid deadline only in a sentence: "Bids must be delivered to
// the address below on or before 09:30 hours (Beijing time), May 22, 2034", "Applications … not later than …".
// Its date has been spelt the Chinese way by then (english-dates.ts), so it stands right after the words
// that make it a cut-off for what the bidders hand in. The sentence must name the bids (or tenders,
// proposals, applications) themselves: "Bidding documents may be obtained … on or before" names a sale.
const SUBMIT_CLAUSE =
  /\b(?:bids|tenders|proposals|applications|quotations)\b[^\n.。;；]{0,90}?\b(?:on[ \t]+or[ \t]+before|not[ \t]+later[ \t]+than|no[ \t]+later[ \t]+than|before)[ \t]*$/iu;
const REACH = 120;

/** The dates an English sentence sets as the latest time to hand bids in. */
export function englishSubmitBefore(text: string, hits: DateHit[]): DateHit[] {
  if (!/[A-Za-z]/u.test(text)) return [];
  return hits.filter((h) => SUBMIT_CLAUSE.test(text.slice(Math.max(0, h.index - REACH), h.index)));
}
