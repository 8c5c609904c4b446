import { displayText } from './display-text';
import { DateHit, joinSplitDates, scanDates, scanMonthDays, shanghaiDate } from './date-scan';
import { entryStamp } from './entry-stamp';
import { isPageMetaDate } from './page-meta-line';
import { isOutletDateline } from './outlet-dateline';
import { isPostStamp } from './post-stamp';
import { signedAtPlace } from './signed-at';
import { insideSpans, replacedQuoteSpans } from './replaced-quote';
import { timeInNextField } from './separate-time';
import { spellEnglishDates } from './english-dates';
import { proseWindowEnds } from './prose-window';
import { sentToBefore } from './sent-to';
import { englishSubmitBefore } from './english-submit';
import { movesOnlyOpening, standingDeadline, standingFirst } from './standing-deadline';
import { changedItemAbove } from './change-item-line';

export { shanghaiDate } from './date-scan';

// How far after a label its date may start: room for "：", "(北京时间)", a line break.
const LABEL_WINDOW = 40;
// A sentence end between a label and a date: the date belongs to the next clause.
// 原文 is a repost's "original text" heading, not an earlier date (原文件 still is).
const QUOTED_BETWEEN = /原(?!文(?!件))|截止|。/u;
// A field whose value is hidden or empty ("开标时间：请登录\n发布时间：A"): a date past the next
// line's own label belongs to that label.
const NEXT_LABEL_BETWEEN = /\n[ \t]*[^\n:：\d]{1,12}[:：]/u;
// A label that heads its section names the date of the field below it when that field is only
// 时间 or 日期: "七、开标时间及地点\n时间：A\n地点：…", "投标截止时间\n(1)日期：A".
const HEADING_OVER_TIME_FIELD = /^[^\n:：]{0,8}\n[ \t]*(?:\(?[一二三四五六七八九十\d]{1,2}[)、.][ \t]*)?(?:时间|日期)[ \t]*[:：][ \t]*$/u;

/**
 * Parses one date expression — 2024年3月5日, 2024年03月30日08时30分, 2024-03-05 09:30, 2024/3/5,
 * 二〇二四年三月五日, pieces split over lines — as Asia/Shanghai wall-clock time. Null when
 * there is none or it is impossible (2024-02-30); never throws.
 */
export function parseDateTime(text: string): Date | null {
  return prepare(text).hits[0]?.date ?? null;
}

// Taiwan's notices date themselves "公告日：117/05/06" (公告日 alone only as a field: 自公告之日起 is no date).
// An aggregator's list entry shortens the label to "发布：2031-04-15 | 类型：招标公告"; bare 发布 counts
// only as a field of its own (opening a line or a "|" cell), never as the verb inside a sentence.
// A 采购预告's "預計公告日期" is when the tender is to come out, not the day of the notice itself.
// A government site's 信息公开 page heads the notice with its own facts, where 生成日期 (a field of its
// own) is the day the page was made public, as 发布日期 elsewhere.
const PUBLISHED_LABEL =
  /发布(?:开始)?(?:时间|日期)|(?<=^|\n|[|｜丨])[ \t]*生成日期(?=[ \t]*[:：])|发稿(?:时间|日期)|(?<!预计|预定)公告(?:时间|日期)|公告日(?=\s*[:：])|(?<=^|\n|[|｜丨])[ \t]*发布(?=[ \t]*[:：])|信息时间|公示开始时间|公示时间|发布于|公示日期|发文(?:日期|时间)|上传时间/gu;
