// Amounts in another currency (新台币, 澳门元, 港元, 美元…) are not yuan. We drop them rather than
// convert: bulletins that price in such a currency almost never state a rate, and a budget filter
// in yuan would silently mis-sort a converted guess. Text here is already simplified (臺 → 台).
// International tenders (机电产品国际招标) price imported goods in the maker's money too: 日元 (written
// after 万 as well, "4,286万日元", which must not be read as 万 + 日 + 元), 瑞士法郎, 澳元, 加拿大元 and
// the like (never CAD: "AutoCAD 2024" is software). "1月1日元旦" is a date before a holiday, not 1 日元.
const CURRENCY = String.raw`(?:新台币|澳门元|澳门币|港币|港元|美元|欧元|英镑|(?<!月\s*\d{1,2}\s*)日[元圆]|瑞士法郎|澳元|澳大利亚元|加拿大元|新加坡元|韩元|瑞典克朗|丹麦克朗|挪威克朗|MOP|HKD|TWD|USD|EUR|GBP|JPY|CHF|AUD|SGD|KRW|SEK|DKK|NOK)`;
// The currency must stand at a number (before it, after it, or in brackets after it): the same
// characters occur in words (香港元朗, 完美元素).
const FOREIGN = new RegExp(
  String.raw`(?:${CURRENCY}|MOP\$|NT\$|HK\$|US\$)[\s:：]*\d|\d[\d,.]*\s*(?:万|亿)?\s*\(?${CURRENCY}|\(${CURRENCY}\)`,
  'u',
);
const YUAN_NAMED = /人民币|RMB|CNY/iu;
// The currency right after a figure ("1,726,400.00欧元", "86.24万 美元", "500,000 USD").
const CURRENCY_AFTER = new RegExp(String.raw`^\s*\(?${CURRENCY}`, 'u');
const BEFORE = 16;
const AFTER = 14;

/** Whether the amount written as `sourceText` in `text` is in a foreign currency (looked for around it). */
export function isForeignAmount(text: string, sourceText: string | null): boolean {
  const at = sourceText ? text.indexOf(sourceText) : -1;
  if (at < 0) return pricedInForeignCurrency(text);
  // The currency stands on the amount's own line: a later sentence may quote another currency.
  const before = text
    .slice(Math.max(0, at - BEFORE), at)
    .split('\n')
    .pop()!;
  const after = text.slice(at + sourceText!.length, at + sourceText!.length + AFTER).split('\n')[0];
  const around = `${before}${sourceText}${after}`;
  return FOREIGN.test(around) && !YUAN_NAMED.test(around);
}

/** Whether a bulletin states its money in a foreign currency and never in 人民币. */
export function pricedInForeignCurrency(text: string): boolean {
  return FOREIGN.test(text) && !YUAN_NAMED.test(text);
}

// Taiwan, Hong Kong and Macau price in their own money (新台币, 港元, 澳门元) and often write it as
// plain "元": a bulletin placed there is in yuan only where it names 人民币.
const OWN_CURRENCY_REGION = /^(?:71|81|82)/u;

/** Whether a bulletin placed in `regionCode` states its money in that region's own currency. */
export function pricedInOwnCurrency(text: string, regionCode: string | null): boolean {
  return !!regionCode && OWN_CURRENCY_REGION.test(regionCode) && !YUAN_NAMED.test(text);
}

/** Whether the text right after a figure names a foreign currency: the figure is no yuan. */
export function foreignCurrencyAt(textAfterFigure: string): boolean {
  return CURRENCY_AFTER.test(textAfterFigure);
}
