import { foldPartyName } from '@app/projects';

/** A bulletin's parties, folded, with the role each has; the same organisation may have several. */
export function bulletinParties(b: {
  buyer: string | null;
  agency: string | null;
  winners: string[];
}): Array<{ folded: string; role: 'buyer' | 'agency' | 'winner' }> {
  const out: Array<{ folded: string; role: 'buyer' | 'agency' | 'winner' }> = [];
  const add = (name: string | null, role: 'buyer' | 'agency' | 'winner') => {
    const folded = foldPartyName(name);
    if (folded) out.push({ folded, role });
  };
  add(b.buyer, 'buyer');
  add(b.agency, 'agency');
  for (const w of b.winners ?? []) add(w, 'winner');
  return out;
}