// A change notice's own date outranks the dates of the notice it changes. In a contract notice a
// 变更日期 is the day the contract was changed (its supplementary agreement), not the notice's own.
const CHANGE_DATE_LABEL = /更正日期|变更日期|澄清日期/gu;
// "公开日期：2027-09-22" under an 采购意向 (not "预计公开时间"); a project database's 更新日期 only
// when nothing else dates the entry.
const DISCLOSED_LABEL = /(?<!预计)公开(?:时间|日期)/gu;
// A project feed's card says only "更新：2031-07-02", as a field of its own.
const UPDATED_LABEL = /更新(?:时间|日期)|(?<=^|\n|[|｜丨])[ \t]*更新(?=[ \t]*[:：])/gu;
// "公示期为2028年6月18日至2028年6月25日": a 公示 runs from the day it is published, so the first
// day of its stated period dates a notice that has no date label and no signature.
const PERIOD_LABEL = /公示(?:期|期限|期间)/gu;
// A press report prints its date beside its source: "2020年03月24日 10:41 来源:某某日报",
// "http://www.某网.com 2003年06月22日11:12 某某日报".
const SOURCE_LINE = /来源[:：]|(?:日报|晚报|新闻网)\s*$/u;
const SITE_BEFORE = /(?:^|\n)\s*https?:\/\/\S+\s+$/u;
const BYLINE_CHARS = 300;
// "获取招标文件 时间: 2026-03-16 至 2026-03-23": the sale opens on or after the day of the notice
// (often the next working day), so it dates the notice's time, not its day of publication.
const DOCUMENTS_FROM = /(?:获取|发售|领取|下载|出售)[^。]{0,16}?(?:时间|期限|日期)/gu;
const RANGE_AFTER = /^\s*(?:\d{1,2}[:：]\d{2}(?::\d{2})?)?\s*(?:至|到|~|－|-|—)/u;
// "招标计划发布时间", "预公示发布时间", "首次公告日期": dates of earlier notices quoted in this one;
// so is a label marked 原 ("原公告日：117/08/15", "原发布时间"), the date of the notice this one follows,
// also when the kind of that notice stands between ("原中标结果公告发布日期", "原招标公告发布时间"); a
// place ending in 原 (太原, 平原, 高原) names no earlier notice.
const EARLIER_NOTICE = /(?:计划|预公示|意向|预公告|原公告|原|首次|(?<![太平高中草九五西开湖])原[^\s:：，。]{1,6}(?:公告|公示))$/u;
// An intent notice's own 意向公开时间 is the day it was published, not an earlier notice's.
const EARLIER_THAN_INTENT = /(?:计划|预公示|预公告|原公告|原|首次|(?<![太平高中草九五西开湖])原[^\s:：，。]{1,6}(?:公告|公示))$/u;
const EARLIER_NOTICE_REACH = 10;
// A result quotes the date of the tender it closes: "招标公告发布日期", "采购公告日期".
const TENDER_NOTICE = /(?:招标|采购|磋商|谈判|询价)(?:公告)?$/u;
// "特此公告。 某某公司董事会 2021年1月25日": a signature run into the last line.
const CLOSING_SIGNATURE = /特此(?:公告|公示|通知)[。.]?\s*[^\n。；;:：]{0,40}?\s*$/u;
// A re-publisher that runs a whole notice into one line keeps its signature last: "…以采购公告为准。
// 某区卫生健康局 2029年12月18日". A date that ends the text, after a full stop and a signer, is that signature.
const FLATTENED_SIGNATURE = /[。！!]\s*[^\n。；;:：，,、]{2,40}?\s+$/u;
// "日期：2023年10月26日" on its own line under the signature block.
const SIGNATURE_DATE_LABEL = /(?:^|\n)\s*(?:日期|落款日期|公告日期)\s*[:：]\s*$/u;
// A signature is one date; a column of dates alone on their lines (an award or history table)
// is no signature.
const TABLE_COLUMN_DATES = 3;

/**
 * When the notice was published: a 发布时间/公告日期/信息时间 label, else its signature date.
 * `result`: a result notice, whose 招标公告日期 is the date of the tender it closes; `intent`: an
 * intent notice, whose 意向公开时间 is its own; `contract`: a contract notice, whose 变更日期 is the contract's.
 */
