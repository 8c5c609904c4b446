import { readOrgAt } from './org-names';

// Taiwan's, Hong Kong's and Macau's portals head a notice with the body that issues it, a space, the
// kind of notice and a colon before the work: "臺東縣政府 決標公告：某工程", "路政署 招標公告更正：某工程".
// The body so set apart is the one buying; a title run on without the space ("某县政府决标公告") is read
// as other titles are.
const ISSUER_TITLE = /^(\p{Script=Han}{3,24})[ \t\u3000]+[^\s:：]{0,8}?(?:公告|启事|通知|合约|预告)[^\s:：]{0,4}[:：]/u;

/** The body a title names before a space and its notice kind, or null. */
export function titleIssuer(title: string): string | null {
  const m = ISSUER_TITLE.exec(title.trim());
  if (!m) return null;
  const name = readOrgAt(m[1], 0, 'any');
  return name === m[1] ? name : null;
}
