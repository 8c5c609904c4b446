import { readOrgAt } from './org-names';

// A cell too narrow for a long name wraps it onto the next line: "供应商名称：某省某某园林绿化\n工程有限
// 公司". When the label's own line holds only part of a name (name characters, no suffix) and the
// next line holds no label of its own, the two lines together are the name if they read as one.
// A label ending its line may have the wrapped name start on the line below.
const TWO_LINES =
  /^[ \t:：]*\n?[ \t]*([\p{Script=Han}A-Za-z0-9()·]{2,30})[ \t]*\n[ \t]*([\p{Script=Han}A-Za-z0-9()·]{2,20})[ \t]*(?=\n|$)/u;

/** The name wrapped over the label's line and the next, or null. */
export function wrappedNameAt(text: string, from: number): string | null {
  const m = TWO_LINES.exec(text.slice(from, from + 64));
  if (!m || readOrgAt(m[1], 0, 'supplier') !== null) return null;
  const joined = m[1] + m[2];
  return readOrgAt(joined, 0, 'supplier') === joined ? joined : null;
}