export function extractPublishedAt(text: string, opts: { result?: boolean; intent?: boolean; contract?: boolean } = {}): Date | null {
  const { joined, hits } = prepare(text);
  const earlier = opts.intent ? EARLIER_THAN_INTENT : EARLIER_NOTICE;
  const ownNotice = (start: number) => {
    const before = joined.slice(Math.max(0, start - EARLIER_NOTICE_REACH), start);
    return !earlier.test(before) && !(opts.result && TENDER_NOTICE.test(before));
  };
  const labelled =
    (opts.contract ? undefined : labelledDates(joined, hits, CHANGE_DATE_LABEL)[0]) ??
    labelledDates(joined, hits, PUBLISHED_LABEL, ownNotice)[0] ??
    labelledDates(joined, hits, DISCLOSED_LABEL, ownNotice)[0];
  if (labelled) return labelled.date;
  const byline = hits.find(
    (h) =>
      h.index < BYLINE_CHARS &&
      (SOURCE_LINE.test(lineAround(joined, h)) ||
        SITE_BEFORE.test(joined.slice(Math.max(0, h.index - 60), h.index)) ||
        isPageMetaDate(joined, h.index) ||
        isOutletDateline(joined, h.index, h.end) ||
        isPostStamp(joined, h.index, h.end)),
  );
  if (byline) return byline.date;
  return (
    signatureDate(joined, hits)?.date ??
    entryStamp(joined, hits)?.date ??
    labelledDates(joined, hits, UPDATED_LABEL)[0]?.date ??
    labelledDates(joined, hits, PERIOD_LABEL).find((h) => RANGE_AFTER.test(joined.slice(h.end, h.end + 12)))?.date ??
    null
  );
}

/**
 * The day the tender documents go on sale, for placing the notice in time when it states no date
 * of publication (dates without a year, deadlines quoted from an earlier notice). Never the
 * publication date itself: on the labelled notices it fell on that day less than a third of the time.
 */
export function documentsOnSaleFrom(text: string): Date | null {
  const { joined, hits } = prepare(text);
  const onSale = labelledDates(joined, hits, DOCUMENTS_FROM).find((h) => RANGE_AFTER.test(joined.slice(h.end, h.end + 12)));
  return onSale ? startOfDay(onSale.date) : null;
}

// A line that is only a date, near the end, is the signature under a notice (招标人 …
// 2026年03月26日); so is a date right after 特此公告 and its signer, or after 日期： on the last
// lines. Dates with a time on their own line are deadlines in a split sentence.
function signatureDate(joined: string, hits: DateHit[]): DateHit | undefined {
  const tail = Math.min(joined.length * 0.7, joined.length - 300);
  const inTail = hits.filter((h) => !h.hasTime && h.index >= tail);
  const alone = inTail.filter(
    (h) =>
      aloneOnLine(joined, h) || signedAtPlace(joined, h) || SIGNATURE_DATE_LABEL.test(joined.slice(Math.max(0, h.index - 20), h.index)),
  );
  if (alone.length >= TABLE_COLUMN_DATES && new Set(alone.map((h) => h.date.getTime())).size > 1) return undefined;
  const last = inTail[inTail.length - 1];
  const endsText =
    last && !joined.slice(last.end).trim() && FLATTENED_SIGNATURE.test(joined.slice(Math.max(0, last.index - 60), last.index));
  return (
    alone.pop() ??
    inTail.find((h) => CLOSING_SIGNATURE.test(joined.slice(Math.max(0, h.index - 60), h.index))) ??
    (endsText ? last : undefined)
  );
}

function lineAround(text: string, hit: DateHit): string {
  const start = text.lastIndexOf('\n', hit.index - 1) + 1;
  const end = text.indexOf('\n', hit.end);
  return text.slice(start, end < 0 ? undefined : end);
}

// The sale opens at some hour of the publication day; the day is what is known.
function startOfDay(date: Date): Date {
  const shanghai = date.getTime() + 8 * 3_600_000;
  return new Date(shanghai - (shanghai % 86_400_000) - 8 * 3_600_000);
}

