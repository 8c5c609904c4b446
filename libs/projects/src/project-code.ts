import { toMatchText } from '@app/text';

/**
 * A project code in one spelling (NFKC, lower case, no spaces or separators), or null when it
 * cannot identify a project: masked ("****"), placeholder or too short to be unique.
 */
export function normaliseProjectCode(code: string | null | undefined): string | null {
  if (!code) return null;
  const s = toMatchText(code).replace(/[\s\-_/\\.·:：,，()[\]【】]/gu, '');
  if (s.includes('*') || s.includes('略') || s === 'undefined' || s === 'null') return null;
  if (s.length < 6 || !/\d/.test(s)) return null;
  return s;
}
