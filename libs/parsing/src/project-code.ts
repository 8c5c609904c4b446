import { cellUnderCodeHeader } from './code-column';
import { plainCodeDashes } from './code-dashes';
import { withoutGlossNote, withWrappedSerial } from './code-tail';
import { displayText } from './display-text';
import { ownRoundFirst } from './first-round-aside';
import { investmentCodeAfter } from './investment-code';
import { codeAfterProjectName } from './named-code';
import { correctedCode } from './corrected-code';
import { FRAMEWORK_AGREEMENT_CODE_LABEL } from './framework-agreement-code';
import { proseDocketCode, titleDocketCode } from './title-docket-code';

// Code labels, the tender's own number first. 采购计划编号/备案号 number a budget plan, not the
// tender, and 项目代码 (投资项目代码) numbers the investment project across all its tenders,
// so those come last: a 意向 or a small purchase may carry no number but its plan's, and then the
// plan number is how the buyer and the portal name it. An 意向 numbers itself (采购意向编号) the same
// way, before any tender exists.
const INVESTMENT_LABEL = /(?:投资)?项目(?:统一)?代码/gu;
const CONTRACT_LABEL = /合同编号/gu;
const CODE_LABELS: readonly RegExp[] = [
  /(?:采购|招标)?项目(?:文件)?编号(?:\([^()\n]{0,8}\))?|招标(?:文件|文书)?编号|采购(?:执行|文件)?编号|(?:询价|询比|磋商|谈判|比选|竞价)文件编号/gu,
  // A loan project (世界银行, 亚行, 亚投行) numbers the package it tenders: 采购包编号, 合同包编号.
  // A result may number itself only by the tender it closes (原公告编号), which is the tender's number.
  /(?:采购|合同)包编号|项目编码|(?:招标|原(?:招标|采购)?)公告编号|交易编号|工程编号|(?<!造价|工程|技术)咨询编号|(?:竞价|询价|询比|比选|比价|议价|磋商|谈判|竞谈|遴选|征集|招募|选聘|调研)编号|(?:订(?:购|货)?|竞价|询价|比价|采购|需求|寻源|定标)单(?:编)?号|投标编号|合约编号|标案(?:案|编)号|(?:招标)?案卷编号|(?:^|\n)\s*(?:编|案)号|(?<=[(（])(?:校内|院内|内部|系统内)?编号(?=\s*[:：])/gu,
  // A lot's number extends its project's ("E…0215001" under 交易编号 "E…0215"), so any number of the
  // procedure as a whole comes first, whichever line the notice writes first.
  /标段(?:\(包\))?编号/gu,
  INVESTMENT_LABEL,
  // The framework agreement a second-stage purchase buys under (framework-agreement-code).
  FRAMEWORK_AGREEMENT_CODE_LABEL,
  // A state firm's tendering company numbers the commission it takes (委托编号), and some of its notices
  // give no other number. A unit's own plan of purchases numbers itself 计划编号 without 采购.
  /(?:采购)?计划(?:编)?号|(?:招标|采购|项目)?备案(?:编)?号|(?:采购)?意向(?:公开)?编号|委托编号/gu,
  // A project on a World Bank or ADB loan numbers each contract package it tenders (合同编号) and
  // often gives no other number; elsewhere a 合同编号 numbers the contract signed after the award,
  // so it comes after every label of the procedure itself.
  CONTRACT_LABEL,
];
// Hong Kong numbers its tenders 投標編號/合約編號, Macau 招標案卷編號 (its tender dossier) and its calls for quotes
// 諮詢編號 (公開諮詢, below the tender threshold; a 造价咨询 job number is a consultant's, no procedure's), Taiwan 標案案號 (or 標案編號, or
// 案號 alone opening a line of its 決標公告); an e-mall purchase (电子卖场) has an
// order number (订单编号, 订单号, 订购单号 for a direct order) and no other, and a platform's bidding round a sheet number (竞价单号,
// 询价单号; a company's supplier portal its sourcing round 寻源单号 and its award 定标单号). Every purchasing method numbers its own procedure (比价编号, 议价编号, 遴选编号, a state firm’s 选聘编号, a market survey’s 调研编号) and
// its documents as the tender's (询价文件编号, 磋商文件编号 as 招标文件编号). A bare 编号 opens a line, or a bracket after the project's
// name in prose ("某项目（编号：X）于…组织比选"); a school or hospital buying on its own numbers it in-house there
// ("某项目（校内编号：X）已于…完成询价", 院内编号).
// After the label: "：", "为", spaces, a line break; or the bracket closing a label that apps
// write in brackets ("【项目编号】X", "[招标编号]X").
const FILLER = /^[\s:=|为】\]]*/u;
// A value ends at the end of the line, at the next "label：" or at clause punctuation.
// A bracket holding another "label:" (采购代理编号:…) ends it too.
// Aggregators join fields with "|": a bar ends the value too, and so does the next bracketed label
// after a space ("X [开标时间]…").
const VALUE_END = /[;；，,。|｜]|\s+\S{1,8}[:：]|\s+[【[]\p{Script=Han}{2,8}[】\]]|\s{2,}|[(（][^)）]*[:：]/u;
const PLACEHOLDER = /^(?:\/|无|见|详见|以系统|待定|暂无)/u;
// A colon inside means the next field was read ("【信息时间:2026-03-31】" under an empty 项目代码).
const ANOTHER_FIELD = /[:：]/u;
const MAX_CODE_LENGTH = 64;
const WHOLLY_BRACKETED = /^(?:【([^【】[\]]+)】|\[([^【】[\]]+)\])$/u;
const WHOLLY_QUOTED = /^[“"「『]([^“”"「」『』]+)[”"」』]$/u;
const OPENS_QUOTE = /^[“"「『]/u;
// A page footer's 网站备案号 (苏ICP备…号, 京公网安备…号) registers the website, not a procedure.
const SITE_FILING = /ICP|公网安备/iu;

/**
 * The bulletin's project number (项目编号/招标编号/采购编号, then 标段编号, then 投资项目代码),
 * as written, or null. A number split over two lines ("GLZFCG\n2014A 0057") is joined.
 */
export function extractProjectCode(text: string): string | null {
  const display = displayText(text);
  const corrected = correctedCode(display);
  if (corrected) return corrected;
  for (const label of CODE_LABELS) {
    // A contract notice may label only the contract's number and write the procurement's in a bracket
    // after the name of the project it closes ("所属采购项目：某项目（XLCG-2036-HW-045）"): the
    // procedure's number, however written, comes before the contract's.
    if (label === CONTRACT_LABEL && display.includes('合同编号')) {
      const named = codeAfterProjectName(display);
      if (named) return named;
    }
    for (const m of currentFirst(display, label)) {
      const code =
        readCode(display, m.index + m[0].length, nextItemNumber(display, m.index)) ??
        codeInColumn(display, m.index, m[0]) ??
        (label === INVESTMENT_LABEL ? investmentCodeAfter(display, m.index) : null);
      if (code) return code;
    }
  }
  return null;
}

// A notice re-tendering a failed round quotes the round before ("流标（原招标编号：X）…招标编号：X-2"), and a
// change quotes the notice it corrects ("原公告项目编号：X"): a label of the notice's own comes first, and
// the quoted one is read only when the notice gives none of its own (as a change mostly does).
const QUOTED_BEFORE = /原(?:公告|招标公告|采购公告)?的?$/u;

function currentFirst(text: string, label: RegExp): RegExpExecArray[] {
  const matches = [...text.matchAll(label)];
  const quoted = (m: RegExpExecArray) => QUOTED_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index));
  // A re-tender may quote the first round's number in a bracket after 首次公告… (first-round-aside.ts).
  return ownRoundFirst(text, [...matches.filter((m) => !quoted(m)), ...matches.filter(quoted)]);
}

