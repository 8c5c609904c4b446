import { readsAsProjectCard } from './project-card';
import { displayText } from './display-text';
import { MODEL_TEXT_CHARS, predictCategory } from './category-model';
import { carriesByline, readsAsNews } from './news-prose';
import { BODY_RULES, type NoticeRule, TITLE_RULES, newsEventRules } from './notice-rules';
import { blankPlannedEvents } from './planned-event';
import { reportsAwardAmounts } from './result-notice';
import { STAGE_CATEGORY, type BulletinStage } from './stages';
import { splitTitleTags } from './title-tags';
import { bodyOnlyInvites } from './mistitled-invitation';
import { callsForShortlist } from './shortlist-call';
import { methodTagKind } from './method-tag';
import { readsAsPriceResearch } from './price-research';
import { voidsTheAward } from './voided-award';
import { answersResultChallenge } from './result-challenge';
import { kindField } from './kind-field';
import { leadingLines } from './leading-lines';
import { movesOnlyTimes } from './times-only-change';
import { namesTheChosen } from './decided-result';
import { sanctionsAParty } from './oversight-notice';
import { stageFieldValues } from './stage-field-value';

export const BULLETIN_CATEGORIES = ['tender', 'award', 'change', 'intent', 'proposed', 'news', 'other'] as const;
export type BulletinCategory = (typeof BULLETIN_CATEGORIES)[number];

export function isBulletinCategory(value: unknown): value is BulletinCategory {
  return typeof value === 'string' && (BULLETIN_CATEGORIES as readonly string[]).includes(value);
}

/** The kind of notice: one of the seven categories and, where the wording says, its stage. */
export interface NoticeKind {
  category: BulletinCategory;
  stage: BulletinStage | null;
}

const MODEL_MIN_PROBABILITY = 0.9;
// Kinds of notice a newspaper retells under a headline of the notice's own words.
const REPORTED_KINDS = new Set<BulletinCategory>(['award', 'proposed']);
// Plain procurement words without 公告: enough only when nothing stronger was found anywhere. 询比(价)
// and 竞价 are methods too, and a notice issued again (重新公告, 二次公告, 第三次公告) is a round of tendering
// called once more.
const WEAK_TENDER = /招标|采购|磋商|谈判|询价|询比|竞价|比选|投标|重新公告|(?:第)?[二三四2-4]次公告/u;
// A text listing bid prices is an opening record or a cancelled result unless it names a winner.
const ENDED_PROCEDURE = /开标记录|终止|废标|流标/u;
const NAMES_A_WINNER = BODY_RULES.filter((r) => r.category === 'award');

// The first lines of a body usually repeat the title or carry the notice heading; a heading
// names a kind of notice, which keeps lines such as "供货期：合同签订后60日" out.
const HEADING_LINES = 8;
const HEADING = /公告|公示|通知|纪要|记录|计划|意向|结果|邀请|控制价|批复|快讯|更正|变更/u;
// A long line is prose (an excerpt cut from its notice). Every kind of notice states its price
// ceiling in a sentence ("…本项目招标控制价为…"), so in prose that is no price-cap notice.
const HEADING_PROSE_CHARS = 100;
const PROSE_RULES = TITLE_RULES.filter((r) => r.stage !== 'price_cap');

export interface CategoryInput {
  title?: string | null;
  body?: string | null;
  explicit?: string | null;
}

/** Category of a bulletin: the explicit one when valid, else what `readNoticeKind` reads. */
export function classifyCategory(input: CategoryInput): BulletinCategory {
  return readNoticeKind(input).category;
}

/**
 * Kind of notice from its wording: the title's own words (after any aggregator tags), a press
 * report's prose, the body's heading lines, the aggregator's tags, unambiguous body phrases,
 * then plain procurement words; "other" when nothing is said. A valid explicit category from the
 * source wins; the stage is then kept only where it belongs to that category.
 */
export function readNoticeKind({ title, body, explicit }: CategoryInput): NoticeKind {
  const titleText = compact(displayText(title ?? ''));
  const bodyText = displayText(body ?? '');
  const read = readFromText(titleText, bodyText);
  const given = explicit?.trim().toLowerCase();
  if (!isBulletinCategory(given) || given === read.category) return read;
  return { category: given, stage: stageWithin(given, titleText, bodyText) };
}

