// A result notice may report that nobody won: every bid was rejected, too few suppliers were
// left, or the winner's field is filled with 无 (every bidder failing counts; the others failing,
// 其余投标人均未通过, does not). Such a notice ends the procedure like a 流标 or
// 废标 notice does, whatever its title (评标结果公示, 成交结果公告) says. Only what happened counts,
// not a rule of what follows if (若, 如果, 如出现) nobody is left; a lot's failure beside a lot that
// was won is told apart by the winner read.
// Where bidding is set apart from choosing the winner (评定分离: a 定标委员会 picks among the bidders the
// review let through), the committee may choose nobody: 不予定标, 不予确定中标人.
// The outcome may be stated as a field or a decision: "采购结果：废标", "本项目作废标处理". (A 废标理由
// alone is not enough: a lot failing beside others is reported under it too.)
const FAILED =
  /(?:采购|招标|评标|评审|比选|磋商|谈判|询价)?结果\s*[:：]\s*(?:废标|流标|终止)|作(?:废标|流标)处理|予以(?:废标|流标)|不予定标|不予确定(?:中标|成交|中选)(?:人|供应商|单位)|(?:招标|采购|比选|磋商|谈判|询价|询比|竞价|遴选)(?:活动)?(?:失败|不成功)|(?:无|没有|未产生|未能产生|未确定|未能确定)(?:中标|成交|中选)(?:候选人|供应商|人|单位)|(?:中标|成交|中选)(?:候选)?(?:人|供应商|单位)(?:名称)?\s*[:：]\s*(?:无|空缺)(?=\s*(?:$|\n|[，,。；;]))|(?:所有|全部)(?:投标人|供应商|响应人|投标文件|响应文件)(?:均|都)?(?:未通过|未能通过|不满足|不符合|被否决)|(?<!其[余他它][^，,。；;\n]{0,4})(?:投标人|供应商|响应人)(?:的)?(?:投标文件|响应文件)?(?:均|都)(?:未通过|未能通过|不满足|不符合|被否决|无效)/gu;
const IF_BEFORE = /(?:若|如果|如若|倘若|如出现|如遇|否则|导致)[^，,。；;\n]{0,16}$/u;
// A winner's place taken away (依法认定其中标无效, 取消其中标资格) leaves the procedure without one, unless
// the notice names who takes it (依序确定第二中标候选人…为中标人: a winner read). The law a notice may
// quote states it as a rule: a clause ending in 的 before it ("…谋取中标的，中标无效"), or a condition
// anywhere earlier in its sentence ("若中标人提供虚假材料，其中标无效", "一经发现，取消其中标资格").
const VOIDED = /(?:中标|成交|中选)(?:结果)?无效|取消[^，。；;\n]{0,20}?(?:中标|成交|中选)(?:人|供应商|单位)?资格/gu;
const RULE_BEFORE = /的[，,][ \t]*(?:其)?$|(?:若|如果|如若|倘若|如有|如出现|凡|一经发现|一经查实|否则)[^。；;\n]{0,30}$/u;
const RULE_REACH = 40;

/** True when a result notice says the procedure ended without a winner. */
export function failedWithoutWinner(text: string): boolean {
  for (const m of text.matchAll(FAILED)) {
    if (!IF_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) return true;
  }
  for (const m of text.matchAll(VOIDED)) {
    const before = text.slice(Math.max(0, m.index - RULE_REACH), m.index);
    if (!IF_BEFORE.test(before) && !RULE_BEFORE.test(before)) return true;
  }
  return false;
}
