// Postgres text cannot hold U+0000, and a lone UTF-16 surrogate has no UTF-8 form: the driver
// would store U+FFFD instead, so what we keep would differ from what was sent (and hashed).
// eslint-disable-next-line no-control-regex -- U+0000 is exactly the character Postgres text refuses
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string cannot be stored as sent, or null when it can. */
export function unstorableTextReason(s: string): string | null {
  const m = UNSTORABLE.exec(s);
  if (!m) return null;
  return m[0] === '\u0000' ? 'must not contain NUL characters' : 'must be valid Unicode (a lone UTF-16 surrogate was found)';
}

/**
 * Every string (and object key) under `value` that Postgres could not store as sent, by field
 * path (`keywords.0`). Walks iteratively so a hostile shape cannot exhaust the stack.
 */
export function findUnstorableText(
  value: unknown,
  root = '',
  skip: ReadonlySet<string> = new Set(),
): Array<{ field: string; message: string }> {
  const errors: Array<{ field: string; message: string }> = [];
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length && errors.length < 20) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      const reason = unstorableTextReason(v);
      if (reason) errors.push({ field: path || '(value)', message: `${path || 'value'} ${reason}` });
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const childPath = path ? `${path}.${k}` : k;
        if (!path && skip.has(k)) continue;
        if (unstorableTextReason(k)) errors.push({ field: childPath, message: `field name ${unstorableTextReason(k)}` });
        else stack.push([child, childPath]);
      }
    }
  }
  return errors.reverse();
}