function readFromText(titleText: string, bodyText: string): NoticeKind {
  const { tags, core } = splitTitleTags(titleText);
  const headingLines = leadingLines(bodyText, HEADING_LINES).map(compact);
  const subjectOnly = namesOnlyItsSubject(core);
  const titled = subjectOnly ? null : titleKind(core);
  // A paper's report of a result or an approval may be headlined in the notice's own words (某项目确定中标
  // 单位, 某项目可研批复): its newsroom byline says it is a report, for a formal notice never carries one.
  const fromTitle = titled && REPORTED_KINDS.has(titled.category) && carriesByline(core, bodyText) ? null : titled;
  const found =
    taggedLaterKind(tags, core) ??
    researchKind(fromTitle, bodyText) ??
    fromTitle ??
    (readsAsProjectCard(bodyText) ? { category: 'proposed', stage: stageField(bodyText) } : null) ??
    pickKind(kindField(bodyText)) ??
    (readsAsNews(core, bodyText) ? newsKind(core, bodyText) : null) ??
    firstMatchingLine(headingLines) ??
    matchRules(TITLE_RULES, tags) ??
    methodTagKind(tags) ??
    bodyKind(bodyText) ??
    (subjectOnly ? titleKind(core) : null);
  // A planned project whose entry states no stage of its own is still waiting for its approvals.
  if (found?.category === 'proposed' && !found.stage) return { category: 'proposed', stage: stageField(bodyText) ?? 'project_approval' };
  // A 入围公告 asking for shortlist applications (shortlist-call.ts) is a prequalification call.
  if (found?.category === 'award' && callsForShortlist(bodyText)) return { category: 'tender', stage: 'prequalification' };
  if (found?.category === 'award' && bodyOnlyInvites(bodyText)) return { category: 'tender', stage: 'invitation' };
  // A 质疑 answered after the result (contesting who won) is a ruling on the procedure, no clarification.
  if (found?.stage === 'clarification' && answersResultChallenge(`${titleText}\n${bodyText}`))
    return { category: 'other', stage: voidsTheAward(bodyText) ? 'termination' : null };
  // A notice of no procedure stage (a ruling on a complaint) that voids the award ends the procedure.
  // A sanction that declares an award void (认定你公司中标无效) punishes a firm: it takes no stage.
  if (found?.category === 'other' && !found.stage && voidsTheAward(bodyText) && !sanctionsAParty(core))
    return { category: 'other', stage: 'termination' };
  if (found)
    return found.category === 'news' && !found.stage
      ? newsKind(core, bodyText)
      : { category: found.category, stage: finerStage(found.stage, titleText, bodyText) };
  // An entry with no notice wording whose 项目阶段 names an approval (立项, 可研, 备案) is a project
  // database entry, whatever else it says about planned dates.
  const entryStage = stageField(bodyText);
  if (entryStage) return { category: 'proposed', stage: entryStage };
  // No notice wording anywhere: the bigram model trained on labelled bulletins decides when it is
  // sure; a kind it names carries no stage (news excepted, whose stage is read from its prose).
  const guess = predictCategory(`${titleText}\n${bodyText.slice(0, MODEL_TEXT_CHARS)}`);
  if (guess && guess.probability >= MODEL_MIN_PROBABILITY) {
    return guess.category === 'news' ? newsKind(core, bodyText) : { category: guess.category, stage: null };
  }
  const weak = WEAK_TENDER.test(titleText) || headingLines.some((l) => WEAK_TENDER.test(l));
  return { category: weak ? 'tender' : 'other', stage: null };
}

// A call for prices that says it is only research (see price-research) is no tender, even under a
// title that reads like one (询价函, 询价公告); a title naming any other kind still decides.
function researchKind(fromTitle: NoticeKind | null, bodyText: string): NoticeKind | null {
  if (fromTitle && fromTitle.category !== 'tender') return null;
  return readsAsPriceResearch(bodyText) ? { category: 'intent', stage: 'pre_announcement' } : null;
}

