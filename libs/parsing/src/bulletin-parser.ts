import { toDisplayText, toMatchText } from '@app/text';
import { letsForRent } from './rent-taken-in';
import { placesFundsOrIssues } from './placed-funds';
import { RIGHTS_SALE } from './rights-sale';
import { batchTableTotal } from './batch-table-total';
import { extractBudget } from './budget';
import { selectsAnInvestor } from './project-investment';
import { plannedProjectBudget } from './planned-budget';
import { BulletinCategory, type NoticeKind, isBulletinCategory, readNoticeKind } from './category';
import { documentsOnSaleFrom, extractDeadline, extractPublishedAt, parseDateTime } from './dates';
import { knownDisplay } from './display-text';
import { unboxTables } from './box-tables';
import { htmlToWrittenText, looksLikeHtml } from './html-to-text';
import { WrittenNames } from './as-written';
import { fromMarkdown, markdownCellBreaks } from './markdown-text';
import { namesAWinner } from './notice-rules';
import { projectCodeOf } from './project-code';
import { readResultAmount } from './award-amount';
import { closeSpacedLabels, dropPictographs } from './spaced-labels';
import { joinBrokenLabels } from './broken-label';
import { joinBrokenFigures } from './broken-figure';
import { closeGroupedFigures } from './grouped-figures';
import { currentValuesOfChanges } from './former-result';
import { joinWrappedCells } from './wrapped-name';
import { joinMemberRows } from './member-rows';
import { joinFlatTables } from './flat-table';
import { splitHeaderRows } from './header-row-line';
import { splitSpacedRows } from './spaced-row-line';
import { breakLotRows } from './lot-rows-line';
import { deadlineColumn } from './deadline-column';
import { signupCutoff } from './signup-cutoff';
import { readLatinWan } from './latin-wan';
import { relativeDeadline } from './relative-deadline';
import { joinOneCellLines } from './one-cell-lines';
import { dropPageFoot } from './page-clutter';
import { dropPosterSummary } from './poster-summary';
import { dropRepostChrome } from './repost-chrome';
import { dropPageMarks } from './page-marks';
import { repairScanText } from './scan-ocr';
import { readParties } from './parties';
import { locateRegion } from './region';
import { trustedRegionText } from './crawler-region-text';
import { partyColumnsApart } from './party-columns';
import { barSpacedTables } from './spaced-cells';
import { closeHanSpaces, readWinners, readWinnersOf } from './winners';
import { dropMaskedTwins } from './masked-twin';
import { isForeignAmount, pricedInForeignCurrency, pricedInOwnCurrency } from './foreign-currency';
import { stripPinyinGlosses } from './spam-mirror';
import { dropOtherScriptGlosses } from './other-script';
import { dropPrefectureDotPrefix } from './prefecture-dot-prefix';
import { spellCircledNumbers } from './circled-numbers';
import { roundToCents } from './amounts';
import { failedWithoutWinner } from './failed-result';
import type { BulletinStage } from './stages';

/** A bulletin as a source delivers it. Explicit values win over what the text says. */
export interface BulletinInput {
  title?: string | null;
  body?: string | null;
  bodyHtml?: string | null;
  regionText?: string | null;
  buyer?: string | null;
  agency?: string | null;
  category?: string | null;
  publishedAt?: Date | string | null;
  budgetYuan?: number | string | null;
  /** 项目编号 as the source states it. */
  projectCode?: string | null;
}

export interface ParsedBulletin {
  title: string;
  /** Display text: HTML stripped, NFKC, simplified characters, whitespace tidied. */
  body: string;
  titleMatch: string;
  bodyMatch: string;
  category: BulletinCategory;
  regionCode: string | null;
  /** Names from the province down, e.g. ["重庆市", "渝中区"]. */
  regionPath: string[] | null;
  budgetYuan: number | null;
  /** The wording the budget was read from; null when the source gave it or there is none. */
  budgetSourceText: string | null;
  publishedAt: Date | null;
  deadlineAt: Date | null;
  projectCode: string | null;
  /** Finer kind of notice within the category; null when the text does not say. */
  stage: BulletinStage | null;
  /** 采购人/招标人/建设单位: the source's value, else read from the text. */
  buyer: string | null;
  /** 代理机构: the source's value, else read from the text. */
  agency: string | null;
  /** Winning or first-ranked bidders as written (award notices); empty when none is named. */
  winners: string[];
  /** 中标/成交金额 in yuan; never a budget. */
  awardYuan: number | null;
}

