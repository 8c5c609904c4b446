import type { BulletinCategory } from './category';
import type { BulletinStage } from './stages';
import { DISPOSAL_SERVICE_AFTER } from './disposal-service';
import { ENDED_PROCEDURE_SENTENCE } from './ended-procedure';
import { RIGHTS_SALE } from './rights-sale';
import { OPEN_FRAMEWORK_CALL } from './open-framework-call';
import { DIRECT_AWARD_PUBLICITY } from './direct-award-publicity';
import { AFTER_THE_FACT_NOTICE } from './after-the-fact-notice';
import { SERVICE_TAKER_CALL, SERVICE_TAKER_REVIEW_RESULT } from './social-service-purchase';
import { DRAFT_TENDER_DOCUMENTS, EXPERT_DRAW, OBJECTION_ANSWER, OBJECTION_RULING, SANCTION } from './oversight-notice';

/** A kind of notice named by its wording: its category and, where the wording says, its stage. */
export interface NoticeRule {
  category: BulletinCategory;
  stage: BulletinStage | null;
  re: RegExp;
}

// Land and mineral rights sold (出让, 拍卖, 挂牌) whose buyer and price are published: 出让结果公示,
// 挂牌出让成交公示, 竞得结果. Only the result: a sale still open may be read with tenders.
const LAND_SALE_RESULT =
  /(?:土地|用地|地块|宗地|使用权|矿业权|采矿权|探矿权|海域)[^，。\n]{0,16}?(?:出让|转让|拍卖|挂牌|招拍挂)[^，。\n]{0,6}?(?:结果|成交|竞得)/u;
// Reviews of a planned project's reports (节能, 水土保持, 防洪, 地震安全性) answered with an opinion.
const PROJECT_REVIEW =
  /(?:节能|水土保持|水保|防洪|洪水影响|地震安全性|安全预评价|职业病危害预评价|水资源论证)[^，。\n]{0,16}?(?:审查|审批|评审)意见|同意该项目节能报告/u;
// A forestry bureau's consent to build on woodland (使用林地审核同意书) is one more approval a project needs.
const WOODLAND_USE = /使用林地(?:审核|审批)|林地审核同意书/u;

// A firm telling of its own win names itself before 中标 and the project after it; the notice of a result
// names the result (中标公告, 中标结果, 中标候选人) right after 中标; 喜报 alone heads reposted results too
// (喜报｜某工程中标结果出炉), so it says nothing by itself. Firms 中标承建 a project only in the press: a result
// names the firm as 中标人 or 中标单位. A report of an approval says the project
// got it (获批, 获得批复, 获…核准) or that its report passed a review (初步设计顺利通过专家评审); an
// approval itself is worded by the one who grants it.
const PRESS_HEADLINE =
  /^(?![^\n]*(?:(?:中标|成交|中选)(?:结果|公告|公示|候选)|(?:公告|公示|通知)$))[^\n]*?(?:(?:成功|顺利|再次|再度|喜|荣获|一举|连续)中标|(?:公司|集团|局|院)(?:联合体)?中标(?!公告|公示|结果|候选|通知|人|单位|价|金额|供应商|信息)\p{Script=Han}{2}|中标承建|获批|获(?:得)?[^，。\n]{0,12}?(?:批复|批准|核准)|(?:可研|可行性研究报告|初步设计|概算|实施方案|规划方案|设计方案)[^，。\n]{0,4}?(?:顺利)?通过[^，。\n]{0,8}?(?:评审|审查|审批))/u;

// An earlier round named by its number as failed, beside the round this notice opens.
const EARLIER_ROUND_FAILED =
  /(?:第[一二三1-3]次|首次|前次|上次)(?:公告|招标|采购)?(?:废标|流标|无法决标)[，,；;]?\s*(?:本次|此次|现)(?:为|系|是)?(?:第[二三四2-4]次|重新)/u;

const rule = (category: BulletinCategory, stage: BulletinStage | null, re: RegExp): NoticeRule => ({ category, stage, re });