/** The code in the first row under a code label that heads a table column. */
function codeInColumn(text: string, labelAt: number, label: string): string | null {
  const cell = cellUnderCodeHeader(text, labelAt, label);
  return cell ? readCode(cell, 0) : null;
}

// Excerpts flatten numbered fields ("1、招标编号：X2、招标项目内容：…"): the next item's number is
// glued to the code. Only the number that follows the label's own ends it, since codes end in digits.
const ITEM_NUMBER_BEFORE = /(?:^|[^\d\w])(?:(\d{1,2})\s*[、.．]|[(（](\d{1,2})[)）])\s*$/u;

function nextItemNumber(text: string, labelAt: number): number | null {
  const m = ITEM_NUMBER_BEFORE.exec(text.slice(Math.max(0, labelAt - 8), labelAt));
  const n = m?.[1] ?? m?.[2];
  return n ? Number(n) + 1 : null;
}

const WRAPPABLE = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/u;
const WRAPPED_TAIL = /^[A-Za-z0-9]{1,4}$/u;

function readCode(text: string, from: number, nextItem: number | null = null): string | null {
  const rest = text.slice(from, from + 200);
  const lines = rest.slice(FILLER.exec(rest)![0].length).split('\n');
  if (nextItem !== null) {
    const item = new RegExp(`(?:${nextItem}\\s*[、．.]|[(（]${nextItem}[)）])\\s*(?![号包标段])\\p{Script=Han}.*$`, 'u');
    lines[0] = lines[0].replace(item, '');
  }
  let value = withWrappedSerial(cut(lines[0]), lines[1]);
  // A code wrapped by the crawler: the first line has letters but no digits yet.
  if (value && !/\d/.test(value) && /^[A-Za-z]+$/.test(value) && lines[1]) value += cut(lines[1]).replace(/\s+/g, '');
  // A code wrapped after one of its hyphens ("ZJZC-2030-\n0456"): no code ends in a hyphen, so the next
  // line's letters and digits are its tail.
  if (value && /[-_]$/u.test(value) && lines[1] && /^\s*[A-Za-z0-9]/u.test(lines[1])) value += cut(lines[1]).replace(/\s+/g, '');
  // A narrow cell may wrap a code's last characters onto a line of their own ("QNYL2030ZC00\n87"): a
  // line holding nothing but a few letters or digits, below a line holding nothing but the code, is its tail.
  const tail = lines[1]?.trim();
  if (value && value === lines[0].trim() && WRAPPABLE.test(value) && tail && WRAPPED_TAIL.test(tail)) value += tail;
  value = withoutGlossNote(closeUp(value))
    .replace(/^[-—_]+/u, '')
    .replace(/^[(（【[]|[)）】\]]$/gu, (b) => (balanced(value, b) ? b : ''));
  // A code set wholly in a tag's brackets ("【GXZC2030-G1-0045】", "[AB-2030-01]") is the code inside them.
  value = value.replace(WHOLLY_BRACKETED, '$1$2');
  // A correction quotes the right number ("正确的项目编号为“DLZC-2034-FW-017”"): the code is inside the marks.
  value = value.replace(WHOLLY_QUOTED, '$1');
  // A quotation that runs on after it closes ("项目编号“X”有误") is prose about a number, not the field's value.
  if (OPENS_QUOTE.test(value)) return null;
  if (!value || PLACEHOLDER.test(value) || ANOTHER_FIELD.test(value) || !/\d/.test(value) || value.length > MAX_CODE_LENGTH) return null;
  if (SITE_FILING.test(value)) return null;
  return value;
}