export interface ParseOptions {
  /** The caller already knows the region (the source gave a known code): reading places from the text is wasted work. */
  skipRegion?: boolean;
}

/**
 * Turns a source bulletin into the fields we store and match on. The one code path used by
 * ingest, the parse command and the accuracy report.
 */
export function parseBulletin(input: BulletinInput, options: ParseOptions = {}): ParsedBulletin {
  const title = stripPinyinGlosses(toDisplayText(repairScanText(spellCircledNumbers(input.title ?? ''))));
  const { display: body, written: writtenBody } = bodyTexts(input);
  // Labels spaced out to fill a cell (预 算 金 额：, 截 止 时 间：) are read closed up; the body
  // members see keeps its spacing.
  // A Latin w after a money figure (236.5W元) is 万. A spaced header run into its "|" row is set
  // on a line of its own, so the row's cells sit under their columns; so are the rows of a spaced
  // table run onto its header's line.
  // A page's foot (other notices listed, the site's footer) is not read for fields. Nor is a
  // repost's header (account stamp, IP属地, the poster's lead-in) or a lead-in line restating the
  // notice's figures rounded (约1.2亿元).
  // A label broken over two lines by a narrow cell is read on one; a space-grouped figure that
  // pushes a pasted table's row past its header's columns is read closed up.
  const ownBody = dropPageFoot(dropPosterSummary(dropRepostChrome(body, title), title));
  // Pictographs dressing a repost's or a 标讯 card's labels (⏰截止：, 🗓发布：, 📌编号：) are read without them, so
  // the labels stand at their lines' starts.
  // A PDF's page headers and footers (第 2 页 共 5 页, - 3 -) are dropped so the lines they fell between meet
  // again, and a money figure its fixed-width wrap broke over two lines is read on one (broken-figure.ts).
  const labelled = joinBrokenFigures(joinBrokenLabels(closeSpacedLabels(dropPictographs(dropPageMarks(ownBody)))));
  const fieldBody = knownDisplay(closeGroupedFigures(splitSpacedRows(splitHeaderRows(readLatinWan(labelled)))));
  const text = knownDisplay(title ? `${title}\n${fieldBody}` : fieldBody);
  knownDisplay(body);

  const { category, stage } = endedWithoutWinner(readNoticeKind({ title, body: fieldBody, explicit: input.category }), text, input);
  const publishedAt =
    explicitDate(input.publishedAt) ??
    extractPublishedAt(text, { result: category === 'award', intent: category === 'intent', contract: stage === 'contract' });
  const procurement = category !== 'news' && category !== 'proposed';
  // In a result an adviser's name may be the winner's; elsewhere it is the agency's.
  // A table written one cell a line is set back into rows, so its columns (a budget, a buyer) are read.
  const tableText = knownDisplay(joinFlatTables(text));
  const parties = readParties(tableText, title, { titleFallback: procurement, agencyFallback: procurement && category !== 'award' });
  // A sale of rights, shares or assets (rights-sale.ts) has a seller and bidders who buy, but no buyer that procures:
  // the first body named (出让人, 转让方, a court, a trading centre) is not read as one.
  const buyer = input.buyer?.trim() || (RIGHTS_SALE.test(title) ? null : parties.buyer);
  const agency = input.agency?.trim() || parties.agency;
  const region = options.skipRegion
    ? null
    : locateRegion({
        ...input,
        regionText: trustedRegionText({ regionText: input.regionText, buyer, title, body: ownBody }),
        buyer,
        agency,
        title,
        // A table whose tabs became spaces is read cell by cell (spaced-cells); the firms under its party
        // columns are read as another party's, not as the site (party-columns).
        body: partyColumnsApart(barSpacedTables(ownBody)),
      });
  // Taiwan, Hong Kong and Macau write their own money as plain 元 too.
  const localMoney = pricedInOwnCurrency(text, region?.code ?? null);
  const budget =
    explicitBudget(input.budgetYuan) ??
    (localMoney ? null : yuanOnly(text, textBudget(category, stage, title, knownDisplay(joinFlatTables(fieldBody)))));
  // Winners and award money belong to results; elsewhere such names are bidders or history.
  const awarded = category === 'award';
  const resultText = awarded ? resultTextOf(text) : text;
  // A 标讯 site's masked copy of a winner (甲***有限公司) is dropped when the notice names it in full.
  const winners = awarded ? dropMaskedTwins(readWinnersOf(resultText, [buyer, agency])) : [];
  // Parties' names and the project code leave the parser as the notice writes them (full-width
  // brackets, traditional characters); a source's own values are already so.
  const written = new WrittenNames(`${input.title ?? ''}\n${writtenBody}`);

  return {
    title,
    body,
    titleMatch: toMatchText(title),
    bodyMatch: toMatchText(body),
    category,
    regionCode: region?.code ?? null,
    regionPath: region?.path ?? null,
    budgetYuan: cents(budget?.yuan),
    budgetSourceText: budget?.sourceText ?? null,
    publishedAt,
    // A table of changes written one cell a line is read as rows, so a row's new date is told from its old one.
    deadlineAt: deadline(category, stage, tableText, publishedAt ?? documentsOnSaleFrom(text), publishedAt),
    projectCode: input.projectCode?.trim() || written.of(projectCodeOf(title, text)),
    stage,
    buyer: input.buyer?.trim() ? buyer : written.of(buyer),
    agency: input.agency?.trim() ? agency : written.of(agency),
    winners: [...new Set(winners.map((w) => written.of(closeHanSpaces(w))))],
    // A letting's rent is taken in (rent-taken-in.ts): its lessee wins, but no award is paid.
    awardYuan:
      awarded && !localMoney && !pricedInForeignCurrency(text) && !letsForRent(text) && !placesFundsOrIssues(text)
        ? cents(readResultAmount(resultText, winners))
        : null,
  };
}

