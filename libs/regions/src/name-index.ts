import { divisionData } from './division-data';
import { commonAncestor, currentCode, getRegion } from './hierarchy';
import { NAME_ALIASES } from './region-aliases';
import { COMMON_WORD_SHORTS, GENERIC_NAMES, nameForms, type NameKind } from './region-names';
import { NameTrie } from './name-trie';
import type { Region } from './region.types';

/** 0 province, 1 city (地级), 2 county (县级): a bare name prefers the higher rank. */
export type Rank = 0 | 1 | 2;

/** What a name found in text may refer to. */
export interface NameEntry {
  code: string;
  kind: NameKind | 'alias';
  rank: Rank;
  /** An everyday word too (江南, 振兴): only counts where the text is known to be a place. */
  commonWord: boolean;
  /** One character plus 县/区/市 (范县, 和县): only counts at a word boundary (示范县 is not 范县). */
  needsBoundary: boolean;
}

// 香港/澳门 district names (东区, 大堂区) are everyday words and never name a mainland bulletin's place.
const SAR = /^8[12]/;

let cached: NameTrie<NameEntry> | undefined;

/** The name trie, built once on first use. */
export function nameIndex(): NameTrie<NameEntry> {
  cached ??= build();
  return cached;
}

/** Rank of a division for name matching. */
export function rankOf(region: Region): Rank {
  return region.level === 'province' ? 0 : region.level === 'city' ? 1 : 2;
}

function build(): NameTrie<NameEntry> {
  const trie = new NameTrie<NameEntry>();
  const seen = new Set<string>();
  const add = (text: string, code: string, kind: NameEntry['kind']): void => {
    const region = getRegion(code);
    const key = `${text}|${code}`;
    if (!region || seen.has(key) || GENERIC_NAMES.has(text)) return;
    seen.add(key);
    const rank = rankOf(region);
    trie.add(text, {
      code,
      kind,
      rank,
      commonWord: kind === 'short' && rank > 0 && COMMON_WORD_SHORTS.has(text),
      needsBoundary: kind !== 'short' && text.length === 2,
    });
  };
  for (const zone of divisionData().zones) add(zone.name, zone.hostCode, 'alias');
  for (const alias of NAME_ALIASES) {
    const host = commonAncestor(alias.hosts);
    if (host) add(alias.name, host, 'alias');
  }
  // After the aliases, so an alias (赣县) is not shadowed by the same text as a short form (赣县区).
  for (const region of divisionData().byCode.values()) {
    if (SAR.test(region.code) && region.level !== 'province') continue;
    // A retired row's names (凤翔县) point at its successor (凤翔区).
    const target = currentCode(region.code);
    for (const form of nameForms(region)) add(form.text, target, form.kind);
  }
  return trie;
}
