import { CONSORTIUM_JOIN, GROUP_WORD, ROLE_NOTE } from './consortium';
import { personAt, readOrgAt, supplierNamesIn } from './org-names';
import { AGENCY_NAME, serviceBodyIn } from './winner-names';

// Winners told in sentences rather than fields: decided as (确定某公司为中标人), won at a price
// (某公司以…元成交) and won by (由某公司中标).
// "招标人确定某公司为中标人", "拟定第一中标候选人某公司为中标单位", "推荐某公司为第一中标候选人": the
// decision written as a sentence names the winner (or the first candidate) between the verb and 为….
// A hospital or its 医共体 chooses who delivers its drugs and supplies: "确定A、B为本集团2032年度药品配送企业".
const DECIDED_AS =
  /为(?:本项目|本次|该项目|本标段|本包|本(?:集团|院|医院|医共体|医联体)|我院)?(?:\d{4}年度?)?(?:的)?(?:拟)?(?:(?:中标|成交|中选)(?:人|单位|供应商)(?!候选)|(?:药品|(?:医用)?耗材|(?:检验)?试剂|医疗器械|药品及医用耗材|药品和医用耗材)?配送(?:企业|单位|服务商)|定点[\p{Script=Han}]{0,6}?(?:单位|机构|供应商|服务商)|(?:第[一1]名?|排名第[一1](?:的|位)?)(?:中标|成交|中选)?候选(?:人|供应商|单位))/gu;
// "确定A、B、C等3家单位为定点单位", "确定A、B和C为…": several names decided at once, their count after the last.
const COUNT_AFTER_LIST = /等?\s*[\d一二三四五六七八九十]{1,2}\s*家(?:单位|供应商|企业|公司|机构)?$/u;
const DECIDING_VERB = /(?:确定|拟定|选定|确认|决定|同意|推荐|递补)(?:由)?/gu;
const TAKES_OVER = /(?:依次)?递补$/u;
const CLAUSE_BEFORE = /^[^]*[，,。；;：:\n]/u;
const BY_BEFORE = /^\s*(?:现|并|则|依法)?由/u;
const DECIDED_REACH = 80;
// "确定报价最低的某公司为成交人", "综合得分最高的某公司": what made it the winner, before its name.
const BEST_BEFORE_NAME = /^(?:(?:最终|投标|响应|评审|评标)?(?:报价|价格|评审价|评标价)|综合得分|得分|评分)最(?:低|高|优)的/u;
// The rank may be worded 排名, 排序 or 名次: "拟确定排序第一的某公司为成交人"; a rank the candidate held
// before a change opens with 原 ("确定原第二中标候选人某公司为中标人").
const RANK_BEFORE_NAME =
  /^原?(?:(?:排名|排序|名次)第[一二三1-3](?:的|位)?|第[一二三1-3]名?)?(?:中标|成交|中选)?候选人|^原?(?:排名|排序|名次)第[一二三1-3](?:名|位)?的?/u;
// "由候补成交供应商某公司成交": a standby (候补/替补/备选) named by its role before taking the place of a
// winner who gave it up; the role is no part of its name.
const STANDBY_BEFORE_NAME = /^(?:候补|替补|备选)的?(?:中标|成交|中选)?(?:候选人|供应商|单位|人)/u;

const PRONOUN = /^(?:其|该(?:公司|单位|供应商|投标人|企业))$/u;
// The sentence a pronoun stands in: from the last full stop or line break before it.
const SENTENCE_TAIL = /[^。\n]*$/u;

