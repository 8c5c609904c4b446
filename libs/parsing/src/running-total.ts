// A press report often sums up a campaign so far ("去年11月迄今，集中开工项目793个、总投资4352亿元",
// "累计签约项目393个，总投资…") beside the batch or project it is about. An investment figure in a
// sentence that counts from a past time (累计, 迄今, 以来) is that running total, not a project's.
const RUNNING = /累计|迄今|以来/u;
const SENTENCE_START = /[。；;!！?？\n][^。；;!！?？\n]*$/u;

/** True when the sentence before `at` counts a running total. */
export function inRunningTotal(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  const m = SENTENCE_START.exec(before);
  return RUNNING.test(m ? m[0] : before);
}
