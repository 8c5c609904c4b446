import { highlight } from '../lib/highlight';

/** Text with the searched terms in <mark>. Plain text only: React escapes it, no HTML is parsed. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return <>{highlight(text, terms).map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}
