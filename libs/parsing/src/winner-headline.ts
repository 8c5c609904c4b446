// A list page or an alert headlines a result by who won it: "【中标】某路桥建设有限公司以1,236.5万元中标某
// 公路提质改造工程", "某科技公司中标某县智慧校园项目". The firm opening such a title is the winner; a title
// opening with the buyer names the notice after it ("某局中标结果公示"), never a firm that 以…中标 a project.

// 以 and the price (its thousands may be split by commas), then the verb, or the verb followed by the project (not a notice's own word).
const WON_AFTER_NAME =
  /^\s*(?:以(?:[^，,。；;\n]|(?<=\d),(?=\d)){1,24}?(?:中标|成交|中选)|(?:成功)?(?:中标|成交|中选|摘得|斩获)(?!结果|公告|公示|候选|通知|信息|单位|人|供应商|金额|价|情况|$))/u;

/** True when `name`, read at the start of `title`, is followed by the words of having won. */
export function wonInTitle(title: string, name: string): boolean {
  const at = title.indexOf(name);
  return at >= 0 && WON_AFTER_NAME.test(title.slice(at + name.length));
}
