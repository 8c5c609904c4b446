import { decodeHTML } from 'entities';
import { toDisplayText } from '@app/text';
import { dropTableMarks, layOutTables } from './html-tables';
import { ATTRS, TAG } from './html-tags';

// Elements whose content is never text a reader sees.
const INVISIBLE = new RegExp(String.raw`<(script|style|head|noscript|template|iframe|object|svg)\b${ATTRS}>[\s\S]*?<\/\1\s*>`, 'gi');
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const CDATA_OR_DECL = /<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>/g;
// Elements that start a new line where they open or close.
const BLOCK_NAMES =
  'p|div|br|tr|li|ul|ol|dl|dt|dd|h[1-6]|table|thead|tbody|tfoot|caption|section|article|header|footer|aside|nav|blockquote|pre|hr|form|fieldset|address|center|figure|figcaption|main';
const BLOCK = new RegExp(String.raw`<\/?(?:${BLOCK_NAMES})\b${ATTRS}>`, 'gi');
// Table cells: a tab at each cell boundary, so a row stays one line with its cells apart.
const CELL = new RegExp(String.raw`<\/?(?:td|th)\b${ATTRS}>`, 'gi');

/**
 * Plain text of an HTML bulletin body: scripts, styles and comments dropped, block elements and
 * <br> as line breaks, tables one row a line (html-tables.ts), entities (named and numeric) decoded, then the
 * display normalisation of @app/text (NFKC, simplified characters, spaces collapsed).
 */
export function htmlToText(html: string): string {
  return toDisplayText(htmlToWrittenText(html), false);
}

/** The text of `html` as its author wrote it: the lines htmlToText reads, before the display normalisation. */
export function htmlToWrittenText(html: string): string {
  const visible = html
    .replace(COMMENT, '')
    .replace(CDATA_OR_DECL, '')
    .replace(INVISIBLE, '')
    // Line breaks in HTML source are not layout; only elements make lines.
    .replace(/[\r\n]+/g, ' ');
  // Tables are laid out as rows first; cells outside any <table> still end up apart.
  const lines = layOutTables(visible).replace(CELL, '\t').replace(BLOCK, '\n').replace(TAG, '');
  // Nested blocks (</td></tr><tr>, </p><div>) make runs of breaks: one line break each.
  const text = dropTableMarks(lines).replace(/[^\S\n]*\n\s*/g, '\n');
  // Decoded last, so "&lt;script&gt;" written in the text stays text.
  return decodeHTML(text);
}

/** True when a body looks like HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:p|div|br|table|tr|td|span|font|strong|b|html|body|h[1-6])\b[^>]*>|&(?:nbsp|lt|gt|amp|#\d+);/i.test(text);
}
