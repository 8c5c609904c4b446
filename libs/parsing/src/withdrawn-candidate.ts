import { readOrgAt, supplierNamesIn } from './org-names';

// A ranking may keep a candidate who gave up its place, noted so after its name ("某公司(已放弃)",
// "(放弃中标资格)", "(弃标)"); the candidate after it takes the place. Such a note is no part of a
// name, and the one it marks is no winner.
const WITHDRAWN_NOTE = /\s*\((?:已|自愿|主动|书面)?(?:放弃|弃标)(?:中标|成交|中选)?(?:资格)?\)$/u;
const NEXT_REACH = 200;
// "乙公司(中标)", "(递补为中标人)": the next candidate's own note says it took the place.
const TOOK_PLACE_NOTE = /\s*\((?:递补)?(?:为|确定为)?(?:中标|成交|中选)(?:人|单位|供应商)?\)$/u;

const WITHDRAWN_NOTE_IN_TEXT = new RegExp(WITHDRAWN_NOTE.source.replace(/\$$/u, ''), 'u');

/** Whether a name in the text is noted as having given up its place. */
export function withdrawalNoted(text: string): boolean {
  return WITHDRAWN_NOTE_IN_TEXT.test(text);
}

/** The name without a note that it withdrew, or null when it carries none. */
export function withdrawnName(name: string): string | null {
  return WITHDRAWN_NOTE.test(name) ? name.replace(WITHDRAWN_NOTE, '') : null;
}

/**
 * The winner once a withdrawn candidate is passed over: the next supplier named after it (and its
 * note), or null when none follows close by.
 */
export function nextAfterWithdrawn(text: string, noted: string): string | null {
  const at = text.indexOf(noted);
  if (at < 0) return null;
  const after = text.slice(at + noted.length, at + noted.length + NEXT_REACH);
  const base = withdrawnName(noted);
  for (const name of supplierNamesIn(after)) {
    const clean = withdrawnName(name) === null ? name.replace(TOOK_PLACE_NOTE, '') : null;
    if (clean && clean !== base && readOrgAt(clean, 0, 'supplier') === clean) return clean;
  }
  return null;
}