// Notice-type wording of titles and heading lines, checked in this order; the first match
// decides. The order carries the rules: a notice that ends a procedure (终止, 废标, 开标记录; Taiwan's
// 无法决标 too, though it holds 决标) is
// "other" even when it names the 中标候选人公示 it cancels (废止 withdraws a notice as 撤销 does; 停止招标
// stops it for good, where 暂停 only pauses it; 撤回 a notice withdraws it; a title "关于取消某项目的公告"
// cancels the project it names, the 采购项目 inside it no tender; a new round called after one,
// "关于某工程流标后重新招标的公告", is a tender read below); any change to a result (中标结果更正)
// is still about the award; a change to a tender is a change; a 定标 committee choosing nobody
// (不予定标) ends the procedure too; 招标计划 and 采购意向 contain 招标/采购 but are plans; a 环评/可研
// service that is being tendered is a tender, only the approval itself is "proposed"; a tender that
// mentions 开工 is still a tender.
export const TITLE_RULES: readonly NoticeRule[] = [
  // A failed procedure started again names the failure only as its reason: "…磋商公告（废标后重新组织）",
  // "流标后重新招标公告". The notice is the new procedure's invitation.
  rule('tender', 'invitation', /(?:废标|流标|终止|(?:招标|采购)失败)[后，,]?[^，。\n]{0,2}?重新(?:招标|采购|组织|发布|挂网|公告)/u),
  // Taiwan numbers its rounds instead: "（第1次公告流標，本次為第2次公告）" tells why there is a second
  // round; the notice is that round's invitation.
  rule('tender', 'invitation', EARLIER_ROUND_FAILED),
  // A failed tender's request to go on by negotiation instead, published before it is approved
  // ("…流标后转竞争性谈判公示"): the failure is only its reason; the notice changes the method.
  rule('change', 'method_change', /(?:废标|流标|失败)后?(?:拟)?转(?:为)?(?:竞争性(?:谈判|磋商)|询价)(?:方式)?(?:采购)?(?:的)?公示/u),
  // A contract ended and the place given to another bidder ("合同解除及重新确定中标人公告"): the notice
  // names the new winner and its price, so it is a result, not a contract notice or an ended procedure.
  rule('award', 'result', /重新确定(?:的)?(?:中标|成交|中选)(?:人|单位|供应商)/u),
  rule(
    'other',
    'termination',
    /终止|废止|(?:废标|流标)(?!后?的?重新(?:招标|采购|组织|比选|磋商|谈判|询价))|无法决标|(?:招标|采购|比选|磋商|谈判|询价|询比|竞价|竞谈|竞磋)失败|取消(?:招标|采购|中标|成交|公告|公示)|不予定标|(?:项目|采购|招标)取消|撤销[^，。\n]{0,20}?(?:招标|采购|中标|成交)|(?:中标|成交|结果)(?:公示|公告)?撤销|中标无效|作废|停止(?:本项目)?(?:招标|采购|交易)|(?:公告|公示)撤回|撤回(?:公告|公示|招标|采购)|(?:^|关于)取消[^，。\n]{2,40}?(?:项目|工程|招标|采购)(?:的?(?:公告|通知|公示)|$)|(?:招标|采购|询价|磋商|谈判|比选|竞价)(?:公告|公示)(?:的)?取消(?:的)?(?:通知|公告|说明|$)|未能?成交(?:的)?(?:公告|公示|通知|$)/u,
  ),
  // A sale of land or mineral rights (国有建设用地使用权出让, 采矿权挂牌出让) closes with who bought them
  // (竞得人) and the price (成交价): a public-resource transaction, but no procurement was won.
  rule('other', null, LAND_SALE_RESULT),
  // Rights, shares or assets sold, open or closed, and a court's auction (rights-sale.ts): no procurement.
  rule('other', null, RIGHTS_SALE),
  // A 磋商 opening lists the responses as opened (响应文件开启一览表): no one has won yet. Taiwan's
  // 開標紀錄 is 纪录 once simplified.
  rule('other', 'bid_opening', /开标(?:记录|纪录|结果|情况|一览|公示)|唱标|(?:投标|响应)文件(?:递交|提交|接收|开启)(?:情况|记录|一览)/u),
  // A cap is often published with how it is made up (最高投标限价及其组成公示, 控制价构成公示).
  rule(
    'other',
    'price_cap',
    /(?:招标)?控制价(?:为|的公示)|(?:(?:招标)?控制价|最高(?:投标)?限价)(?:及其?)?(?:组成|构成)?(?:公示|公告)|拦标价(?:公示|公告)/u,
  ),
  // A loan project's Contract Award Notice (世界银行/亚行贷款 合同授予公告, "授予合同") tells who won the bid and
  // at what price: the result, even when the title reads 采购合同 in passing ("设备采购合同授予公告").
  rule('award', 'result', /合同授予|授予合同|contract award/iu),
  // A contract published (合同公开 too), changed by a supplementary agreement, renewed or ended (合同变更,
  // 补充协议, 合同续签, 合同解除) is still about the contract signed after the award: nothing in it is a
  // change to a tender. A contract's 签署 or 订立 published (合同签署公示) is no press report of a
  // signing: the notice word after it tells them apart.
  rule(
    'other',
    'contract',
    /合同(?:公告|公示|公开|备案|信息|签订(?!仪式)|变更|解除|续签)|合同(?:签署|订立)(?:信息|情况)?(?:公告|公示|公开)|补充协议|采购合同|合同$/u,
  ),
  // A quality supervisor's published test outcome (质量检测结果公示, 抽检结果通报) checks finished work
  // like an acceptance does; a purchase of testing services (检测服务采购结果) is still a result.
  // A buyer's published rating of how a supplier carried out its contract (履约评价结果公示, 履约考核
  // 情况通报) checks the work delivered, as an acceptance does; its supplier and contract sum won nothing
  // new. A purchase of such rating services (履约评价服务采购公告) is read further down as a tender.
  rule(
    'other',
    'acceptance',
    /验收(?:的)?(?:公告|公示|结果|报告|情况|备案)|(?:检测|检验|抽检|抽查)(?:结果|结论)(?:公示|公告|通报)|履约(?:情况|评价|考核|验收)(?:结果|情况|等级)?(?:公告|公示|通报|报告)|履约(?:评价|考核)结果|合同(?:履行|执行)情况(?:的)?(?:公告|公示|通报)/u,
  ),
  rule('other', null, /异常|直接采购(?:信息)?公告/u),
  // Bid deposits paid back (退还投标保证金的通知) after an award are the treasury's business: the notice
  // may name the winner and the losers, but it awards nothing. Nor does a finished project's settlement
  // or final account checked by an auditor (结算审核结果公示, 决算审计报告): its contractor and its sums
  // were fixed long before.
  // A body selling what it owns (废旧物资处置, 报废车辆拍卖, 闲置资产变卖) takes money in and sells to the
  // highest bidder (竞买人): a transaction, no procurement. A disposal service bought (报废车辆处置服务
  // 采购公告) stands inside the subject of a tender title and is read as the tender, and so does an
  // appraiser or auditor chosen for the sale (…处置资产评估服务选取结果, see disposal-service.ts).
  rule(
    'other',
    null,
    new RegExp(
      `(?:废旧|报废|闲置|废弃)[^，。\\n]{0,12}?(?:处置|拍卖|变卖|出售)${DISPOSAL_SERVICE_AFTER}|(?:资产|物资|车辆|设备)(?:公开)?(?:处置|拍卖|变卖)(?:公告|公示|$)|拍卖(?:公告|会)`,
      'u',
    ),
  ),
  rule(
    'other',
    null,
    /(?:退还|退回|返还|退付|领取|领回)[^，。\n]{0,40}?保证金|保证金(?:的)?(?:退还|退回|返还|退付|领取|领回)|(?:结算|决算)(?:审核|审计|评审|审定)(?:结果|报告|情况|结论)?(?:的)?(?:公示|公告|通报|报告)|(?:结算|决算)(?:审核|审计|评审|审定)结果/u,
  ),
  // A finance bureau's decision on a complaint (投诉处理决定, 投诉处理结果公告) rules on a procedure; it
  // is no result even when it names the winner complained about (its stage: see voided-award.ts).
  // A buyer's ruling on a supplier's 质疑 (质疑处理结果公告) is the same kind of ruling, one step earlier.
  rule('other', null, OBJECTION_RULING),
  // An oversight office's sanction or finding (行政处罚, 不良行为记录, 失信名单, 监督检查处理结果), experts drawn
  // to judge, and an answer to a 质疑 or 异议 (read before the 候选人 it may contest) are no award, nor is a
  // draft of the tender documents put up for objections a tender (see oversight-notice.ts).
  rule('other', null, SANCTION),
  rule('other', null, EXPERT_DRAW),
  rule('change', 'clarification', OBJECTION_ANSWER),
  rule('intent', 'pre_announcement', DRAFT_TENDER_DOCUMENTS),
  // A 发改委's review of a planned project published with its outcome (节能审查结果公示, 社会稳定风险评估结果
  // 的公示, 用地预审结果) approves the project; a purchase of such a review (…评估服务采购结果) is still a
  // result, for its 服务采购 stands between the review and 结果.
  rule('proposed', 'feasibility_approval', /(?:社会稳定风险|社稳|稳评)(?:评估|分析)?(?:报告)?(?:审查|评审)?结果(?:的)?(?:公示|公告)/u),
  rule(
    'proposed',
    'project_approval',
    /(?:节能|能评|用地预审|选址|水土保持|防洪)(?:评估|报告)?(?:审查|评审|审批|预审)?结果(?:的)?(?:公示|公告)/u,
  ),
  // Experts agreeing that only one supplier can serve (单一来源采购专家论证意见公示) is the notice of the
  // 单一来源 procedure itself, published for objections as its 公示 is. Some provinces name that 公示
  // 单一来源采购征求意见公示: the remarks it asks for are objections to the one supplier, not to a need.
  rule('tender', 'invitation', /单一来源[^，。\n]{0,8}?(?:论证(?:意见|结论|结果)?|征求意见|意见征(?:求|询))(?:的)?(?:公示|公告)/u),
  // Who passed a prequalification is no award (the bid is still to come): it closes the
  // prequalification, so it is that stage. 资格后审 is checked at the opening, with the bids.
  rule('tender', 'prequalification', /资格(?:预审|审查)结果|资审结果|资格(?:预审|审查)合格(?:申请人|单位)?(?:名单)?(?:公示|公告)/u),
  rule('other', null, /资格后审结果/u),
  // A platform's tips (how to use a tool, opening hours) belong to no procedure; a tip on how to
  // download or obtain a procedure's documents is read further down with that procedure.
  rule('other', null, /(?<!文件(?:的)?(?:下载|获取)[^，。]{0,6})温馨提示|(?<!文件(?:的)?)(?:下载|操作|使用)(?:的)?(?:提示|指南|须知)/u),
  // A 发改 bureau publishing what it approved (政府投资项目审批结果公示, 核准结果公告) lists projects and their
  // approvals: a planned project's notice, not a procurement result. A buyer's approval of how or what it
  // buys (采购方式审批结果, 进口产品采购审批结果) is not about a project and is read below.
  rule('proposed', null, /(?<!(?:方式|采购)[^，。\n]{0,20}?)(?:审批|批复|核准)(?:结果|情况)(?:的)?(?:公示|公告)/u),
  // A headline reporting news of a notice: a firm's press release that it won (成功中标, 某集团中标某项目)
  // or a paper's report that a project was approved (可研获批, 初步设计获省发改委批复). The formal result
  // or approval is titled by its notice word (中标结果公示, 关于…的批复, 批复公示); a headline that closes
  // on one (…的公示) is left to the rules below.
  rule('news', 'progress', PRESS_HEADLINE),
  // A bilingual or English title names them too: Publicity of Winning Candidates, Notice of Award.
  // An online mall's order published after a 直购, 定点 or 协议供货 purchase (订单公示) names the supplier
  // who got it and its price: a result, though no word of 成交 is in the title.
  // Firms let into a pool (定点采购入围供应商确定公示) won a place in it; a small works contractor drawn by
  // lot from a roster (承包商随机抽取结果, 摇号结果) is chosen as a winner is, unlike experts drawn to judge.
  // A direct award (直接发包公示) and an emergency purchase's 事后公告 report who got the work (see their files).
  rule('award', 'result', DIRECT_AWARD_PUBLICITY),
  rule('award', 'result', AFTER_THE_FACT_NOTICE),
  // A 政府购买服务 or 公益创投 review result names the organisations funded (social-service-purchase.ts).
  rule('award', 'result', SERVICE_TAKER_REVIEW_RESULT),
  rule(
    'award',
    'candidates',
    /候选人|(?:评标|评审|比选|谈判|磋商|询价)结果公示|评标(?:情况)?报告(?:的)?(?:公示|公告|$)|拟(?:中标|成交|中选)|预中标|[Ww]inning [Cc]andidates?|[Cc]andidates? [Pp]ublicity/u,
  ),
  rule(
    'award',
    'result',
    /中标|成交|中选|决标|得标|(?:评标|评审|采购|招标|比选|谈判|磋商|询价|询比|遴选|竞价)结果|结果(?:公告|公示)|入围(?:供应商|单位|企业|名单)?(?:确定)?(?:结果|公示|公告|名单)|(?:承包商|承包人|供应商|施工单位|服务商|服务机构)(?:随机)?(?:抽取|摇号|抽签|选取)结果|定标|判给(?:公告|结果|公示)|订单(?:信息)?(?:公示|公告)|批出合[约同]|[Nn]otice of (?:[Cc]ontract )?[Aa]ward|(?:[Cc]ontract |[Bb]id )?[Aa]ward (?:[Aa]nnouncement|[Nn]otice|[Rr]esults?)/u,
  ),
  // A 询价's quotes as read out (报价一览表公示) before anyone is chosen; a result that attaches its
  // quotes (成交结果及报价一览表) is read above as the result.
  rule('other', 'bid_opening', /报价一览/u),
  // A finance bureau approving a method other than open tendering (同意…采用单一来源方式采购的批复,
  // 单一来源采购方式审批) answers the buyer's request to change it: a method change, not a project approval.
  rule(
    'change',
    'method_change',
    /(?:采购|招标)方式变更|(?:改变|变更|调整)(?:政府)?(?:采购|招标)方式|同意[^，。\n]{0,40}?(?:采用|实行|变更为|改为)(?:单一来源|竞争性(?:磋商|谈判)|询价|邀请招标)|(?:单一来源|竞争性(?:磋商|谈判)|邀请招标)(?:采购)?方式(?:的)?(?:审批|批复|复函)/u,
  ),
  // 延长线/延长段 is a road carried on, not a time extended. 改期 sets a new day for the opening.
  // A procedure resumed after a pause (恢复招标, 恢复采购活动) sets its new times: it is the pause's
  // strand of the timeline, so a member following 延期/暂停 hears of it. 恢复 names a resumed procedure
  // only beside one, not works that restore (恢复重建, 生态恢复).
  // A time moved later (顺延) or otherwise reset: "关于调整某项目投标截止时间的通知", "开标时间调整公告",
  // Macau's and Hong Kong's "更改截标日期及开标日期"; a developer's 回标时间调整 (回标: bids handed back).
  rule(
    'change',
    'extension',
    /延期|改期|推迟|推后|延后|延迟|顺延|暂停|暂缓|中止|延长(?![线段])|恢复(?:招标|采购|开标|交易|投标|公告|公示|通知|的公告|[^，。\n]{0,30}?(?:招标|采购|交易|开标)(?:活动|程序))|(?:调整|更改|变更|修改)[^，。\n]{0,40}?(?:截止|截标|开标|递交|回标)(?:时间|日期)|(?:截止|开标|回标)(?:时间|日期)(?:的)?调整|(?:开标|截止|递交|投标)(?:时间|日期)(?:的)?另行(?:通知|公告|安排|确定)/u,
  ),
  // Loans of the World Bank or the ADB have their notices titled in English: an Addendum (补遗) or
  // a Clarification to the bidding document.
  rule(
    'change',
    'clarification',
    /澄清|答疑|补遗|(?<!咨询|心理)解答(?:及|和|与|说明|公告|通知|$)|补充资料(?:$|公告|通知)|(?:疑问|问题|质疑)(?:解答|回复|答复)|\b[Aa]ddend(?:um|a)\b|\b[Cc]larification No/u,
  ),
  // 勘误, 补正 and 修正 correct an error; 修订 and 更改 are said of a tender's documents or notice (a 标准修订 service
  // bought is a tender). A bracket may count the corrections: "…磋商公告（第1次修正）".
  // 修 also ends works words (维修, 装修, 检修, 翻修, 大修) and 改 starts 改造/改建, so 维修改造 is no
  // 修改.
  rule(
    'change',
    'correction',
    /更正|变更|勘误|(?:补正|修正)(?:公告|通知|说明)|(?:公告|文件)(?:补正|修正)|[(（](?:第[一二三四五六七八九十\d]{1,2}次)?(?:补正|修正|补充|更正)[)）]|[Cc]orrigend(?:um|a)|(?:文件|公告|次)修订|修订(?:通知|公告|说明|内容)|更改(?:公告|通知|说明|事项)|(?<![维装检翻抢整返大中小])修改(?![造建])|补充(?:公告|通知|说明)|调整(?:公告|公示|通知|说明)|(?:开标|评标|递交|投标|报名)(?:地点|场地|会议室)(?:的)?(?:更换|调整|变动|改变)|更换(?:开标|评标|递交|投标)(?:地点|场地|会议室)/u,
  ),
  // 采购需求意向 is the same list under a longer name.
  // A department's 政府采购预算 published with its budget (预算公开) lists what it means to buy this year.
  rule('intent', 'procurement_intent', /采购(?:需求)?意向|意向公开|招标意向|(?:政府|部门)采购预算(?:的)?(?:公开|公示|表)/u),
  // A plan may name what it lists: 招标项目计划表, 工程发包项目计划.
  // A loan project of the World Bank or the ADB announces all it will buy under the loan in one
  // General Procurement Notice (总体采购公告), before any contract is put out: a plan, though its title
  // says 采购公告.
  rule(
    'intent',
    'tender_plan',
    /招标(?:项目)?计划|采购(?:实施)?计划(?:公告|公示|发布|通知|表)?|发包(?:项目)?计划|招标预告|总体采购(?:公告|通告)|[Gg]eneral [Pp]rocurement [Nn]otice/u,
  ),
  // An online mall's 电子竞价 or 网上询价 posts what is wanted (竞价采购需求公告) and opens the bidding at
  // once: a tender, though its title says 需求.
  rule('tender', 'invitation', /(?:竞价|询价)(?:采购)?需求(?:公告|公示|单|$)/u),
  // A price survey (市场调查, 价格调研) asks prices to set a budget before any procurement; a 采购需求
  // 论证 公示 sets out the requirements for remarks, as a 需求公示 does; so does a body's "现将本项目采购需求
  // 予以公示" (read before the tender rule would take its 采购…公示); a hospital's 参数征集 asks makers for
  // the specifications it will buy by. A 预公开 of a quarter's purchases is such a notice too.
  // A buyer that means to buy an imported product has experts judge the need first (采购进口产品专家论证) and
  // publishes their opinion (进口产品论证意见公示) before any procurement; a 单一来源 公示 citing the same experts
  // stays the tender it is. A 资格预审文件公示 shows the prequalification document for objections before the
  // 资格预审公告 that takes applications, as a 招标文件（征求意见稿）公示 does the tender's.
  rule('intent', 'pre_announcement', /^(?!.*单一来源).*进口(?:产品|设备)(?:的)?(?:专家)?论证|资格预审文件(?:的)?(?:公示|征求意见)/u),
  rule(
    'intent',
    'pre_announcement',
    /预公告|预公示|预公开|预告|需求(?:予以|进行)?(?:公示|公告|公开|调查|征集|论证)|意见征集|征求意见|意见征询|征询意见|需求征询|征集.{0,60}意见|提前公示|市场(?:调研|调查)|价格(?:调查|调研)|预询价|(?:技术)?参数(?:征集|调研|论证)/u,
  ),
  rule('tender', 'prequalification', /资格预审|资审公告/u),
  // How to download or obtain the documents (a change to them said so above) is part of the tender.
  rule('tender', 'invitation', /(?:招标|采购|磋商|谈判|询价|比选)文件(?:的)?(?:下载|获取|领取)/u),
  // A call for 承接主体 of a 政府购买服务 or a 公益创投 (social-service-purchase.ts).
  rule('tender', 'invitation', SERVICE_TAKER_CALL),
  // A township or a village lets its small works out by 发包 (发包公告, 发包信息): its word for a tender.
  // 采购信息公开 is a unit's page of whatever it publishes (意向, 合同, 验收): no kind of its own.
  // 竞谈 and 竞磋 are the short names of 竞争性谈判 and 竞争性磋商 (某项目竞谈公告). State firms choose
  // auditors, lawyers and banks by 选聘, and call for suppliers to join a pool by 征集 (合格供应商征集,
  // 服务机构公开征集, 协议供货入围征集); a call for opinions (意见征集) was read above as a plan. Taiwan's
  // small purchases ask for quotes (公開取得報價單); a 询价单 or 报价单 closing the title asks the same.
  // A finance bureau calls banks to bid for its deposits by 存放 (定期存款存放公告, 社保资金存放公告).
  rule(
    'tender',
    'invitation',
    /(?:(?:存款|资金)存放(?=公告|通知)|招标|采购|磋商|谈判|询价|询比|比选|竞价|遴选|比价|竞争性|竞谈|竞磋|招募|资格预审|单一来源|招租|出租|竞租|议价|邀标|竞标|发包|选聘|(?:供应商|服务商|承包商|机构|单位|合作方|入围)征集|公开征集)[^，。]{0,4}?(?:公告|公示|邀请|通知|信息(?!公开))|投标邀请|邀请书|邀请函|招标书(?=[:：]|$)|重新(?:招标|采购)|招标文件发布|采购文件|(?:公开)?招标[:：]|公开招标$|采购案$|公开取得(?:书面)?报价|(?:询价|报价)单$/u,
  ),
  // An open framework agreement's own notice is its call (open-framework-call).
  rule('tender', 'invitation', OPEN_FRAMEWORK_CALL),
  // A purchasing platform calls on drug and device firms to apply for listing (挂网申报) or to enter a
  // 集中带量采购 (申报企业, 申报材料): the firms' 申报 is their bid, so the call is a tender, though a project
  // 申报 to an approving office is no procurement.
  // A 中介服务超市 (an online roster of appraisers, auditors and cost consultants) asks its firms to bid
  // for or be drawn for a job (造价咨询中介超市选取公告, 选取邀请): a call; its outcome is a 选取结果, read above.
  rule('tender', 'invitation', /选取(?:公告|邀请)/u),
  rule('tender', 'invitation', /挂网(?:采购)?申报|申报挂网|(?:集中|带量|联盟)采购申报(?!结果|情况)/u),
  rule('proposed', 'eia', /环评|环境影响/u),
  rule('proposed', 'feasibility_approval', /可研|可行性研究/u),
  rule('proposed', 'ratification', /核准/u),
  rule('proposed', 'filing', /备案/u),
  rule('proposed', 'project_approval', /立项|项目建议书|建议书/u),
  // A social-stability assessment is made for the feasibility study, which cannot be approved
  // without it; a preliminary design, a planning permit (批前公示), the site and land checks are
  // the approvals a project goes through on its way to be built. A 拟建 entry is read below, and so
  // is a list of projects taken into a 储备库 (项目储备库, 重点项目库): planned, none approved yet.
  // 能评 is short for the 节能评估 (not 性能评价 or 效能评估).
  rule('proposed', 'feasibility_approval', /社会稳定风险|社稳|稳评/u),
  rule(
    'proposed',
    'project_approval',
    /初步设计|批复|批前公示|(?:规划|建筑)(?:设计|建筑)?方案(?:的)?(?:公示|审查|公告)|审批(?:公示|公告|结果)|规划许可|选址|用地预审|节能审查|(?<![性效功动体])能评(?=公示|批复|审查|意见)|施工许可/u,
  ),
  // The other reviews a project passes before it is built (节能报告的审查意见, 水土保持方案的审批意见).
  rule('proposed', 'project_approval', PROJECT_REVIEW),
  rule('proposed', 'project_approval', WOODLAND_USE),
  rule('proposed', null, /拟建|项目储备(?:库|清单|名单)|(?:储备|重点|重大)项目库|储备项目(?:库|清单|名单)/u),
  ...newsRules(),
];

