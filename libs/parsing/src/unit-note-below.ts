import { unitMultiplier } from './amounts';

// A plan or intent table may state its unit on a line of its own under the rows rather than in a
// caption above them: "注：金额单位为万元", "单位：万元", "（本表金额单位：万元）". Only a line that is
// the note and nothing else counts: a unit inside a sentence may be about some other figure.
const UNIT_NOTE_LINE =
  /(?:^|\n)[ \t]*[(（]?[ \t]*(?:注|备注|说明)?[ \t]*[:：]?[ \t]*(?:本表|表中|以上|上表)?(?:金额|预算|价格|投资)?(?:的)?单位(?:均)?(?:为|[:：])[ \t]*(?:人民币)?[ \t]*(万元|亿元|元)[ \t]*[)）]?[ \t]*[。.]?[ \t]*(?=\n|$)/u;
// How far below a table's header its note may stand: a few dozen rows of an intent list.
const NOTE_REACH = 1500;

/** Multiplier of a unit note line within NOTE_REACH characters after `from`, or null. */
export function unitNotedBelow(text: string, from: number): number | null {
  if (from < 0) return null;
  const window = text.slice(from, from + NOTE_REACH);
  if (!window.includes('单位')) return null;
  const m = UNIT_NOTE_LINE.exec(window);
  return m ? unitMultiplier(m[1]) : null;
}
