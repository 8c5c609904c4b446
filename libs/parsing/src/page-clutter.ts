// A crawler that keeps a portal page's whole text brings the page's foot along with the notice:
// a list of other notices (相关公告, 上一篇/下一篇, 相关信息) naming other projects with their own
// places, kinds, winners, ceilings and dates, and the site's footer (版权所有, 备案号, 技术支持, 主办单位)
// with the portal's address and the company that built it. Nothing from the first such line on is
// the notice's own, so fields are read from the text above it.
// Commercial 标讯 sites head the same kind of list with their own words (猜你喜欢, 推荐项目, 为你推荐,
// 相关项目推荐, a bare 推荐：), each entry another project with its own region, budget or winner.
const FOOT_LIST =
  /^[ \t·•>》\-—]*(?:相关(?:公告|信息|链接|文章|阅读|新闻|推荐|项目推荐)|上一(?:篇|条)|下一(?:篇|条)|(?:为你|热门)?推荐(?:阅读|项目|信息|公告)?|猜你喜欢|热点(?:信息|新闻))[ \t]*(?:[:：]|$)/u;
// A notice reposted on a 公众号, 头条号, 微博 or a news app ends with the poster's own list of other
// posts (往期推荐, 精彩回顾, 热门阅读, 你可能还想看, 同话题), often behind an emoji or an arrow (▶ 往期推荐👇).
const SOCIAL_LIST =
  /^[^\p{L}\p{N}\n]*(?:往期(?:推荐|回顾|精选|阅读|精彩)|精彩(?:回顾|推荐|推送)|热门(?:阅读|文章)|延伸阅读|更多推荐|你(?:可能|也)(?:还想看|感兴趣|会喜欢|喜欢)|喜欢此内容的人还喜欢|同话题|相关微博)[^\p{L}\p{N}\n]*(?:[:：]|$)/u;
// A 公众号 post ends, too, with a block for another account (推荐关注 | 某某基建圈, 【推荐关注】, 长按关注「某某」,
// a ——推荐—— rule) or the poster's own earlier posts (本号往期推送), each with its own project, place and money.
const ACCOUNT_PROMO =
  /^[^\p{L}\p{N}\n]*(?:推荐关注|长按[^\n，。:：]{0,8}?关注|(?:本号|本公众号)?往期推送)|^[ \t]*[—\-=─]{2,}[ \t]*推荐[ \t]*[—\-=─]{2,}[ \t]*$/u;
// 技术支持 opens the footer only when it names who built the site (技术支持：某某科技有限公司): a notice's
// own "技术支持服务热线" line is the platform's helpdesk, with the contacts still to come.
const SITE_FOOTER =
  /^[ \t]*(?:Copyright|©|\(c\)|版权所有|(?:主办|承办)单位[ \t]*[:：]|技术支持[ \t]*[:：\s][ \t]*[^\n\d]{2,40}?(?:公司|中心)|网站标识码|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP备)/iu;
// A page's foot never opens the notice: the first lines may be the site's navigation, which can
// hold the same words as menu entries.
const HEAD_LINES = 2;

/** The text above the page's foot (lists of other notices, the site's footer), or the text whole. */
export function dropPageFoot(text: string): string {
  if (
    !/相关|上一|下一|推荐|猜你喜欢|热点|往期|精彩|热门|延伸|你可能|你也|喜欢此|同话题|Copyright|©|\(c\)|版权|主办|承办|技术支持|标识码|ICP|关注|推送/iu.test(
      text,
    )
  )
    return text;
  const lines = text.split('\n');
  const at = lines.findIndex(
    (line, i) => i >= HEAD_LINES && (FOOT_LIST.test(line) || SOCIAL_LIST.test(line) || ACCOUNT_PROMO.test(line) || SITE_FOOTER.test(line)),
  );
  return at < 0 ? text : lines.slice(0, at).join('\n').trimEnd();
}