/** News wording, each with its stage; also used to give news prose its stage. */
export function newsRules(): NoticeRule[] {
  // The name of the genre (快讯, 新闻稿, 项目动态) says a text is news, not what it reports: no stage of its own.
  return [...newsEventRules(), rule('news', null, /快讯|动态|资讯|新闻/u)];
}

/** The events news reports (开工, 签约, 竣工, progress), without the genre's own names. */
export function newsEventRules(): NoticeRule[] {
  return [
    // 复工 is works resumed, not the 复+工程 of 修复工程 or 恢复工程. Taiwan and Hong Kong open works with a
    // 动土 ceremony (動土典禮) where the mainland says 破土 or 开工; 移动土方 and 劳动土地 are other words.
    rule('news', 'construction_start', /开(?:\(竣\))?工|开竣工|动工|开建|奠基|开复工|(?<![修恢回])复工(?!程)|破土|(?<![移流劳变运])动土/u),
    // An investment agreement signed (签订投资协议) or a project settled in a place (成功落地, 正式落地) is
    // a signing.
    // A contract's signing held as a ceremony (合同签订仪式) is reported as news, not published as the contract.
    // A 签约率 counts households that signed for their relocation (征收签约率): how far the works have got.
    rule('news', 'signing', /签约(?!率)|签署|落户|签订仪式|签订[^，。\n]{0,12}?协议|投资协议|(?:成功|集中|项目|正式|顺利)落地/u),
    rule('news', 'completion', /竣工|完工|投产|建成|通车|投用|投运|并网|交付使用/u),
    // 累计完成投资…, 完成年度计划…, 形象进度: how far the works have got; a 项目观摩 tours the sites to see it.
    // A structure topped out (主体结构封顶) is a milestone on the way, like a bridge closed (合龙): the
    // fitting-out and the services are still to come, so it is progress, not completion.
    // So does a phase of the works reached: 进入设备安装阶段, 转入内部装修阶段 (not a procedure's 评审阶段).
    rule(
      'news',
      'progress',
      /[进转]入[^，。\n]{0,8}?(?:施工|建设|安装|装修|装饰|调试|收尾|攻坚|冲刺|试运行)阶段|进展|推进|提速|加快|如火如荼|合龙|贯通|封顶|(?:项目|现场)观摩|观摩(?:会|活动|点评)|招标成功|顺利(?:开标|完成)|完成(?:总|年度(?:计划)?)?投资|完成年度计划|形象进度/u,
    ),
  ];
}