// A code may be written in groups split by single spaces ("YQ 2028 JL 0062"), and is kept so; a space
// beside a Chinese character or a bracket is a page's layout ("第 35 号"), and goes.
const GROUP_GAP = /(?<=[A-Za-z0-9])[ \t\u3000](?=[A-Za-z0-9])/gu;

function closeUp(value: string): string {
  return value
    .split(GROUP_GAP)
    .map((group) => group.replace(/\s+/g, ''))
    .join(' ');
}

// Excerpts run fields together ("项目编号:HBYD-2023-32项目名称:…"): the next field's words end
// the code even without a space before them.
const NEXT_FIELD =
  /(?:原公告的)?(?:采购)?项目名称|名称|代理机构|批准|采购方式|预算|首次公告|公告日期|采购人|招标人|发布|[一二三四五六七八九十]、/u;

// A table flattened into one line with single spaces ("标段编号 JAXSL-2030-SG-03 第一中标候选人 某公司"):
// a code of Latin letters and digits ends where a space is followed by Chinese words, the next cell
// (but for a trailing 号, 包 or 标段, which belong to it).
const FLAT_ROW_CODE = /^[A-Za-z0-9][A-Za-z0-9\-_/.[\]]{3,}(?=[ \t\u3000]+(?![号包标段])\p{Script=Han})/u;

