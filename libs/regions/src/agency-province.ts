import { suffixFirstMatches, toMatchText } from '@app/text';
import { AGENCY_COMPANY } from './bulletin-fields';
import { getRegion } from './hierarchy';
import { scanMentions } from './mention-scanner';

/**
 * The province an agency's own name gives, for a bulletin that names no place of its own. Agencies
 * are licensed and mostly work inside their province, so where nothing else names one, the
 * agency's province is a better answer than none; its city is not (an agency in the capital
 * runs tenders all over the province). Null unless all the agency names agree on one province.
 */
export function agencyProvince(input: { agency?: string | null; title?: string | null }): string | null {
  const names = [input.agency ?? '', ...suffixFirstMatches(toMatchText(input.title ?? ''), AGENCY_COMPANY)].map((n) =>
    typeof n === 'string' ? toMatchText(n) : n[0],
  );
  const provinces = new Set<string>();
  for (const name of names) {
    for (const m of scanMentions(name)) {
      const named = m.entries.filter((e) => e.kind !== 'town' && e.kind !== 'townStem' && e.kind !== 'townOffice');
      const codes = new Set(named.map((e) => `${e.code.slice(0, 2)}0000`));
      if (codes.size === 1) provinces.add([...codes][0]);
    }
  }
  const [only] = provinces;
  return provinces.size === 1 && getRegion(only) ? only : null;
}