// Names decided in a sentence, in order: the last deciding verb before each 为…中标人 opens the name.
export function decidedAs(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DECIDED_AS)) {
    let before = text.slice(Math.max(0, m.index - DECIDED_REACH), m.index);
    // "由第二中标候选人某公司递补为中标人": the one who takes the declined winner's place is named
    // before 递补, from the start of its clause (and its 由).
    const takesOver = TAKES_OVER.exec(before);
    if (takesOver) before = before.slice(0, takesOver.index).replace(CLAUSE_BEFORE, '').replace(BY_BEFORE, '');
    const verb = takesOver ? null : [...before.matchAll(DECIDING_VERB)].pop();
    // "经评审，甲公司为本项目成交供应商": with no verb, the clause before 为 is the name (or nothing).
    if (!verb && !takesOver) before = before.replace(CLAUSE_BEFORE, '');
    const part = before
      .slice(verb ? verb.index + verb[0].length : 0)
      .trim()
      .replace(RANK_BEFORE_NAME, '')
      .replace(STANDBY_BEFORE_NAME, '')
      .replace(BEST_BEFORE_NAME, '')
      .replace(ROLE_NOTE, '')
      .trim();
    // "某公司的响应文件…综合得分最高，确定其为成交供应商": 其 (该公司) points back to the name the
    // sentence opened with.
    if (PRONOUN.test(part) && verb) {
      const sentence = text.slice(0, m.index - before.length + verb.index);
      const named = supplierNamesIn(sentence.slice(sentence.search(SENTENCE_TAIL))).pop();
      if (named && !AGENCY_NAME.test(named) && !out.includes(named)) out.push(named);
      continue;
    }
    const person = personAt(part, 0);
    if (person && part.replace(/\s/gu, '') === `${person}(${part.includes('个人') ? '个人' : '自然人'})`) {
      if (!out.includes(person)) out.push(person);
      continue;
    }
    // Or a list of names, each whole, split by 、 (and counted after the last one).
    const names = part
      .replace(COUNT_AFTER_LIST, '')
      .split('、')
      .flatMap((p) => p.split(CONSORTIUM_JOIN))
      // "A(牵头人)与B组成的联合体": role notes and the closing group word are not part of the names.
      .map((p) => p.replace(GROUP_WORD, '').trim().replace(ROLE_NOTE, ''));
    const listed = names.map((p) => readOrgAt(p, 0, 'supplier'));
    if (names.length > 1 && listed.every((n, i) => n === names[i].trim() && !AGENCY_NAME.test(n))) {
      for (const n of listed) if (n && !out.includes(n)) out.push(n);
      continue;
    }
    // A public body (某市测绘院, 某市第三人民医院) may be decided the winner of a service too.
    const name = readOrgAt(part, 0, 'supplier') ?? serviceBodyIn(part);
    // The whole stretch must be the name: a clause in between is some other sentence.
    if (name && name === part && !AGENCY_NAME.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

// "经评审，某公司以527300元的报价成交", "某公司以人民币86万元中标": a name right before 以 and the
// money it won with, then the verb. The name must end where 以 stands.
const WON_AT_PRICE =
  /以(?:人民币)?\s*[¥￥]?\s*[\d,.]+\s*(?:万元|元|万)?(?:的)?(?:投标|响应|最终|最低|总)?(?:报价|价格|总价|价)?(?:成交|中标|中选|入选)/gu;
const WON_NAME_REACH = 60;

// "标项一由某公司以人民币¥…元成交": the lot's words and 由 before the name are no part of it.
const BY_IN_NAME = /^[^\n]*?(?<!自)由/u;

export function wonAtPriceIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WON_AT_PRICE)) {
    const found = supplierNamesIn(text.slice(Math.max(0, m.index - WON_NAME_REACH), m.index)).pop();
    if (!found || !text.slice(0, m.index).endsWith(found)) continue;
    const after = found.replace(BY_IN_NAME, '');
    const name = after !== found && readOrgAt(after, 0, 'supplier') === after ? after : found;
    if (AGENCY_NAME.test(name) || out.includes(name)) continue;
    out.push(name);
  }
  return out;
}

// "第1包(DR设备)由某公司中标，中标金额…；第2包(彩超)由某公司中标…": who won stands between 由 and the
// verb, one clause a lot; every such clause names a winner. The whole stretch must be the name.
const WON_BY = /由([^\n，,。；;：:、由]{4,60}?)(?:中标|成交|中选)(?![候人单价金额供方结公通的])/gu;

export function wonByIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WON_BY)) {
    // "由第二中标候选人某公司中标": the candidate who takes a declined winner's place, named by its rank
    // or as the standby (由候补成交供应商某公司成交).
    const stretch = m[1].trim().replace(RANK_BEFORE_NAME, '').replace(STANDBY_BEFORE_NAME, '');
    const name = readOrgAt(stretch, 0, 'supplier');
    if (name === stretch && !AGENCY_NAME.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}
