import { toMatchText } from '@app/text';
import { withoutLiteralMark } from './hits/literal-entry';
import { StringInterner } from './string-interner';

// toMatchText costs ~3 us (OpenCC) and members repeat the same words, so normalise each distinct
// part once. Bounded so that a long-lived worker with churning keywords does not grow without
// limit; the interner is ~4× faster than a Map at this size.
const CACHE_LIMIT = 1_000_000;
let raw = new StringInterner();
let normalized: string[] = [];

function normalizePart(part: string): string {
  if (raw.size >= CACHE_LIMIT) {
    raw = new StringInterner();
    normalized = [];
  }
  const id = raw.intern(part);
  if (id === normalized.length) normalized.push(toMatchText(part));
  return normalized[id];
}

const SPACE = /\s/;

/**
 * Splits a keyword or exclude entry on white space into AND parts, each in match form.
 * Parts that normalise to nothing are dropped; an entry with no parts left never matches.
 * Duplicate parts are kept once. A leading literal mark ("=市政") is not part of the search.
 */
export function entryTerms(written: string): string[] {
  const entry = withoutLiteralMark(written);
  if (!SPACE.test(entry)) {
    const part = entry === '' ? '' : normalizePart(entry);
    return part === '' ? [] : [part];
  }
  const parts: string[] = [];
  for (const rawPart of entry.split(/\s+/)) {
    if (rawPart === '') continue;
    const part = normalizePart(rawPart);
    if (part !== '' && !parts.includes(part)) parts.push(part);
  }
  return parts;
}
