// A 结果公示 of a 比选, 磋商, 谈判 or 询价 is most often the candidates published before the buyer chooses
// (评审结果公示: 第一成交候选人 …). One whose body names the firm chosen (成交单位：…, 中标人：…, "确定的成交
// 供应商") and never speaks of candidates or a ranking is the result itself. A 比选 or 遴选 run by a school's or
// firm's own office often names it the one selected (选定单位：…, 选定的服务商：…).
const SPEAKS_OF_CANDIDATES = /候选|拟(?:中标|成交|中选|选定)|预中标|排名|排序|推荐/u;
const NAMES_THE_CHOSEN =
  /(?:中标|成交|中选|选定(?:的)?)(?:人|单位|供应商|服务商)(?:名称)?(?:如下)?\s*[:：]|确定(?:的)?[^，。\n]{0,12}?(?:中标|成交|中选)(?:人|单位|供应商|服务商)/u;

// A 比选结果公示 may list the candidates and then the buyer's choice in a labelled line of its own
// ("确定中选人：某公司", "最终确定的成交供应商：某公司"): the choice is made, so it is the result. A choice
// still to come ("拟确定", "将确定…为中标人") or one written without a colon is no such line.
const STATES_THE_CHOICE = /(?<![拟将])确定(?:的)?(?:中标|成交|中选)(?:人|单位|供应商|服务商)\s*[:：]/u;

/** True when a notice names the firm chosen, not candidates to choose from. */
export function namesTheChosen(text: string): boolean {
  return STATES_THE_CHOICE.test(text) || (!SPEAKS_OF_CANDIDATES.test(text) && NAMES_THE_CHOSEN.test(text));
}