function cut(line: string): string {
  const end = VALUE_END.exec(line);
  let value = end ? line.slice(0, end.index) : line;
  const flat = FLAT_ROW_CODE.exec(value);
  if (flat) value = flat[0];
  const next = NEXT_FIELD.exec(value);
  if (next && next.index > 0) value = value.slice(0, next.index);
  // "(项目编号:MJZ2016017号)进行公开招标": the sentence's closing bracket ends the code; so does the
  // one of a title's tag ("【项目编号：X】某项目招标公告").
  const close = [...value.matchAll(/[)）\]】]/gu)].find((c) => !OPENER[c[0]].test(value.slice(0, c.index)));
  if (close) value = value.slice(0, close.index);
  return value.trim();
}

// Each closing bracket with the openers that match it: "QQZBZC[2019]1186)进行" closes its "[" and not its ")".
const OPENER: Record<string, RegExp> = { ')': /[(（]/u, '）': /[(（]/u, ']': /[[【]/u, '】': /[[【]/u };

// Keeps a bracket that closes one opened inside the code ("ZSHJ-2026-014(2)"), drops a stray
// one left over from the sentence ("招标编号:X4600002901004618001)").
function balanced(value: string, bracket: string): boolean {
  const pairs: Record<string, string> = { '(': ')', '（': '）', '【': '】', '[': ']' };
  const open = Object.keys(pairs).find((o) => o === bracket || pairs[o] === bracket)!;
  const close = pairs[open];
  return value.split(open).length - 1 === value.split(close).length - 1;
}

// A code in a title: letters and digits together, at least 8 long ("…采购公告-DDYJ-2022-608488",
// "…结果公告BB2021WHCGZ0851"), or a long run of digits.
// A number may end in "#" (SRJYZFCG-2022-003#), as lots and buildings are numbered.
const TITLE_CODE =
  /(?<![A-Za-z0-9])(?=[A-Za-z0-9\-_()[\]]*[A-Za-z])(?=[A-Za-z0-9\-_()[\]]*\d{3})[A-Za-z0-9][A-Za-z0-9\-_()[\]]{7,40}#?|(?<!\d)\d{12,24}(?!\d)/gu;

/**
 * The project number for a bulletin: the labelled one in the text; the title's code when the
 * text has none or masks it (sites mask the body and forget the title); else a code bracketed after
 * the project's name.
 */
export function projectCodeOf(title: string, text: string): string | null {
  // Dashes typed for hyphens (LLCG—2036—0931, 2036一0275) are read as hyphens (code-dashes.ts).
  const code = codeAsWritten(title, text);
  return code === null ? null : plainCodeDashes(code);
}

function codeAsWritten(title: string, text: string): string | null {
  const labelled = extractProjectCode(text);
  if (labelled && !labelled.includes('*')) return labelled;
  // A code in brackets at the title's end ("…询价公告（HXQY-XJ-2028-013）") leaves the bracket that closes it.
  const inTitle = [...displayText(title).matchAll(TITLE_CODE)].map((m) => withoutStrayBracket(m[0])).pop();
  // With no label and nothing in the title, the name field may close on the code in a bracket.
  // A county portal may number it only by a procurement 文号 in brackets after the project's name, in the
  // title or in the body's prose (title-docket-code.ts).
  const body = displayText(text);
  return inTitle ?? titleDocketCode(displayText(title)) ?? labelled ?? codeAfterProjectName(body) ?? proseDocketCode(body);
}

function withoutStrayBracket(code: string): string {
  return code.replace(/[)\]]$/u, (b) => (balanced(code, b) ? b : ''));
}
