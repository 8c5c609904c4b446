import { CREDENTIAL_WORDS, qualificationCredentialSpan } from './bidder-credentials';
import { qualityFieldSpan } from './quality-fields';
import { trainingClauseSpan } from './training-clauses';

// What makes a keyword's hit boilerplate: trigger words and how far each widens into the body
// (a law's title, a venue sentence, a bidder's paperwork). bulletin-zones.ts applies them.
// The body is in match form: no line breaks, no spaces between CJK, half-width , : ; ! ?.
const STOP = '。；;！!？?';
const CLAUSE = '。；;！!？?，,';

/** How a trigger word widens into a boilerplate span. */
export interface Rule {
  /** Literal trigger words, found by their first character (regexes with leading wildcards cost ~1 ms a body). */
  words: string[];
  /** Span around the trigger at [at, at + word.length), or null when the context does not fit. */
  span(body: string, at: number, word: string): [number, number] | null;
}

// Character codes, not one-character strings: those allocate for CJK text.
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
export const STOP_CODES = codes(STOP);
const CLAUSE_CODES = codes(CLAUSE);

function back(body: string, from: number, stops: Set<number>, max: number): number {
  let i = from;
  while (i > 0 && from - i < max && !stops.has(body.charCodeAt(i - 1))) i--;
  return i;
}

function forward(body: string, from: number, stops: Set<number>, max: number): number {
  let i = from;
  while (i < body.length && i - from < max && !stops.has(body.charCodeAt(i))) i++;
  return i;
}

