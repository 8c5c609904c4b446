// Aggregators and mirrors put their own tags in front of a notice's title: "【招标公告】",
// "【某某网】", "标讯:", "[某县]". The notice's own words come after them and decide; a tag
// is only a fallback.
const LEADING_TAG = /^(?:[【[][^】\]\n]{1,20}[】\]]\s*|(?:标讯|商机|招标信息|采购信息)[:：]\s*)/u;

/** Splits a title into the aggregator's leading tags and the notice's own title. */
export function splitTitleTags(title: string): { tags: string; core: string } {
  let core = title;
  let tags = '';
  for (let m = LEADING_TAG.exec(core); m && m[0].length < core.length; m = LEADING_TAG.exec(core)) {
    tags += m[0];
    core = core.slice(m[0].length);
  }
  return { tags, core };
}
