// Informal posts write 万 as a Latin w after a figure: "预算236.5W元", "成交金额：52.8w". Read as
// yuan, such a figure is ten thousand times too small. Only money counts: the w comes right before
// 元, or ends a money field's value (a lamp's "功率：100W" is watts).
const FIGURE = String.raw`\d(?:[\d,]*\d)?(?:\.\d+)?`;
const BEFORE_YUAN = new RegExp(`(${FIGURE})\\s?[wWｗＷ](?=\\s?元)`, 'gu');
// A 标讯 app's card or a group-chat summary runs the figure onto the money word ("预算85.6W", "报价512.8w")
// and ends it at the next field's separator (｜, 丨, " / ") or a space; its winners' price is a 中标价/成交价.
const MONEY_WORD = '(?:金额|预算|限价|控制价|报价|价格|总价|总投资|资金|(?:中标|成交|中选)价)';
const FIELD_END = String.raw`(?=\s*(?:$|[\n，,。；;、)）|｜丨/]))`;
const MONEY_FIELD_END = new RegExp(
  `(${MONEY_WORD}[^\\n:：]{0,6}[:：]\\s*(?:人民币)?\\s*[¥￥]?\\s*${FIGURE})\\s?[wWｗＷ]${FIELD_END}`,
  'gmu',
);
const MONEY_WORD_RUN_ON = new RegExp(`(${MONEY_WORD}(?:约|为)?${FIGURE})\\s?[wWｗＷ]${FIELD_END}`, 'gmu');

/** The text with a Latin w meaning 万 after a money figure written as 万. */
export function readLatinWan(text: string): string {
  if (!/\d\s?[wWｗＷ]/u.test(text)) return text;
  return text.replace(BEFORE_YUAN, '$1万').replace(MONEY_FIELD_END, '$1万').replace(MONEY_WORD_RUN_ON, '$1万');
}
