import type { DateHit } from './date-scan';

// Macau's notices sign off with the day and where it was signed, on one line: "二零三一年五月二十七日於
// 市政署", "2030年6月18日於公共建設局". The place after 於 (于 once simplified) is no text of the notice:
// the line is still the signature, as a date alone on its line is.
const PLACE_AFTER = /^[于於][ \t]*\p{Script=Han}{2,16}[ \t]*(?:\n|$)/u;

/** Whether the date `hit` opens its line and only "于某地" follows it there. */
export function signedAtPlace(text: string, hit: DateHit): boolean {
  const lineStart = text.lastIndexOf('\n', hit.index - 1) + 1;
  return !text.slice(lineStart, hit.index).trim() && PLACE_AFTER.test(text.slice(hit.end));
}
