import type { Region } from './region.types';

// Inner Mongolia's banners are written short in everyday use, and not by dropping a suffix: a
// banner of a wing (左翼/右翼) and a position (前/中/后) keeps the first character of its stem and
// both marks (科尔沁左翼中旗 → 科左中旗), one with a single mark keeps the first character and the
// mark (土默特左旗 → 土左旗, 乌拉特前旗 → 乌前旗). Only banners have these forms; 旗 is theirs alone.
const WING_BANNER = /^(\p{Script=Han}{2,})(左|右)翼(前|中|后)旗$/u;
const MARKED_BANNER = /^(\p{Script=Han}{2,})(左|右|前|中|后)旗$/u;

// Short forms that follow no pattern, as local notices write them; each names one division. 陈旗
// (陈巴尔虎旗) and 翁旗 (翁牛特旗) are left out: a common surname and 旗 are as often a contact's name.
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  达尔罕茂明安联合旗: ['达茂旗'],
  阿鲁科尔沁旗: ['阿旗'],
  克什克腾旗: ['克旗'],
  喀喇沁旗: ['喀旗'],
  达拉特旗: ['达旗'],
  准格尔旗: ['准旗'],
  伊金霍洛旗: ['伊旗'],
  莫力达瓦达斡尔族自治旗: ['莫旗'],
  东乌珠穆沁旗: ['东乌旗'],
  西乌珠穆沁旗: ['西乌旗'],
  苏尼特左旗: ['东苏旗'],
  苏尼特右旗: ['西苏旗'],
  塔什库尔干塔吉克自治县: ['塔县'],
  察布查尔锡伯自治县: ['察县'],
};

/** Everyday short forms of a county-level division that are not its name less a suffix. */
export function everydayShortForms(region: Region): string[] {
  if (region.level !== 'district') return [];
  const out = [...(IRREGULAR[region.name] ?? [])];
  const wing = WING_BANNER.exec(region.name);
  if (wing) out.push(`${wing[1][0]}${wing[2]}${wing[3]}旗`);
  const marked = wing ? null : MARKED_BANNER.exec(region.name);
  if (marked) out.push(`${marked[1][0]}${marked[2]}旗`);
  return out;
}