// Body-only evidence. Tender notices talk about 中标候选人, 澄清, 变更 and 流标 in their rules,
// so only unambiguous phrases count here.
export const BODY_RULES: readonly NoticeRule[] = [
  // A published contract opens with its number and name (一、合同编号 二、合同名称).
  rule(
    'other',
    'contract',
    /^[^\n]{0,80}?合同编号[:：]?[^\n]{0,60}?合同名称|^[\s\S]{0,200}?(?:合同协议书|采购人\(甲方\)[\s\S]{0,80}?供应商\(乙方\))/u,
  ),
  // An acceptance report states its conclusion or date (验收结论：合格, 验收日期：…).
  // A tender's 验收时间 is a requirement ("供货后7日内"), not a day.
  rule('other', 'acceptance', /验收(?:结论|结果|意见)[:：]|验收(?:日期|时间)[:：]\s*\d{4}/u),
  // A procedure that ended: the reason is given, or a named candidate is struck out (rules talk
  // of "取消其中标资格" name nobody).
  // So is one closing on its outcome ("…根据第三十六条规定，本项目废标。"), unless the sentence states a
  // rule of what happens if too few bid ("…少于三个的，本次招标流标。", "若…，本项目废标。", "当…时，…").
  rule(
    'other',
    'termination',
    /(?:废标|终止|流标)(?:的)?(?:原因|理由|情况说明)|作(?:废标|流标)处理|予以废标|(?<!(?:若|如果|如若|倘若|如出现|如遇|凡|当|否则|的[，,]|时[，,])[^。；;\n]{0,60})(?:本项目|本次(?:招标|采购|比选|磋商|谈判|询价)?|该项目|本标段)(?:予以|作)?(?:废标|流标)(?=[。；;\n]|$)|取消[^\n。，,]{2,30}?(?:公司|单位)[^\n。]{0,12}?(?:中标|成交)(?:候选人)?资格/u,
  ),
  rule('other', 'termination', ENDED_PROCEDURE_SENTENCE),
  rule('award', 'candidates', /(?:第[一1]|排名第一的?)(?:中标|成交)?候选人(?:名称|为)?[:：]|中标候选人(?:名称|排序)|中标候选人第[一1]名/u),
  // The buyer deciding the firm in a sentence ("确定某公司为本项目供应商") names a winner; a tender's rule of
  // how it will choose ("采购人将确定…为…") does not.
  rule(
    'award',
    'result',
    /中标人(?:名称)?[:：]|中标(?:名称|排序)|(?<![将应可拟])确定[^，。\n]{2,40}?(?:公司|厂|店|中心)为(?:本项目|本次|该项目)?(?:的)?(?:供应商|承包人|中标人|成交人|服务商)|成交(?:供应商|人)(?:名称)?[:：]|中标(?:供应商|单位)[:：]|现将(?:中标|成交|评标)/u,
  ),
  // A village's 村民代表大会 decision (决议公示) or a 村务公开 notice names the builder it chose after the
  // name: "某建筑劳务有限公司报价最低，确定为施工单位". The name's end stands right before what made it the
  // one, so a tender's rule of how it will choose ("报价最低者确定为成交人") names nobody.
  rule(
    'award',
    'result',
    /(?:公司|厂|店|施工队|工程队)(?:报价|价格|评审价)?(?:最低|最优|得分最高)?[，,]?(?:被)?确定为(?:本工程|该工程|本项目|该项目)?(?:的)?(?:施工单位|施工方|承包人|承包单位|承包方|中标人|中标单位|成交人|成交单位)/u,
  ),
  rule('change', 'method_change', /(?:申请|同意|改为|变更为)(?:采用)?(?:单一来源|竞争性(?:磋商|谈判)|询价|邀请招标)(?:方式|采购)/u),
  // A notice titled only 通知 or "关于某项目的公告" says in its body what it is. A time moved to a
  // new day ("开标时间推迟至2028年9月26日") is an extension; a tender states its own times, never
  // one moved to.
  // So is one reset to a new day ("投标截止时间调整为2028年…"), as the title rule reads 调整…截止时间.
  rule(
    'change',
    'extension',
    /(?:开标|截止|递交|提交)(?:时间|日期)?[^。\n]{0,12}?(?:(?:推迟|延期|改期|顺延|延后|推后)至|调整为)\s*\d{4}\s*年/u,
  ),
  // A procedure halted states why under its own heading ("二、项目中止的原因", "暂停理由"); a pause is read
  // with the extensions, as the title rule reads 中止 and 暂停 (an end is 终止, above).
  rule('change', 'extension', /(?:中止|暂停)(?:的)?(?:原因|理由|说明)/u),
  // A procedure taken up again after a pause ("决定恢复本项目采购活动"), as the title rule reads it.
  rule('change', 'extension', /恢复(?:本项目|本次|该项目)?(?:的)?(?:招标|采购|交易|开标)(?:活动|程序)/u),
  // "现对某项目招标文件作如下澄清", "答疑如下": a clarification set out below; so are questions
  // answered ("现答复如下", "解答如下").
  rule('change', 'clarification', /作如下(?:澄清|答疑|解答)|(?:澄清|答疑|答复|解答|回复)如下/u),
  // Contents changed in a list below ("下列内容予以更改：原…现…"); a tender's promise to correct itself
  // ("如有变化将予以更正。") states no change.
  rule(
    'change',
    'correction',
    /(?:更正|变更|澄清|答疑|修改)(?:\(答疑\))?(?:内容|事项|信息|纪要|理由)|原公告|澄清与修改|(?:下列|以下|如下)(?:内容)?(?:予以|作)(?:更改|修改|更正|变更)|(?:予以|作)(?:更改|修改|更正|变更)(?:如下)?[:：]|修改、澄清|延期后|作如下(?:更正|修改|变更|更改|修订)|(?:勘误|修订)如下/u,
  ),
  rule('intent', 'procurement_intent', /采购意向/u),
  // Works let out by 发包 are planned in the same words: 发包计划, 计划发包时间, 预计发包金额.
  rule('intent', 'tender_plan', /招标计划|发包计划|预计(?:招标|采购|发包)(?:时间|日期)|(?:计划|预计)发包(?:时间|日期|金额|内容)/u),
  rule('tender', 'prequalification', /资格预审(?:申请文件|文件的获取|公告)/u),
  // A call still open: bids or quotes to be handed in by a time. Macau buys goods and services below
  // the tender threshold by 公开咨询 (公開諮詢), asking for quotes by a 递交报价单截止日期.
  rule(
    'tender',
    'invitation',
    /潜在(?:投标人|供应商)|获取(?:招标|采购|磋商|谈判|询价|比选)?文件|投标截止|截止投标(?:时间|日期)?[:：]|(?:递交|提交)(?:投标|响应)文件|(?:递交|提交)报价单(?:的)?截止|(?:投标|响应)文件(?:的)?(?:递交|提交|上传)截止|投标人资格|供应商资格|报名(?:时间|方式)|邀请.{0,20}(?:参加|投标)|截标(?:日期|时间)/u,
  ),
  // Field lists of a procurement that is still open (excerpts often keep only these). Works are let
  // out in the same fields under their own words: 招标方式：公开招标, 最高投标限价：3,468,200元.
  rule(
    'tender',
    'invitation',
    /(?:采购|招标)方式[:：]?\s*(?:公开招标|竞争性(?:磋商|谈判)|询价|单一来源|邀请招标)|采购需求[:：]|预算金额[:：]?\s*\d|最高(?:投标)?限价(?:为)?(?:人民币)?[:：]?\s*\d/u,
  ),
  rule('proposed', 'eia', /环境影响(?:报告|评价)(?:书|表)?(?:的)?(?:公示|审批|受理|批复)|环评(?:公示|批复|审批)/u),
  rule('proposed', 'feasibility_approval', /可行性研究报告(?:的)?(?:批复|审批|收悉)|同意.{0,30}可行性研究报告/u),
  rule('proposed', 'ratification', /核准(?:的)?(?:批复|事项)|(?:予以|准予)核准|同意.{0,10}核准/u),
  // A filing record names the office it was filed with as a field (备案机关：某区发展和改革局).
  rule('proposed', 'filing', /(?:予以|准予)备案|备案(?:证明|通知书)|备案(?:机关|部门)[:：]/u),
  // An answer that agrees to the proposal itself ("原则同意该项目建议书") approves the project as 同意立项 does.
  rule('proposed', 'project_approval', /同意.{0,20}(?:立项|项目建议书)|立项(?:的)?批复|项目建议书(?:的)?批复|批复如下/u),
  rule('proposed', 'feasibility_approval', /社会稳定风险(?:评估|分析)/u),
  rule('proposed', 'project_approval', /初步设计(?:概算)?(?:的)?批复/u),
  rule('proposed', 'project_approval', PROJECT_REVIEW),
  rule('proposed', 'project_approval', WOODLAND_USE),
];

/** True when the text names a winner or a ranked candidate in the words of a result. */
export function namesAWinner(text: string): boolean {
  return BODY_RULES.some((r) => r.category === 'award' && r.re.test(text));
}
