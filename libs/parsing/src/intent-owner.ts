import { readOrgAt } from './org-names';

// A purchase-intent notice often names its buyer only in its opening sentence, as the body whose
// plans it makes public: "现将某县疾病预防控制中心2028年5月至7月采购意向公开如下", with the period
// (年, 月, 季度) and 政府 optional (but the 政府 of 人民政府 is the buyer's own); 现就 as 现将. "现将本单位…" names nobody and is left alone.
const MADE_PUBLIC =
  /现[将就]([^\s，。,:：;；“”《》]{4,40}?)(?:\s*(?:20\d{2}|[〇零一二三四五六七八九]{4})年[^，。,;；\n]{0,16}?)?(?:(?<!人民)政府)?采购意向(?:予以)?(?:公开|公布|公示)如下/u;
const SELF = /^(?:本|我)/u;

/** The buyer an intent notice names in its "现将…采购意向公开如下" sentence, or null. */
export function intentOwner(text: string): string | null {
  const m = MADE_PUBLIC.exec(text);
  if (!m || SELF.test(m[1])) return null;
  const name = readOrgAt(m[1], 0, 'any');
  return name && name === m[1].trim() ? name : null;
}
