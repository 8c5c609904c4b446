import { supplierNamesIn } from './org-names';
import { AGENCY_NAME } from './winner-names';

// An online mall's 报价记录 lists every bidder with its quote, one a line, and marks the one that won
// at the line's end ("乙商行 ￥113,600.00 成交"), the others left blank or marked 未成交. With no winner's
// label, the line so marked names the winner, wherever it stands among the quotes.
const MARK_CLOSES = /(?<![未不没非])(?:成交|中标|中选)[ \t。.;；|]*$/u;
const FIGURE = /\d[\d,]*(?:\.\d+)?/u;

/** The one supplier whose quote line is closed by a 成交 mark, or null when none or several are. */
export function markedQuoteWinner(text: string): string | null {
  let found: string | null = null;
  let quotes = 0;
  for (const line of text.split('\n')) {
    if (!FIGURE.test(line)) continue;
    const names = supplierNamesIn(line).filter((n) => !AGENCY_NAME.test(n));
    if (names.length !== 1) continue;
    quotes++;
    if (!MARK_CLOSES.test(line)) continue;
    if (found !== null) return null;
    found = names[0];
  }
  // A lone marked line is a field ("某公司 确定成交"), not one row of a list of quotes.
  return quotes > 1 ? found : null;
}