function aloneOnLine(text: string, hit: DateHit): boolean {
  const lineStart = text.lastIndexOf('\n', hit.index - 1) + 1;
  const lineEnd = text.indexOf('\n', hit.end);
  return !text.slice(lineStart, hit.index).trim() && !text.slice(hit.end, lineEnd < 0 ? undefined : lineEnd).trim();
}

// Deadline labels, strongest first (Taiwan's 截止收件 is when bids stop being received; a 集采 call's
// 申报截止时间 is when the firms' 申报 stop being taken; a developer's tender takes bids back, 回标, until its
// 回标截止时间). 截止 alone is ambiguous (文件获取截止, 报名截止, 保证金到账截止,
// 质疑截止), so it counts only after a bid-submission word in the same clause, with none of
// those other deadlines named in between.
// A label in a title or a sentence about the date ("开标时间延期公告") names no date itself.
const DEADLINE_LABELS = [
  // A heading may end its line before 截止时间: "四、响应文件提交\n截止时间:…".
  // The words between stop at a colon: "投标保证金：1.9万元 投标截止：…" on one line holds two labels.
  /(?:(?:投标|响应|应答|申请|申报|报价|竞价|磋商|谈判|递交|提交|上传|开标|回标)(?:[^\n。;；,，:：]{0,12}?|[^\n。;；,，]{0,10}\n\s*)截止(?:时间|日期)?|截标(?:时间|日期)|截止(?:投标|递交|收件)(?:时间|日期)?|收件截止(?:时间|日期)?)(?!延期|变更|调整|推迟|顺延|(?:时间|日期)?(?:之)?前)/gu,
  // An online reverse auction takes quotes until it closes.
  /(?:(?:开标|开启|开评标)(?:时间|日期)|(?:竞价|报价)结束(?:时间|日期))(?!延期|变更|调整|推迟|顺延|的)/gu,
];
// "截止时间：…" (or "截止时间为…") as a field of its own, opening its line (after a list number, if any): in a tender's
// field list the bid deadline, unless the heading of its section names another cut-off
// ("获取招标文件\n截止时间：…").
// A change notice prints the new one as "变更后的截止时间：…" (the old one after 原公告的).
// An aggregator's list entry puts it among other cells of one line: "预算：200万 | 截止：2031-05-06 |
// 地区：湖南-长沙", where a bare 截止 is the bid deadline too (other cut-offs are always named).
// Macau's and Hong Kong's field is "截止日期及時間", and Macau sets it after the place in one clause
// ("交標地點、截止日期及時間：某局；截止日期及時間為A"): after a semicolon it opens a field as well.
const BARE_DEADLINE_LABEL =
  /(?<=^|\n|[|｜丨])[ \t]*(?:[一二三四五六七八九十\d]{1,2}[、.)][ \t]*)?(?:(?:更正|变更|修改|调整)后(?:的)?|新)?截止(?:(?:时间|日期)(?:及时间)?(?=[ \t]*(?:[:：]|为))|(?=[ \t]*[:：]))|(?<=[；;])[ \t]*截止日期及时间(?=[ \t]*(?:[:：]|为))/gu;
