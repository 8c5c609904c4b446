// Crawlers that turn a bulletin page into Markdown (HTML-to-Markdown readers) deliver its text with the
// markup on: "# " headings, "**采购人名称：**某某局" labels in bold, tables as "| a | b |" rows under a
// "| --- | --- |" rule (a cell's own line breaks written <br>), "- " and "* " bullets, links
// "[点击下载招标文件](http://…)" and images "![](…)" in the middle of fields, punctuation escaped (\*, \_, \-,
// 1\.). The markup says how the page looked, not what it says: a label in bold is a label, a Markdown table
// row is a table row written as pasted tables are ("a | b"), a link's text is text and its address is not,
// an image is nothing, and an escaped character is itself. A row of links and nothing else is the page's
// navigation.
//
// The text is read as Markdown only when it shows markup no plain bulletin carries (a heading, a bold run
// opening a line, a table rule, a link or image, an escaped punctuation mark): a masked name
// (南通**科技有限公司) in a plain text keeps its stars.

const HEADING = /^#{1,6} +\S/m;
const LINE_BOLD = /^(?:[-*+] +|\d+\. +)?\*\*[^*\n]+\*\*/m;
const RULE_CELL = String.raw` *:?-{3,}:? *`;
const TABLE_RULE = new RegExp(String.raw`^\|?${RULE_CELL}(?:\|${RULE_CELL})+\|?$|^\|${RULE_CELL}\|$`);
const TABLE_RULE_ANY = new RegExp(TABLE_RULE.source, 'm');
const LINK_TARGET = String.raw`\((?:https?:\/\/|www\.|\/|\.{1,2}\/|mailto:|#)[^()\s]*(?: +"[^"\n]*")?\)`;
const IMAGE = new RegExp(String.raw`!\[[^\]\n]*\]${LINK_TARGET}`, 'g');
const LINK = new RegExp(String.raw`(?<!\\)\[([^\]\n]*)\]${LINK_TARGET}`, 'g');
const ANY_LINK = new RegExp(String.raw`\[[^\]\n]*\]${LINK_TARGET}`);
// Markdown's escapable punctuation; an escaped "|" stays escaped, for it would open a new cell.
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>~])/g;
const ANY_ESCAPE = /\\[`*_{}[\]()#+\-.!>~]/;
const BOLD = /\*\*(?=[^\s*])([^*\n]*?[^\s*])\*\*/g;
const CELL_BREAK = /<br\s*\/?>/gi;
const HAS_CELL_BREAK = /<br\s*\/?>/i;
const NAV_LABEL = /^(?:友情链接|相关链接|快速链接|快捷导航|网站导航|导航)[:：]?$/;

/** Whether a text carries Markdown markup that a plain bulletin does not. */
export function looksLikeMarkdown(text: string): boolean {
  return HEADING.test(text) || LINE_BOLD.test(text) || TABLE_RULE_ANY.test(text) || ANY_LINK.test(text) || ANY_ESCAPE.test(text);
}

/**
 * A Markdown table's cell breaks (<br>) written as spaces, so the row stays one line and the text is not
 * taken for HTML; other text is returned as it is.
 */
export function markdownCellBreaks(text: string): string {
  if (!HAS_CELL_BREAK.test(text) || !TABLE_RULE_ANY.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (/^\s*\|.*\|\s*$/.test(line) ? line.replace(CELL_BREAK, ' ') : line))
    .join('\n');
}

/** Display text with its Markdown markup read as plain text; text without Markdown is returned as it is. */
export function fromMarkdown(text: string): string {
  if (!looksLikeMarkdown(text)) return text;
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    if (TABLE_RULE.test(raw.trim()) || /^(?:-{3,}|\*{3,}|_{3,})$/.test(raw.trim())) continue;
    if (isNavigation(raw)) continue;
    let line = raw
      .replace(IMAGE, '')
      .replace(LINK, '$1')
      .replace(/^#{1,6} +(.*?)(?: +#+)?$/, '$1')
      .replace(/^> ?/, '')
      .replace(/^[-*+] +/, '')
      .replace(BOLD, '$1')
      .replace(ESCAPE, '$1');
    const row = /^\|(.*)\|$/.exec(line.trim());
    if (row) line = row[1];
    line = line.replace(/[^\S\n]+/g, ' ').trim();
    if (!line && !raw.trim()) lines.push('');
    else if (line) lines.push(line);
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// A page's navigation: two or more links with nothing between them but separators, perhaps under a
// label of its own (友情链接：).
function isNavigation(line: string): boolean {
  const links = line.match(LINK);
  if (!links || links.length < 2) return false;
  const rest = line.replace(LINK, '').replace(/[|｜·•/、,，\s]+/g, '');
  return rest === '' || NAV_LABEL.test(rest);
}
