// A repost puts the poster's header and lead-in above the notice, which then opens with its own
// heading repeating the title (an issuer may stand before it, 某局关于…的批复). The heading states
// no figure; a lead-in quoting the title in 【】 beside an amount is not it.

// The heading is looked for near the top only; a repost's lead-in is a few lines long.
const HEAD_SCAN_LINES = 12;

/** Index of the line that opens the notice itself under a repost's lead-in, or -1. */
export function noticeHeadingIndex(lines: string[], title: string): number {
  const wanted = title.replace(/\s+/gu, '');
  if (wanted.length < 6) return -1;
  for (let i = 0; i < Math.min(lines.length, HEAD_SCAN_LINES); i++) {
    const line = lines[i].replace(/\s+/gu, '');
    if (line.includes(wanted) && line.length <= wanted.length + 30 && !/\d\s*(?:万|亿)?元/u.test(line)) return i;
  }
  return -1;
}
