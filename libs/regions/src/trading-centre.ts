import { toMatchText } from '@app/text';

// A public resource trading centre (某市公共资源交易中心, 某县公共资源交易服务中心) hosts the
// tenders of its own jurisdiction: construction and procurement are traded where the work lies.
// The last few characters before it: a long run of text (由某县委托某市…) keeps only the centre's own place.
const PHRASE = '公共资源交易';
const TRADING_CENTRE = /([\p{Script=Han}]{2,10})公共资源交易(?:服务|管理)?(?:中心|所|平台)/u;
// A match starts at most ten characters before its phrase, and its greedy place may run on to
// another phrase up to ten characters later, with 服务中心 after that one.
const BEFORE = 10;
const AFTER = BEFORE + PHRASE.length + 4;

/**
 * The places named by the trading centres in a bulletin (the prefix before 公共资源交易中心), for
 * the caller to resolve. Where a bulletin names no place of the work, the centre where it is
 * traded is the next best answer, and inside a province it says the city.
 */
export function tradingCentreNames(...texts: Array<string | null | undefined>): string[] {
  const out: string[] = [];
  for (const text of texts) {
    // Most texts name no centre. 易 is written alike in both scripts, and only its compatibility
    // form (U+F9E0) normalises to it, so a text with neither is spared the conversion; finding the
    // phrase then spares a scan from every character.
    if (!text || (!text.includes('易') && !text.includes('\uF9E0'))) continue;
    const t = toMatchText(text);
    // Each centre is read in the few characters around its phrase, as a scan of the whole text
    // would read it (a match never starts before the end of the one before).
    let done = 0;
    for (let at = t.indexOf(PHRASE); at >= 0; at = t.indexOf(PHRASE, Math.max(at + 1, done))) {
      const from = Math.max(done, at - BEFORE);
      const m = TRADING_CENTRE.exec(t.slice(from, at + AFTER));
      if (!m) continue;
      out.push(m[1]);
      done = from + m.index + m[0].length;
    }
  }
  return out;
}
