import { toDisplayText } from '@app/text';

// Every reader accepts raw text and normalises it first, so one bulletin's text is normalised by
// each of them in turn; traditional → simplified conversion is most of the parser's time. The
// last few results are kept: a repeat costs a string comparison.
const CACHE_SIZE = 8;
const cache = new Map<string, string>();

/** toDisplayText, remembered for the last few texts. */
export function displayText(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const display = toDisplayText(text);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, display);
  // Display text is its own display form: a reader handed it gets it back at once.
  if (display !== text && cache.size < CACHE_SIZE) cache.set(display, display);
  return display;
}

/** Records that a text is already in display form, so readers skip normalising it again. */
export function knownDisplay(text: string): string {
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, text);
  return text;
}