// Numbered section headings (二、获取采购文件, 第三章): match form has no line breaks, so a clause
// that reaches back or on to its sentence end must stop at them, or it swallows the section
// before (采购内容:…网络设备二、获取文件…免费下载) or after.
const HEADING = /[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[章节条]/g;

/** [from, to] narrowed to the numbered section that holds `at`. */
function inSection(body: string, at: number, from: number, to: number): [number, number] {
  HEADING.lastIndex = from;
  for (let m = HEADING.exec(body); m !== null && m.index < to; m = HEADING.exec(body)) {
    if (m.index <= at) from = m.index;
    else return [from, m.index];
  }
  return [from, to];
}

/** Only the trigger word itself: the clause around it keeps its hits. */
const wordOnly: Rule['span'] = (_body, at, word) => [at, at + word.length];
/** Back to the clause's start and on to its end, at most `behind` and `ahead` characters. */
const clauseAround =
  (behind: number, ahead: number): Rule['span'] =>
  (body, at, word) => [back(body, at, CLAUSE_CODES, behind), forward(body, at + word.length, CLAUSE_CODES, ahead)];

const LAW_TITLE_END = /(法|条例|办法|规定|细则|意见|通知|规则|规范|标准|决定|解释|方案|指引|目录|指南|网|网站|平台|报)$/;
const VENUE_LEAD = /(在|本公告|本次公告|此公告|本招标公告|本采购公告|本公示|本信息|公告同时|媒介|媒体)/g;
// What makes a download sentence about taking part in the procurement rather than the goods.
const TAKING_PART = /(投标|响应文件|供应商|报名|开标|交易系统|交易平台|交易中心|招标文件|采购文件|磋商文件|比选文件)/;
const PERIOD_LABEL = /^限?:/;
// A clause asking bidders for a document, as opposed to the winner's work (出具检测报告).
const BIDDER_HANDS_IN = /(投标人|供应商|响应人|申请人|报价人)(须|应|需|必须|应当)?(提供|提交|附)/;
// A social-insurance clause about the bidder's or contractor's staff: paid (缴纳, 参保) or taken
// out for workers.
const STAFF_INSURED = /缴|参保|(为|给)[^,。;]{0,12}(人员|员工|职工|工人|劳动者)/;
// 通过网络 followed by a step of taking part.
const ONLINE_STEP = /^(获取|下载|报名|提交|递交|参与|参加|竞价|报价|投标|申请)/;
const CATEGORY_NAME = /^(房屋建筑(工程)?(和|及|与)市政(基础设施|公用)?(工程)?|房建(和|及|与)市政(工程)?)/;

/**
 * Text that says nothing about the work: where the notice is published, citations of laws,
 * policy documents and websites (《…》), standard clauses every notice carries, agency and
 * contact blocks, page furniture. Each rule is covered by a unit test with a sentence of our own.
 */
export const RULES: Rule[] = [
  {
    // 《中华人民共和国政府采购法》, 《关于…的通知》, 《某某市政府采购网》: the title inside the brackets.
    words: ['《'],
    span: (body, at) => {
      const close = body.indexOf('》', at + 1);
      if (close < 0 || close - at > 120) return null;
      return LAW_TITLE_END.test(body.slice(at + 1, close)) ? [at, close + 1] : null;
    },
  },
  {
    words: ['中华人民共和国'],
    span: (body, at, word) => {
      const m = /^[\p{Script=Han}]{1,20}?(法|条例)/u.exec(body.slice(at + word.length, at + word.length + 24));
      return m ? [at, at + word.length + m[0].length] : null;
    },
  },
  {
    // 在《…》上发布, 本公告同时在…网站发布: from the venue's lead-in to the verb.
    words: ['发布', '刊登', '刊载', '公布'],
    span: (body, at, word) => {
      const from = back(body, at, STOP_CODES, 80);
      let lead = -1;
      VENUE_LEAD.lastIndex = 0;
      const before = body.slice(from, at);
      for (let m = VENUE_LEAD.exec(before); m !== null; m = VENUE_LEAD.exec(before)) {
        lead = m.index;
        break;
      }
      return lead < 0 ? null : [from + lead, forward(body, at + word.length, CLAUSE_CODES, 12)];
    },
  },
  {
    // 公告发布媒介: …, 信息发布媒体: …
    words: ['发布媒介', '发布媒体', '公告媒介', '公告媒体', '发布网站', '发布平台'],
    span: (body, at) => [back(body, at, CLAUSE_CODES, 10), forward(body, at, STOP_CODES, 120)],
  },
  {
    // The conflict-of-interest clause (…整体设计、规范编制或者项目管理、监理、检测等服务的…不得再参加…).
    words: ['规范编制'],
    span: (body, at) => [back(body, at, STOP_CODES, 40), forward(body, at, STOP_CODES, 80)],
  },
  {
    // 具体开工日期以监理工程师发布的开工令为准.
    words: ['开工令'],
    span: clauseAround(30, 20),
  },
  {
    // Contract clauses: …对工程的质量、安全、工期和造价全面负责; …须严格执行国家、省、市有关规定;
    // 特殊行业(银行、保险、电力、电信等)允许依法设立分支机构…; 加盖执业印章的造价工程师须为本公司…
    words: ['全面负责', '严格执行', '特殊行业', '执业印章'],
    span: (body, at, word) => [
      back(body, at, word === '全面负责' ? CLAUSE_CODES : STOP_CODES, 60),
      forward(body, at + word.length, STOP_CODES, 60),
    ],
  },
  {
    // Procurement-policy clauses every government notice carries: 落实节能环保、中小微型企业扶持等
    // 相关政府采购政策; 优先采购节能环保产品; 强制采购节能产品. They name policies, not the goods.
    words: [
      '采购政策',
      '扶持政策',
      '环保政策',
      '节能政策',
      '优先采购',
      '强制采购',
      '节能产品',
      '环保产品',
      '环境标志产品',
      '监狱企业',
      '残疾人福利',
    ],
    span: (body, at, word) => [back(body, at, CLAUSE_CODES, 80), forward(body, at + word.length, CLAUSE_CODES, 60)],
  },
  {
    // How to take part electronically: download the bid-file tool, sign with the CA certificate,
    // join the online meeting, call the platform's support line.
    words: ['投标文件制作', '响应文件制作', '制作工具', '操作手册', 'ca证书', '数字证书', '电子签章', '下载'],
    span: (body, at, word) => {
      const [from, to] = inSection(body, at, back(body, at, STOP_CODES, 100), forward(body, at + word.length, STOP_CODES, 100));
      if (word !== '下载') return [from, to];
      return TAKING_PART.test(body.slice(from, to)) ? [from, to] : null;
    },
  },
  {
    // The objection clause of a 公示: 如有意见,请于公示期内将书面意见反馈至… As a label (公示期:3个工作日)
    // only its value: match form has no line breaks, so reaching back would take in the table
    // rows or items listed above it.
    words: ['公示期'],
    span: (body, at, word) =>
      PERIOD_LABEL.test(body.slice(at + word.length, at + word.length + 2))
        ? [at, forward(body, at + word.length, CLAUSE_CODES, 40)]
        : [back(body, at, STOP_CODES, 60), forward(body, at + word.length, STOP_CODES, 80)],
  },
  {
    // The closing instruction of an approval (批复): 请你单位据此抓紧开展初步设计等前期工作. It says what
    // the applicant does next, in the same words in every approval, not what the notice is about.
    words: ['据此'],
    span: (body, at, word) => {
      const from = back(body, at, STOP_CODES, 30);
      return body.slice(from, at).includes('请') ? [from, forward(body, at + word.length, STOP_CODES, 80)] : null;
    },
  },
  {
    // Evidence every bidder hands in (…,投标人须提供产品彩页或第三方检测报告佐证,…): the clause names
    // documents, not the work, so a 检测报告 asked of bidders does not make a notice a 检测 one.
    // Only that clause: the parameter it proves (设计使用年限不少于15年) is the goods' own.
    words: ['佐证', '检测报告', '检验报告'],
    span: (body, at, word) => {
      const from = back(body, at, CLAUSE_CODES, 40);
      const to = forward(body, at + word.length, CLAUSE_CODES, 40);
      return word === '佐证' || BIDDER_HANDS_IN.test(body.slice(from, to)) ? [from, to] : null;
    },
  },
  {
    // A trade named only to be excluded: 市政行业(燃气工程、轨道交通工程除外)设计乙级.
    words: ['除外'],
    span: (body, at, word) => {
      const open = body.lastIndexOf('(', at);
      return open >= 0 && at - open <= 40 && body.indexOf(')', open) >= at ? [open, at + word.length] : null;
    },
  },
  {
    // The regulatory category naming template headings and circulars.
    words: ['房屋建筑', '房建'],
    span: (body, at) => {
      const m = CATEGORY_NAME.exec(body.slice(at, at + 20));
      return m ? [at, at + m[0].length] : null;
    },
  },
  {
    // 培训 as an after-sales duty of delivered goods (含安装、调试及培训) or a staff credential
    // (持有效…培训证明): see training-clauses.ts.
    words: ['培训'],
    span: trainingClauseSpan,
  },
  {
    // Credentials the bidder holds (二级及以上资质, 安全生产许可证, 安全员, 经审计的财务报告): see
    // bidder-credentials.ts. Only the credential's words.
    words: [...CREDENTIAL_WORDS],
    span: wordOnly,
  },
  {
    words: ['资质'],
    span: qualificationCredentialSpan,
  },
  {
    // The 质量 fields of works notices (质量要求:合格, a 质量 column, 质量保证金): see quality-fields.ts.
    words: ['质量'],
    span: qualityFieldSpan,
  },
  {
    // Terms every works price and evaluation carries: the fixed 安全文明施工费 inside the price,
    // and the name of the evaluation method (综合评估法). Only the words themselves.
    words: ['安全文明施工', '综合评估法', '综合评分法'],
    span: wordOnly,
  },
  {
    // Ads for bid-writing services under a reposted notice (专业标书代写|资质代办|投标咨询 找…),
    // like the hotline ads below: back to the clause start, on over the services listed.
    words: ['标书代写', '代写标书', '标书代做'],
    span: clauseAround(30, 60),
  },
  {
    // Proof that the bidder's staff are its employees (拟派项目负责人…连续缴纳社会保险不少于6个月)
    // and the contractor's duty to insure its workers (为施工人员办理工伤保险): every works tender
    // carries them, and they are about the bidder, not an insurance purchase.
    words: ['社会保险', '社保', '养老保险', '工伤保险', '意外伤害保险'],
    span: (body, at, word) => {
      const [from, to] = inSection(body, at, back(body, at, CLAUSE_CODES, 60), forward(body, at + word.length, CLAUSE_CODES, 30));
      return STAFF_INSURED.test(body.slice(from, to)) ? [from, to] : null;
    },
  },
  {
    // Forms of the bid or performance security: 投标保证金…可采用银行保函或保证保险形式提交.
    words: ['保函', '保证保险'],
    span: (body, at, word) => {
      const [from, to] = inSection(body, at, back(body, at, STOP_CODES, 60), forward(body, at + word.length, STOP_CODES, 40));
      return /保证金|担保/.test(body.slice(from, to)) ? [from, to] : null;
    },
  },
  {
    // How bids or the sale are made, not what is bought: 处置方式:网络竞价, 通过网络获取采购文件.
    // Not 通过网络安全等级保护测评, which is about the goods.
    words: ['网络竞价', '网上竞价', '网络拍卖', '网上拍卖', '网络报名', '网上报名', '通过网络'],
    span: (body, at, word) =>
      word !== '通过网络' || ONLINE_STEP.test(body.slice(at + word.length, at + word.length + 4))
        ? [at, forward(body, at + word.length, CLAUSE_CODES, 20)]
        : null,
  },
  {
    // Where vehicles park, pass or get washed (配套运输车辆停放场, 施工车辆出入须冲洗): the site or its
    // rules, not vehicles bought or serviced. Only the words themselves, the clause keeps its hits.
    words: ['车辆停放', '车辆停靠', '车辆出入', '车辆进出', '车辆通行', '车辆冲洗', '车辆绕行', '车辆限行'],
    span: wordOnly,
  },
  {
    // A line that ends in a hotline is an advertisement or a contact line (【协会服务】资质申报、
    // 标书培训咨询热线:…): back to the clause start, on to the number.
    words: ['咨询热线', '服务热线', '客服热线', '热线电话'],
    span: clauseAround(30, 40),
  },
  {
    // Agencies and contact details, up to the next clause.
    words: [
      '代理机构',
      '联系人',
      '联系电话',
      '联系方式',
      '联系地址',
      '地址:',
      '电话:',
      '传真',
      '邮箱',
      '邮编',
      '开户银行',
      '开户行',
      '账号:',
    ],
    span: (body, at, word) => [at, forward(body, at + word.length, CLAUSE_CODES, 40)],
  },
  {
    // Page furniture and footers.
    words: [
      '版权所有',
      '主办单位',
      '承办单位',
      '技术支持',
      '网站标识码',
      'icp备',
      '公网安备',
      '网站地图',
      '打印本页',
      '关闭窗口',
      '【打印】',
      '浏览次数',
      '上一篇',
      '下一篇',
      '分享到',
      '转载自',
      '如有侵权',
    ],
    span: (body, at, word) => [at, forward(body, at + word.length, STOP_CODES, 60)],
  },
];
