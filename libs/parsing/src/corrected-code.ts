// A correction may correct the project's number itself: "原公告中项目编号“A”有误，正确的项目编号为“B”",
// "项目编号由A更正为B", "招标编号更正为：B". The number the notice puts right is the project's number
// from now on, though the quoted original notice (原公告的采购项目编号) still gives the wrong one.
const CODE_WORD = String.raw`(?:采购|招标)?(?:项目)?(?:编号|编码)`;
const QUOTE_OPEN = '[“"「『]?';
const QUOTE_CLOSE = '[”"」』]?';
const CODE = String.raw`([A-Za-z0-9][^\s“”"「」『』，,。；;:：]{2,62})`;
const CORRECTED = [
  new RegExp(String.raw`正确的?${CODE_WORD}(?:应)?为[:：]?\s*${QUOTE_OPEN}${CODE}${QUOTE_CLOSE}`, 'u'),
  new RegExp(
    String.raw`${CODE_WORD}(?:由\s*${QUOTE_OPEN}[^“”"「」『』\n，。；]{1,64}?${QUOTE_CLOSE}\s*)?(?:更正|变更|修改|调整)为[:：]?\s*${QUOTE_OPEN}${CODE}${QUOTE_CLOSE}`,
    'u',
  ),
];

/** The project number a correction puts right, or null when it corrects no number. */
export function correctedCode(text: string): string | null {
  for (const re of CORRECTED) {
    const code = re.exec(text)?.[1];
    if (code && /\d/u.test(code)) return code;
  }
  return null;
}