// "原公告中投标截止时间为…": the deadline an earlier notice set, replaced by this one.
// "更正前：…截止时间为A\n更正后：…B": the line before the change.
// "原文：截標日期為A\n更正為：…B": a correction quotes the replaced wording under 原文 when a line below
// opens with the new one (更正为：, 修改为：); elsewhere 原文 is a repost's heading over current text.
// A date marked as the replaced one right after it ("…14:00（原）", "（变更前）") is no deadline now.
const MARKED_EARLIER = /^[ \t]*[(（][ \t]*(?:原|原定|原时间|更正前|变更前|调整前|修改前|延期前)[ \t]*[)）]/u;
const MARK_REACH = 12;
// A 延期 notice names them 延期前/延期后 (顺延前, 推迟前): "延期前投标截止时间：A\n延期后投标截止时间：B".
const EARLIER_DEADLINE = /(?:原(?!文(?!件))(?:公告|定|招标公告|文件)?|(?:更正|变更|修改|调整|延期|顺延|推迟)前[:：]?)[^\n。;；]{0,10}$/u;
const QUOTED_ORIGINAL = /(?:^|\n)[ \t]*原文[ \t]*[:：][^\n。;；]{0,10}$/u;
const CORRECTED_LINE = /\n[ \t]*(?:更正|修改|变更|调整)?(?:为|后)[ \t]*[:：]/u;
// Electronic bids are decrypted (解密) or bidders sign in (签到) after the bids are in.
const NOT_A_BID_DEADLINE = /获取|报名|保证金|质疑|异议|答疑|澄清|公示|发售|购买|下载|解密|签到/u;
// "并于2026年03月30日08时30分（北京时间）前递交响应文件", "须在2027年3月5日9:30前递交", and the
// date named as the deadline in brackets: "应在2027年12月18日9时30分（投标截止时间）前递交".
// "于即日起至B止将报价单送至…": the window from the notice's day to B, closing at B.
const SUBMIT_BEFORE = /[于在]\s*(?:(?:即日|(?:本)?公告(?:发布)?之日)起?\s*(?:至|到)\s*)?$/u;
// Hong Kong's tenders are dropped in a box: "投标书须于…中午十二时正前投入位于…的投标箱内" (投入 alone is
// also how a project is put to use, so the box must be named).
// The way in may be named between the date and the verb: "…前通过某省政府采购电子卖场提交", "…前登录交易系统上传".
const SUBMIT_AFTER =
  /^\s*(?:\(\s*(?:北京时间|(?:投标|响应|递交|提交)?(?:文件)?(?:递交|提交)?截止(?:时间|日期))[^()\n]{0,8}\))?\s*(?:(?:之|以)?前|止)\s*(?:(?:通过|登录|经由?)[^\n，。；,;]{1,24}?(?:平台|系统|卖场|商城|网站|网))?(?:\S{0,6}?)(?:递交|提交|上传|送达|将|送交|投入[^\n，。；,;]{0,40}?投标箱)/u;
const SUBMIT_AFTER_REACH = 60;

/**
 * The bid deadline: 投标/响应文件 …截止时间, "于…前递交", else 开标时间. A date without a time
 * borrows the time of another deadline candidate on the same day.
 */