// An aggregator reposting a change to a tender, or its end, often keeps the tender's own title and
// says what the post is only in its tag: "【更正】某项目招标公告", "[终止]某项目采购公告". There the tag
// names the later step of the same procedure and decides; a title naming any other kind still wins.
const LATER_STAGES = new Set<BulletinStage | null>(['correction', 'clarification', 'extension', 'method_change', 'termination']);

function taggedLaterKind(tags: string, core: string): NoticeKind | null {
  if (!tags) return null;
  const tagged = matchRules(TITLE_RULES, tags);
  if (!tagged || !LATER_STAGES.has(tagged.stage)) return null;
  return titleKind(core)?.category === 'tender' ? tagged : null;
}

// A title that closes by inviting bids ("…招标公告", "…询价公告") is a tender even when what it buys
// carries notice words (竣工验收报告编制服务, 开标记录仪, 合同管理系统, 流标项目重新招标): such a word
// stands inside the subject, with words of the subject on both sides. A notice word that opens the
// title ("终止某项目招标公告", "关于暂停…") or closes on the invitation ("暂停招标公告") still decides.
const CLOSING_INVITATION = /(?:招标|采购|询价|询比|磋商|谈判|比选|竞价|遴选|招租)(?:公告|邀请书|邀请函)$/u;
const SUBJECT_BEFORE = /\p{Script=Han}{2}$/u;
const OPENING_ABOUT = /^(?:关于)?$/u;

function titleKind(core: string): NoticeKind | null {
  const rule = core ? TITLE_RULES.find((r) => r.re.test(core)) : undefined;
  if (!rule) return null;
  const found = { category: rule.category, stage: rule.stage };
  const closing = CLOSING_INVITATION.exec(core);
  const m = rule.re.exec(core);
  if (rule.category === 'tender' || !closing || !m) return found;
  const before = core.slice(0, m.index);
  const inSubject = m.index + m[0].length <= closing.index - 2 && SUBJECT_BEFORE.test(before) && !OPENING_ABOUT.test(before);
  return inSubject ? (matchRules(TENDER_RULES, core) ?? found) : found;
}

const TENDER_RULES = TITLE_RULES.filter((r) => r.category === 'tender');

// "关于某卫生院DR设备采购项目的公告", "关于某工程的通知": the title names the project and closes on a
// bare notice word, so its 采购…公告 says nothing of the kind; the body says whether the project is
// tendered, moved, ended or won. Only a subject that names no kind by itself counts ("关于某项目
// 终止招标的公告" still decides), and a title read so is the last fallback when the body says nothing.
const ABOUT_SUBJECT = /^关于(.{2,80}?(?:项目|工程|标段|[)）]))的(?:公告|通知|公示)$/u;

function namesOnlyItsSubject(core: string): boolean {
  const subject = ABOUT_SUBJECT.exec(core)?.[1];
  return subject !== undefined && titleKind(subject) === null;
}

// A planned project's stage field (stage-field-value.ts), read with the stage words of planned
// projects, gives the stage the heading does not.
const PROPOSED_STAGE_RULES = TITLE_RULES.filter((r) => r.category === 'proposed' && r.stage);

function stageField(bodyText: string): BulletinStage | null {
  for (const value of stageFieldValues(bodyText)) {
    const stage = earliestRule(PROPOSED_STAGE_RULES, compact(value))?.stage;
    if (stage) return stage;
  }
  return null;
}

// A press report's stage is what it reports first: 开工, 签约, 竣工; else progress. A title naming only the
// genre (某市政府新闻稿, 建设快讯) leaves the event to the body, where what is only planned
// ("计划年底建成通车", "建成后…") is no event.
function newsKind(title: string, body: string): NoticeKind {
  const events = newsEventRules();
  const opening = blankPlannedEvents(
    compact(body.slice(0, 400)),
    events.map((r) => r.re),
  );
  const stage = matchRules(events, title)?.stage ?? earliestRule(events, opening)?.stage;
  return { category: 'news', stage: stage ?? 'progress' };
}

// A project's planned dates are fields of an entry ("计划开工：2028年6月", "预计竣工时间 | 2029年"),
// not a heading saying the works have started.
const PLANNED_DATE_FIELD = /^(?:计划|预计|拟)(?:开工|竣工|完工|开竣工|投产|建成)(?:时间|日期|年月)?[ \t]*[:：|]/u;