// Lots' figures are added up in floating point (1,100,000.10 + 2,200,000.20 is 3,300,000.3000000003):
// money leaves the parser in whole cents.
function cents(yuan: number | null | undefined): number | null {
  return yuan === null || yuan === undefined ? null : roundToCents(yuan);
}

// A change to a result sets old and new values side by side: only the new ones are read. A
// name wrapped inside its table cell is read whole, and so is a consortium whose members fill rows
// of their own under the leader's; a table written one cell a line is set back into rows; emoji
// around labels and a PDF's page headers and footers are dropped; lot rows run onto one spaced line
// are set one a line.
function resultTextOf(text: string): string {
  return joinMemberRows(
    joinWrappedCells(joinFlatTables(joinOneCellLines(breakLotRows(currentValuesOfChanges(dropPageMarks(dropPictographs(text))))))),
  );
}

// A result that says its procedure failed and names nobody ended it, as a 流标 notice does (a
// category the source gave is kept). Only a winner named by a label, a table or a ranking counts:
// a failed notice lists the bidders it had (进入定标程序的投标人：A、B、C), and the first company
// name found anywhere, the fallback of an excerpt cut before its label, is one of them.
function endedWithoutWinner(read: NoticeKind, text: string, input: BulletinInput): NoticeKind {
  if (read.category !== 'award' || isBulletinCategory(input.category?.trim().toLowerCase()) || !failedWithoutWinner(text)) return read;
  return readWinners(resultTextOf(text)).length ? read : { category: 'other', stage: 'termination' };
}

interface BodyTexts {
  /** Display form: what members see and the rules read. */
  display: string;
  /** As the source wrote it (HTML laid out as lines), for giving names back in their own characters. */
  written: string;
}

// A table drawn with box characters is shown and read as rows of "|" cells, as pasted tables are.
// Bilingual pages of the autonomous areas lose the other script's glosses of Chinese labels and names,
// and a prefecture's 州·县 place prefix comes off the county name it is put before.
function bodyTexts(input: BulletinInput): BodyTexts {
  const { display, written } = plainBodyTexts(input);
  return { display: dropPrefectureDotPrefix(dropOtherScriptGlosses(display)), written };
}

// An HTML body is laid out as lines once: its display form is made from the written one.
function plainBodyTexts(input: BulletinInput): BodyTexts {
  // Circled list numbers are spelled out first: normalising would glue them to the name after them.
  // A scan's OCR text is shown and read with its damaged figures and dates (2O39年1l月, 1 2 8 . 5 0 万元,
  // Y1,O86.OO) and its 釆购 read back, before its spacing is tidied (scan-ocr.ts).
  if (input.bodyHtml?.trim()) {
    const written = htmlToWrittenText(spellCircledNumbers(input.bodyHtml));
    return { display: displayOf(written, { fromHtml: true, markdown: false }), written };
  }
  // A page a crawler wrote as Markdown is read as its plain text: its table rows' cell breaks (<br>) first,
  // so they are not taken for HTML.
  const body = markdownCellBreaks(spellCircledNumbers(input.body ?? ''));
  const fromHtml = looksLikeHtml(body);
  const written = fromHtml ? htmlToWrittenText(body) : body;
  return { display: displayOf(written, { fromHtml, markdown: true }), written };
}

