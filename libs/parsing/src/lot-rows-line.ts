// A result table copied off a page may lose its line breaks and keep only the spaces between
// cells, so every lot's row runs on one line ("标段 中标人 中标金额 标段一：A设备 甲公司 3,468,270.50
// 标段二：B设备 乙公司 2,915,400.00"). Each lot opener with its colon (标段二：, 第2包：, 包3：) that
// follows a space starts a row of its own; set on its own line, each lot's winner is read as the
// lots of an ordinary list are. A line with one opener is left as it is: it is a lot, not a table.
const LOT_NUMBER = String.raw`[一二三四五六七八九十\d]{1,3}`;
const OPENER = String.raw`(?:标段${LOT_NUMBER}|第${LOT_NUMBER}(?:标段|包|标包|分包)|(?:合同|采购)?包${LOT_NUMBER})\s*[:：]`;
const SPACED_OPENER = new RegExp(String.raw`[ \t\u3000]+(?=${OPENER})`, 'gu');
const LINE_OPENER = new RegExp(String.raw`^\s*${OPENER}`, 'u');
const MIN_OPENERS = 2;

/** The text with lot rows run together on one spaced line set one a line. */
export function breakLotRows(text: string): string {
  return text
    .split('\n')
    .map((line) => (openers(line) >= MIN_OPENERS ? line.replace(SPACED_OPENER, '\n') : line))
    .join('\n');
}

// The openers after a space, and the one the line starts with.
function openers(line: string): number {
  return (line.match(SPACED_OPENER) ?? []).length + (LINE_OPENER.test(line) ? 1 : 0);
}
