import { decodeHTML } from 'entities';

// Scraped and exported text carries marks that are no part of what was written:
// - zero-width spaces and joiners, word joiners, byte-order marks and soft hyphens, invisible
//   but splitting labels and names (采\u200b购人, 某某\u200d公司, 流\u00ad亭);
// - line breaks escaped twice by a JSON export, arriving as a backslash and "n" (or "r\n", "t");
// - HTML entities left in text that is otherwise plain (&nbsp; &amp; &yen; &#12288;).
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// A written escape is taken only next to Chinese text, a digit or an end of the text, so a path
// such as C:\new\tools stays as written.
const ESCAPED_BREAK = /\\(?:r\\n|[rnt])/g;
const ENTITY = /&(?:#\d{2,7}|#x[\da-f]{2,6}|[a-z][a-z\d]{1,31});/gi;

// Chinese text, full-width marks, digits or an end of text next to the escape.
function bulletinSide(c: string | undefined): boolean {
  return c === undefined || c > '\x7f' || /\d/.test(c);
}

/**
 * Text with invisible marks dropped, written line-break escapes and HTML entities turned into what they stand for.
 * Text decoded from HTML already (htmlToText) passes decodeEntities false, so "&amp;lt;" stays "&lt;".
 */
export function cleanScrapeNoise(text: string, decodeEntities = true): string {
  let out = text.replace(INVISIBLE, '');
  if (out.includes('\\')) {
    out = out.replace(ESCAPED_BREAK, (escape: string, at: number, whole: string) => {
      if (!bulletinSide(whole[at - 1]) && !bulletinSide(whole[at + escape.length])) return escape;
      return escape === '\\t' ? '\t' : '\n';
    });
  }
  if (decodeEntities && out.includes('&')) out = out.replace(ENTITY, (entity) => decodeHTML(entity));
  return out;
}