export function extractDeadline(text: string, published: Date | null = null): Date | null {
  const { joined, hits: fullHits } = prepare(text);
  // Year-less dates ("12月9日上午9:30") take the year of publication, else of the first full date.
  const reference = published ?? fullHits[0]?.date ?? null;
  const hits = reference ? mergeHits(fullHits, scanMonthDays(joined, reference)) : fullHits;
  // "原…截止时间为A,现变更为B": B is the deadline now.
  const changedTo = hits.filter(
    (h) =>
      (CHANGED_TO.test(joined.slice(Math.max(0, h.index - 6), h.index)) && changesTheDeadline(joined, h.index)) ||
      nowLineUnderDeadline(joined, h.index),
  );
  const submitBefore = hits.filter(
    (h) =>
      SUBMIT_BEFORE.test(joined.slice(Math.max(0, h.index - 16), h.index)) &&
      SUBMIT_AFTER.test(joined.slice(h.end, h.end + SUBMIT_AFTER_REACH)),
  );
  // The wording a correction quotes before "现更正为" holds the old date.
  const replaced = replacedQuoteSpans(joined);
  const earlier = (start: number) =>
    EARLIER_DEADLINE.test(joined.slice(Math.max(0, start - 14), start)) ||
    (QUOTED_ORIGINAL.test(joined.slice(Math.max(0, start - 16), start)) && CORRECTED_LINE.test(joined.slice(start)));
  // An opening moved while the cut-off stands ("开标时间由A更正为B…投标截止时间不变，仍为C"): C first.
  const standing = hits.filter((h) => standingDeadline(joined, h.index) && !earlier(h.index));
  const candidates = [
    ...standingFirst(changedTo, standing, (h) => movesOnlyOpening(clauseBefore(joined, h.index))),
    ...labelledDates(
      joined,
      hits,
      DEADLINE_LABELS[0],
      (start, label) => !NOT_A_BID_DEADLINE.test(label) && !NOT_A_BID_DEADLINE.test(wordsBefore(joined, start)) && !earlier(start),
      true,
    ),
    ...submitBefore,
    ...englishSubmitBefore(joined, hits),
    ...sentToBefore(joined, hits),
    ...windowEnds(joined, hits),
    ...proseWindowEnds(joined, hits),
    ...labelledDates(joined, hits, BARE_DEADLINE_LABEL, (start) => !NOT_A_BID_DEADLINE.test(headingAbove(joined, start)), true),
    ...labelledDates(joined, hits, DEADLINE_LABELS[1], (start) => !earlier(start), true),
  ].filter((h) => !MARKED_EARLIER.test(joined.slice(h.end, h.end + MARK_REACH)) && !insideSpans(replaced, h.index));
  // "更正项 | 更正前内容 | 更正后内容" (or "原内容 | 更正后内容") over "截止时间 | A | B": in such a table a
  // row's last date is the new one.
  const beforeAfterTable = BEFORE_AFTER_HEADER.test(joined);
  const best = beforeAfterTable && candidates[0] ? lastOnItsLine(joined, hits, candidates[0]) : candidates[0];
  if (!best) return null;
  if (best.hasTime) return best.date;
  // The hour may stand in a field of its own right after the day ("截标日期：A\n截标时间：B").
  const ownHour = timeInNextField(joined, best);
  if (ownHour) return ownHour;
  const sameDay = candidates.find((c) => c.hasTime && sameShanghaiDay(c.date, best.date));
  return (sameDay ?? best).date;
}

// "获取磋商文件截止：…": the verb before the document word names another cut-off. One joined by 及
// or 和 ("报名及报价截止时间") shares the bid deadline.
const WORDS_BEFORE = 6;

function wordsBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - WORDS_BEFORE), at);
  return before.slice(Math.max(...[...'\n。；;，,：:及和与、'].map((c) => before.lastIndexOf(c))) + 1);
}

// "响应文件接收：自A起至B止", "递交投标文件时间：A 8:30至9:30" ("投标文件递交时间为A 8:30至9:30"): bids are taken during a window, and its
// end is the deadline (on the same day when only a time is given).
// A 询价 or an online 竞价 states when quotes are taken: "报价时间自A起至B止", "报价期限：A至B",
// "竞价时间：A 9:00-11:00". A 集采 or 挂网 call takes the firms' 申报 so: "申报时间：A至B".
const SUBMIT_WINDOW =
  /(?:(?:(?:投标|响应|报价|应答|申请)文件(?:的)?(?:接收|递交|提交|受理)|(?:接收|递交|提交|受理)(?:投标|响应|报价|应答|申请)文件)(?:时间|期限)?|(?:报价|竞价|申报)(?:时间|期限))[ \t]*(?:[:：]|为)?[ \t]*(?:自|从)?/gu;
const FROM_TODAY = /^[ \t]*(?:自|从)?(?:即日|(?:本)?公告(?:发布)?之日|发布之日)起?[ \t]*(?:至|到)[ \t]*/u;
const WINDOW_TO = /^[ \t]*(?:起)?[ \t]*(?:至|到|~|—|－)[ \t]*$/u;
const WINDOW_TO_TIME = /^[ \t]*(?:起)?[ \t]*(?:至|到|~|—|－|-)[ \t]*(\d{1,2})[:：](\d{2})(?!\d)/u;

