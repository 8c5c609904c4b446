// A correction quotes the wording it replaces and then the new wording: "原公告“6.1 投标文件的递交”中：
// “…截止时间为A…”\n现更正为：“…截止时间为B…”", "由“A”变更为“B”". A passage in quotation marks right
// before a change verb (更正为, 变更为, 修改为, 调整为, 改为) is the replaced text; a date in it is no
// deadline now.
const QUOTED = /[“"「『]([^“”"「」『』\n]{1,600})[”"」』]/gu;
const THEN_CHANGED = /^[\s。，,；;]*(?:现|并|已|现已|均)?(?:更正|变更|更改|修改|修订|调整|改)为/u;
const VERB_REACH = 12;

/** The [start, end) spans of quoted passages that a change verb right after them replaces. */
export function replacedQuoteSpans(text: string): Array<[number, number]> {
  if (!/[“"「『]/u.test(text)) return [];
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(QUOTED)) {
    const end = m.index + m[0].length;
    if (THEN_CHANGED.test(text.slice(end, end + VERB_REACH))) spans.push([m.index, end]);
  }
  return spans;
}

/** Whether `at` falls inside one of the spans. */
export function insideSpans(spans: ReadonlyArray<[number, number]>, at: number): boolean {
  return spans.some(([start, end]) => at > start && at < end);
}
