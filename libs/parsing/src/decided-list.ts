import { numberedNames } from './label-value-lists';
import { AGENCY_NAME } from './winner-names';

// A decision may say what the chosen firms became and then list them below, one a line, instead of
// naming them in the sentence: a hospital group or a 医共体 choosing who delivers the drugs of a
// 带量采购 ("确定以下企业为集团成员单位集采中选药品配送企业(排名不分先后)：\nA公司\nB公司"), a buyer
// choosing its 定点 suppliers ("选定下列3家单位为定点维修单位：\n1.A\n2.B"). The sentence has no name
// of its own (以下, 下列 point at the list), so decidedAs reads none; the lines below are the winners.
// What they were chosen as must be a supplier's role, so a list of members or places under
// "确定以下单位为成员单位：" is not read as one. A finance bureau or a 公积金中心 decides its banks the same way
// ("确定以下4家银行为住房公积金归集业务承办银行："), a 医保局 or 农业农村局 its insurers (承办机构, 承保机构).
const DECIDED_LIST_HEADING =
  /(?:确定|选定|确认|拟定|同意)(?:以下|下列|如下)(?:[\d一二三四五六七八九十]{1,2}家)?(?:企业|单位|供应商|公司|机构|服务商|银行|保险公司)为([^\n:：。；;]{0,48}?)(?=[ \t]*(?:[(（][^()（）\n]{0,12}[)）])?[ \t]*[:：][ \t]*\n)/gu;
const CHOSEN_AS =
  /(?:配送(?:企业|单位|商|服务商)|(?:中标|成交|中选|入围|入选)(?:人|单位|供应商|企业|服务商|机构)|定点\p{Script=Han}{0,6}?(?:单位|机构|供应商|服务商)|供货(?:商|单位)|供应商|服务商|(?:代理|承办|归集|合作|存放|结算)银行|承(?:办|保)机构)$/u;

/** The firms listed one a line under a sentence deciding what they became; empty when there is none. */
export function decidedListNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DECIDED_LIST_HEADING)) {
    if (!CHOSEN_AS.test(m[1])) continue;
    for (const name of numberedNames(text.replace(/[（]/gu, '(').replace(/[）]/gu, ')'), m.index + m[0].length))
      if (!AGENCY_NAME.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}
