// A press report often sums up a campaign so far ("去年11月迄今，集中开工项目793个、总投资4352亿元",
// "累计签约项目393个，总投资…") beside the batch or project it is about. An investment figure after a
// count of projects, in a sentence that counts from a past time (累计, 迄今, 以来), is that running
// total, not a project's; "累计完成投资3.2亿元，占总投资5.6亿元" still names the project's own. A press
// report's looser words (投资, 投入资金) after 累计/以来 are money spent so far, with or without a count.
const RUNNING = /累计|迄今|以来/u;
const RUNNING_COUNT = /(?:累计|迄今|以来)[^。；;!！?？\n]*?(?:\d+|[一二三四五六七八九十百]+)\s*(?:个|项|批)/u;
const SENTENCE_START = /[。；;!！?？\n][^。；;!！?？\n]*$/u;

/** True when the sentence before `at` counts projects (or, for `loose` words, anything) from a past time. */
export function inRunningTotal(text: string, at: number, loose = false): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  const m = SENTENCE_START.exec(before);
  return (loose ? RUNNING : RUNNING_COUNT).test(m ? m[0] : before);
}
