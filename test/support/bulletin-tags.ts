/** A rig bulletin's tag (B0001…), as its title carries it. */
export const BULLETIN_TAG = /B\d{4,6}/;

// A tag stands alone: not inside a longer run of letters and digits. Links are left out first:
// their signed tokens are base64url, where B and four digits turn up about once in 3,000 links —
// enough, over the few hundred links of a run, to "find" a bulletin no email carried.
const STANDALONE_TAG = /(?<![A-Za-z0-9_-])B\d{4,6}(?![0-9])/g;
const LINK = /[a-z][a-z0-9+.-]*:\/\/\S+/gi;

/**
 * The bulletins an email's text lists in full: their tags, once each. Lines that only refer back
 * to a bulletin listed above ("另见上文") and links are not read.
 */
export function bulletinTagsInEmail(text: string): Set<string> {
  const listed = text
    .split('\n')
    .filter((l) => !l.includes('另见上文'))
    .join('\n')
    .replace(LINK, ' ');
  return new Set(listed.match(STANDALONE_TAG) ?? []);
}