// Text laid out from HTML has its entities decoded already; a body field may be Markdown either way.
function displayOf(written: string, how: { fromHtml: boolean; markdown: boolean }): string {
  const display = toDisplayText(repairScanText(written), !how.fromHtml);
  return unboxTables(stripPinyinGlosses(how.markdown ? fromMarkdown(display) : display));
}

// An award notice's money is what was bid or won; it has no budget to filter on. A change notice
// restates (or corrects) figures of the tender it amends: the tender itself carries the budget, so
// the change carries none, however its corrected 控制价 is worded. (Only when the text says what kind
// of change it is: a notice classed a change with no such word may be a tender after all.)
// A press report states its headline figure up front (title, lead paragraph); the figures after
// it are single projects of the batch or the region's yearly totals.
const NEWS_LEAD_CHARS = 400;

function textBudget(category: BulletinCategory, stage: BulletinStage | null, title: string, body: string) {
  if (category === 'award' || (category === 'change' && stage !== null)) return null;
  if (category === 'news') {
    // A table of the batch's projects opening the report is summed up by its 合计 row.
    const total = batchTableTotal(body);
    if (total && total.headerAt < NEWS_LEAD_CHARS) return total;
    return extractBudget(`${title}\n${body.slice(0, NEWS_LEAD_CHARS)}`, { bidPricesQuoted: true });
  }
  const text = title ? `${title}\n${body}` : body;
  if (category === 'proposed') return plannedProjectBudget(text);
  // A procedure that failed (流标, 废标) may list the bids it got beside the ceiling it had, and a
  // bid opening record (开标记录) lists them all: the bids make no result of either, so the ceiling
  // is read as any tender's. One that ranks candidates is a result page however it is titled.
  const bidsBesideCeiling = stage === 'termination' || stage === 'bid_opening';
  // An investor selection (PPP, 特许经营, 投资人) costs what it caps, never the project's 总投资 it
  // also states (project-investment.ts).
  return extractBudget(text, { bidPricesQuoted: bidsBesideCeiling && !namesAWinner(text), procurementOnly: selectsAnInvestor(text) });
}

function yuanOnly<T extends { sourceText: string }>(text: string, budget: T | null): T | null {
  return budget && !isForeignAmount(text, budget.sourceText) ? budget : null;
}

function explicitBudget(value: number | string | null | undefined): { yuan: number; sourceText: null } | null {
  const yuan = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  // 0 is what feeds print when they do not know the budget.
  return typeof yuan === 'number' && Number.isFinite(yuan) && yuan > 0 ? { yuan, sourceText: null } : null;
}

function explicitDate(value: Date | string | null | undefined): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string' || !value.trim()) return null;
  // ISO timestamps carry their zone; anything else is read as a Chinese date in Shanghai time.
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const iso = new Date(value);
    return Number.isNaN(iso.getTime()) ? null : iso;
  }
  return parseDateTime(value);
}

// Award notices quote the past opening time, and a "deadline" before publication is a date
// quoted from an earlier notice: neither is a deadline a member can still meet.
// An opening record reports an opening that has happened; a procedure that failed or was ended
// (流标, 废标, 终止) quotes the dates of a tender nobody can still answer.
// A list of tenders states no deadline in prose but in a column of its table. A letting or an 入围征集
// takes registrations, not bids: the close of 报名 is its deadline.
// A reminder's "明天9:30截止" counts from the day it states it was published (relative-deadline.ts).
function deadline(
  category: BulletinCategory,
  stage: BulletinStage | null,
  text: string,
  noticeDay: Date | null,
  published: Date | null,
): Date | null {
  // A plan, a preview or a call for comments or prices (intent) takes no bids: the cut-off it gives is
  // for remarks or quotes, and the bid deadline comes with the tender that follows.
  // A sale of land or assets (竞买申请截止), a contract, an acceptance, a planned project's 公示 (its
  // 意见反馈 cut-off) and a press report take no bids either: only a tender or a change to one has a
  // deadline a member can still meet.
  if (category !== 'tender' && category !== 'change') return null;
  if (stage === 'bid_opening' || stage === 'termination') return null;
  const found = extractDeadline(text, noticeDay) ?? deadlineColumn(text) ?? signupCutoff(text) ?? relativeDeadline(text, published);
  if (found && noticeDay && found.getTime() < noticeDay.getTime() - 86_400_000) return null;
  return found;
}