function windowEnds(text: string, hits: DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  for (const m of text.matchAll(SUBMIT_WINDOW)) {
    const labelEnd = m.index + m[0].length;
    if (NOT_A_BID_DEADLINE.test(wordsBefore(text, m.index))) continue;
    const i = hits.findIndex((h) => h.index === labelEnd);
    if (i < 0) {
      // "响应文件递交：即日起至B止": a window open from the day of the notice ends at B.
      const from = FROM_TODAY.exec(text.slice(labelEnd, labelEnd + 16));
      const to = from && hits.find((h) => h.index === labelEnd + from[0].length);
      if (to) out.push(to);
      continue;
    }
    const to = hits[i + 1];
    const toTime = WINDOW_TO_TIME.exec(text.slice(hits[i].end, hits[i].end + 12));
    if (to && WINDOW_TO.test(text.slice(hits[i].end, to.index))) out.push(to);
    else if (toTime && hits[i].hasTime) {
      const date = atTime(hits[i].date, Number(toTime[1]), Number(toTime[2]));
      if (date) out.push({ index: hits[i].index, end: hits[i].end + toTime[0].length, date, hasTime: true });
    }
  }
  return out;
}

function atTime(day: Date, hour: number, minute: number): Date | null {
  const wall = new Date(day.getTime() + 8 * 3_600_000);
  return shanghaiDate(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), hour, minute);
}

// A clarification's table heads its new column "澄清（修改）后内容": the bracket names the second verb.
// Some portals head the old column with the document itself: "原公告 | 变更后", "原招标文件 | 现内容".
// A deadline moved by a 更正 may head its old column with the plan it replaces: "原定 | 变更后".
const BEFORE_AFTER_HEADER =
  /(?:(?:更正|变更|修改|调整|澄清|延期)前|原(?:公告)?(?:内容|时间)|原定(?:内容|时间)?|原(?:招标)?(?:公告|文件))[^\n]{0,20}?(?:(?:更正|变更|修改|调整|澄清|延期|顺延|推迟)(?:\([^)\n]{1,6}\))?后|现内容)/u;

function lastOnItsLine(text: string, hits: DateHit[], hit: DateHit): DateHit {
  const lineEnd = text.indexOf('\n', hit.end);
  return hits.filter((h) => h.index >= hit.index && (lineEnd < 0 || h.index < lineEnd)).pop() ?? hit;
}

// "现更正为:2027年…": the new date may follow a colon; "由“A”变更为“B”" quotes both dates.
// "由A调至B", "延后至B" are said the same way.
// A document revised (修订为) moves its dates as a changed one does; an opening rescheduled (改期至) too.
const CHANGED_TO =
  /(?:(?:变更|更改|更正|调整|修改|修订|延期|改期|延长|推迟|延后|推后|顺延|调|改)(?:为|至|到)|延至)\s*[:：]?\s*[“"「『]?\s*$/u;
const DEADLINE_WORD = /截止|截标|开标/u;
// "原招标文件获取截止时间为A，现变更为B", "保证金缴纳截止时间相应延至B": a change to another cut-off,
// not to the bid deadline ("招标文件获取时间及投标截止时间变更为" still is one).
const OTHER_CUTOFF = /(?:获取|报名|保证金|质疑|异议|答疑|澄清|发售|购买|下载|公示)[^\n。;；,，投递提响应交开]{0,8}?截止/gu;

// The heading over a field: the nearest line above it with no value after a colon, passing over
// the other fields of its section ("一、获取采购文件\n时间：…\n截止时间：…").
const HEADING_REACH = 4;
const HAS_VALUE = /[:：][ \t]*\S/u;

function headingAbove(text: string, at: number): string {
  let end = text.lastIndexOf('\n', at - 1);
  for (let n = 0; n < HEADING_REACH && end >= 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!HAS_VALUE.test(line)) return line;
    end = start - 1;
  }
  return '';
}

function clauseBefore(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('。', at - 1)) + 1;
  return text.slice(start, at);
}

// A change names what it changes in its own clause, or, when the clause is only the verb ("现延期
// 至：…", "现变更为…"), in the clause before it that quoted the old date ("原投标截止时间：A\n现延期至：B").
const VERB_ONLY =
  /^[\s\d、.．()（）]*(?:现|现已|现将其|今|特)?(?:变更|更改|更正|调整|修改|修订|延期|延长|推迟|延后|推后|顺延|延|调|改)(?:为|至|到)/u;