// A question or its answer in a 答疑 ("问题2：…", "答复：最高投标限价为…，详见控制价公示") quotes other
// notices; it heads nothing.
const QUESTION_OR_ANSWER = /^(?:问题?|答复?|回复|解答|提问|[QA])[ \t]*[\d一二三四五六七八九十]{0,3}[ \t]*[:：.、]/u;

// A tender's promise of what it will do should it change ("本公告如有变更，将另行公告", "若有调整另行通知")
// announces no change: a condition heads nothing (如下, 如期 and 若干 are no condition).
const PROMISED_CHANGE = /(?:如(?![下期])|若(?!干)|倘)(?:有|遇|需|发生)?[^，。,\n]{0,12}?(?:变更|更正|变化|调整|修改|澄清|延期)/u;

// Heading lines are read top down: the first line with notice wording is the notice's heading.
function firstMatchingLine(lines: string[]): NoticeKind | null {
  for (const line of lines) {
    const trimmed = line.trim();
    if (!HEADING.test(line) || PLANNED_DATE_FIELD.test(trimmed) || QUESTION_OR_ANSWER.test(trimmed) || PROMISED_CHANGE.test(trimmed))
      continue;
    const found = matchRules(line.length > HEADING_PROSE_CHARS ? PROSE_RULES : TITLE_RULES, line);
    if (found) return found;
  }
  return null;
}

// A contract or an acceptance report states the contract's amount: no sign of a result.
const RECORD_RULES = BODY_RULES.filter((r) => r.stage === 'contract' || r.stage === 'acceptance');

function bodyKind(bodyText: string): NoticeKind | null {
  const text = compact(bodyText);
  const record = matchRules(RECORD_RULES, text);
  if (record) return record;
  // Bid prices with values only appear once bids are open: a result or an opening record.
  if (reportsAwardAmounts(bodyText)) {
    const winner = matchRules(NAMES_A_WINNER, text);
    if (ENDED_PROCEDURE.test(text) && !winner) return { category: 'other', stage: /开标记录/u.test(text) ? 'bid_opening' : 'termination' };
    return winner ?? { category: 'award', stage: 'result' };
  }
  return matchRules(BODY_RULES, text);
}

// With a category given by the source, the stage comes from rules of that category only.
function stageWithin(category: BulletinCategory, titleText: string, bodyText: string): BulletinStage | null {
  const rules = [...TITLE_RULES, ...BODY_RULES].filter((r) => r.stage && STAGE_CATEGORY[r.stage] === category);
  return finerStage(matchRules(rules, `${titleText}\n${compact(bodyText.slice(0, 2000))}`)?.stage ?? null, titleText, bodyText);
}

// The title names a change by the portal's word for every change, and a result by what was published;
// the body says what it is: a change that only moves the deadline is an extension (times-only-change),
// a 结果公示 naming the firm chosen is the result (decided-result).
function finerStage(stage: BulletinStage | null, titleText: string, bodyText: string): BulletinStage | null {
  if ((stage === 'correction' || stage === 'clarification') && movesOnlyTimes(bodyText)) return 'extension';
  if (stage === 'candidates' && namesTheChosen(`${titleText}\n${bodyText}`)) return 'result';
  return stage;
}

function pickKind(rule: NoticeRule | null): NoticeKind | null {
  return rule ? { category: rule.category, stage: rule.stage } : null;
}

function matchRules(rules: readonly NoticeRule[], text: string): NoticeKind | null {
  if (!text) return null;
  for (const r of rules) if (r.re.test(text)) return { category: r.category, stage: r.stage };
  return null;
}

function earliestRule(rules: readonly NoticeRule[], text: string): NoticeKind | null {
  let best: { at: number; rule: NoticeRule } | null = null;
  for (const r of rules) {
    const at = text.search(r.re);
    if (at >= 0 && (!best || at < best.at)) best = { at, rule: r };
  }
  return best ? { category: best.rule.category, stage: best.rule.stage } : null;
}

// Display text with spaces inside Chinese words removed ("招 标 公 告" → "招标公告").
function compact(text: string): string {
  return text.replace(/(?<=\p{Script=Han})[^\S\n]+(?=\p{Script=Han})/gu, '');
}
