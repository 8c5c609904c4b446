import { toDisplayText } from '@app/text';
import { reportsAwardAmounts } from './result-notice';

export const BULLETIN_CATEGORIES = ['tender', 'award', 'change', 'intent', 'proposed', 'news', 'other'] as const;
export type BulletinCategory = (typeof BULLETIN_CATEGORIES)[number];

export function isBulletinCategory(value: unknown): value is BulletinCategory {
  return typeof value === 'string' && (BULLETIN_CATEGORIES as readonly string[]).includes(value);
}

// Notice-type wording, checked in this order; the first match decides. The order carries the
// rules: a notice that ends a procedure (终止, 废标, 开标记录) is "other" even when it names the
// 中标候选人公示 it cancels; any change to a result (中标结果更正) is still about the award; a
// change to a tender is a change; 招标计划 and 采购意向 contain 招标/采购 but are plans; a
// 环评/可研 service that is being tendered is a tender, only the approval itself is "proposed".
const TITLE_RULES: ReadonlyArray<readonly [BulletinCategory, RegExp]> = [
  ['other', /开标(?:记录|结果|情况)|终止|废标|流标|失败|异常|(?:招标)?控制价(?:公示|公告|为)|最高(?:投标)?限价公示|合同(?:公告|公示|备案)|直接采购(?:信息)?公告/u],
  ['award', /中标|成交|中选|候选人|(?:评标|评审|采购|招标|比选|谈判|磋商|询价|询比)结果|结果(?:公告|公示)|入围(?:结果|公示|公告)|定标/u],
  ['change', /更正|变更|澄清|答疑|延期|推迟|暂停|暂缓|恢复|补遗|补充(?:公告|通知|说明)|修改/u],
  ['intent', /采购意向|招标计划|采购计划(?:公告|公示|发布|通知)|招标意向|预公告|预公示|预告|需求公示|意见征集|征求意见|征集.{0,60}意见|提前公示|需求调查|市场调研/u],
  ['tender', /(?:招标|采购|磋商|谈判|询价|询比|比选|竞价|遴选|比价|竞争性|招募|资格预审|单一来源|招租)[^，。]{0,4}?(?:公告|公示|邀请|通知|信息)|投标邀请|邀请书|重新(?:招标|采购)|招标文件发布/u],
  ['proposed', /立项|可研|批复|批前公示|核准|备案|环评|环境影响|审批(?:公示|公告|结果)|规划许可|选址/u],
  ['news', /快讯|开工|进展|动态|签约|竣工|投产|开业|奠基|封顶|资讯|新闻/u],
];
// Plain procurement words without 公告: enough only when nothing stronger was found anywhere.
const WEAK_TENDER = /招标|采购|磋商|谈判|询价|比选|投标/u;

// Body-only evidence. Tender notices talk about 中标候选人, 澄清, 变更 and 流标 in their rules,
// so only unambiguous phrases count here.
const BODY_RULES: ReadonlyArray<readonly [BulletinCategory, RegExp]> = [
  ['award', /中标人(?:名称)?[:：]|中标(?:候选人)?(?:名称|排序)|第[一1](?:中标)?候选人|成交(?:供应商|人)(?:名称)?[:：]|中标(?:供应商|单位)[:：]|现将(?:中标|成交|评标)/u],
  ['change', /(?:更正|变更|澄清|答疑|修改)(?:\(答疑\))?(?:内容|事项|信息|纪要|理由)|原公告|澄清与修改|修改、澄清|延期后/u],
  ['intent', /采购意向|招标计划|预计(?:招标|采购)(?:时间|日期)/u],
  ['tender', /潜在(?:投标人|供应商)|获取(?:招标|采购|磋商|谈判|询价|比选)?文件|投标截止|(?:递交|提交)(?:投标|响应)文件|投标人资格|供应商资格|报名(?:时间|方式)|邀请.{0,20}(?:参加|投标)/u],
];
// A text listing bid prices is an opening record or a cancelled result unless it names a winner.
const ENDED_PROCEDURE = /开标记录|终止|废标|流标/u;

// The first lines of a body usually repeat the title or carry the notice heading; a heading
// names a kind of notice, which keeps lines such as "供货期：合同签订后60日" out.
const HEADING_LINES = 8;
const HEADING = /公告|公示|通知|纪要|记录|计划|意向|结果|邀请|控制价/u;

export interface CategoryInput {
  title?: string | null;
  body?: string | null;
  explicit?: string | null;
}

/**
 * Category of a bulletin. A valid explicit category from the source wins; otherwise the title's
 * notice wording, then the body's heading lines, then unambiguous body phrases, then plain
 * procurement words; "other" when nothing is said.
 */
export function classifyCategory({ title, body, explicit }: CategoryInput): BulletinCategory {
  const given = explicit?.trim().toLowerCase();
  if (isBulletinCategory(given)) return given;

  const titleText = compact(title ?? '');
  const bodyText = toDisplayText(body ?? '');
  const headingLines = bodyText.split('\n').slice(0, HEADING_LINES).map(compact);
  return (
    matchRules(TITLE_RULES, titleText) ??
    firstMatchingLine(headingLines) ??
    bodyCategory(bodyText) ??
    (WEAK_TENDER.test(titleText) || headingLines.some((l) => WEAK_TENDER.test(l)) ? 'tender' : 'other')
  );
}

// Heading lines are read top down: the first line with notice wording is the notice's heading.
function firstMatchingLine(lines: string[]): BulletinCategory | null {
  for (const line of lines) {
    if (!HEADING.test(line)) continue;
    const found = matchRules(TITLE_RULES, line);
    if (found) return found;
  }
  return null;
}

function bodyCategory(bodyText: string): BulletinCategory | null {
  const text = compact(bodyText);
  // Bid prices with values only appear once bids are open: a result or an opening record.
  if (reportsAwardAmounts(bodyText)) return ENDED_PROCEDURE.test(text) && !BODY_RULES[0][1].test(text) ? 'other' : 'award';
  return matchRules(BODY_RULES, text);
}

function matchRules(rules: ReadonlyArray<readonly [BulletinCategory, RegExp]>, text: string): BulletinCategory | null {
  if (!text) return null;
  for (const [category, re] of rules) if (re.test(text)) return category;
  return null;
}

// Display form with spaces inside Chinese words removed ("招 标 公 告" → "招标公告").
function compact(text: string): string {
  return toDisplayText(text).replace(/(?<=\p{Script=Han})[^\S\n]+(?=\p{Script=Han})/gu, '');
}