function changesTheDeadline(text: string, at: number): boolean {
  const clause = clauseBefore(text, at);
  if (DEADLINE_WORD.test(clause.replace(OTHER_CUTOFF, ''))) return true;
  // "变更事项：…截止时间\n变更内容：原定于A，现变更为B": the item line above names the date.
  const item = EARLIER_WORD.test(clause) ? changedItemAbove(text, at) : null;
  if (item !== null && DEADLINE_WORD.test(item.replace(OTHER_CUTOFF, ''))) return true;
  if (!VERB_ONLY.test(clause)) return false;
  const before = clauseBefore(text, at - clause.length - 1);
  return EARLIER_WORD.test(before) && DEADLINE_WORD.test(before.replace(OTHER_CUTOFF, ''));
}

const EARLIER_WORD = /原|更正前|变更前|调整前/u;

// "递交投标文件截止时间：\n原：A\n现：B": the label above, the old and the new date on lines of their own.
const NOW_LINE = /(?:^|\n)[ \t]*(?:现|新|更正后|变更后|调整后|修改后)(?:为)?[ \t]*[:：][ \t]*$/u;
const EARLIER_LINE = /\n[ \t]*(?:原|更正前|变更前|调整前|修改前)(?:为)?[ \t]*[:：][^\n]*\n[ \t]*$/u;

function nowLineUnderDeadline(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!NOW_LINE.test(text.slice(Math.max(0, lineStart - 1), at))) return false;
  const earlierStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  if (!EARLIER_LINE.test(text.slice(Math.max(0, earlierStart - 1), lineStart))) return false;
  const labelLine = text.slice(text.lastIndexOf('\n', earlierStart - 2) + 1, earlierStart);
  return DEADLINE_WORD.test(labelLine.replace(OTHER_CUTOFF, ''));
}

function mergeHits(a: DateHit[], b: DateHit[]): DateHit[] {
  return [...a, ...b].sort((x, y) => x.index - y.index);
}

// The parser asks for the publication day, the deadline and perhaps the sale day of one text in
// turn: the last text's dates are kept so it is normalised and scanned once, not three times.
let lastPrepared: { text: string; joined: string; hits: DateHit[] } | null = null;

function prepare(text: string): { joined: string; hits: DateHit[] } {
  if (lastPrepared?.text !== text) {
    // A date written in English (bilingual notices) is read as one written in Chinese.
    const joined = joinSplitDates(spellEnglishDates(displayText(text)));
    lastPrepared = { text, joined, hits: scanDates(joined) };
  }
  return lastPrepared;
}

/** For each accepted label occurrence in order, the first date starting shortly after it. */
function labelledDates(
  text: string,
  hits: DateHit[],
  label: RegExp,
  accept: (labelStart: number, labelText: string) => boolean = () => true,
  skipQuoted = false,
): DateHit[] {
  const out: DateHit[] = [];
  for (const m of text.matchAll(label)) {
    if (!accept(m.index, m[0])) continue;
    const labelEnd = m.index + m[0].length;
    const hit = hits.find((h) => h.index >= labelEnd && h.index <= labelEnd + LABEL_WINDOW);
    // A deadline past another 截止 or an "原…" belongs to that other wording ("更正事项:截止时间\n更正内容:原截止时间为…").
    if (hit && skipQuoted && QUOTED_BETWEEN.test(text.slice(labelEnd, hit.index))) continue;
    const between = hit ? text.slice(labelEnd, hit.index) : '';
    if (hit && NEXT_LABEL_BETWEEN.test(between) && !HEADING_OVER_TIME_FIELD.test(between)) continue;
    if (hit && !out.includes(hit)) out.push(hit);
  }
  return out;
}

function sameShanghaiDay(a: Date, b: Date): boolean {
  const day = (d: Date) => Math.floor((d.getTime() + 8 * 3_600_000) / 86_400_000);
  return day(a) === day(b);
}
