import {
  entryArray,
  entryOffset,
  KEYWORDLESS,
  NATIONWIDE,
  R_FLAGS,
  R_KEYWORDS,
  RECORD,
  SCOPE_TITLE,
  SLOT_TITLE,
  SLOT_TITLE_BODY,
  slotOf,
  type BuildProgress,
  type CompiledIndex,
} from './index-layout';
import { PostingTable } from './posting-table';

type Parsed = Omit<CompiledIndex, 'postings' | 'keywordless'>;

/**
 * Posts each keyword entry under its rarest part (an AND entry needs every part anyway, and the
 * rarest reaches the fewest needless candidates), once per region and category of its
 * subscription. Keyword-less subscriptions go to a (region, category) map instead.
 */
export function buildPostings(ix: Parsed, report: BuildProgress): Pick<CompiledIndex, 'postings' | 'keywordless'> {
  const { records, textPartStart, textParts } = ix;
  const keywordCount = (i: number) => records[i * RECORD + R_KEYWORDS];
  const frequency = new Int32Array(ix.automaton.termCount);
  for (let i = 0; i < ix.count; i++) {
    const entries = entryArray(ix, i);
    const from = entryOffset(ix, i);
    for (let e = from; e < from + keywordCount(i); e++) {
      const t = entries[e];
      for (let p = textPartStart[t]; p < textPartStart[t + 1]; p++) frequency[textParts[p]]++;
    }
  }
  // Rarest part per distinct text, -1 for a blank entry (never matches, never posted).
  const best = new Int32Array(ix.texts.length).fill(-1);
  for (let t = 0; t < ix.texts.length; t++) {
    for (let p = textPartStart[t]; p < textPartStart[t + 1]; p++) {
      if (best[t] < 0 || frequency[textParts[p]] < frequency[best[t]]) best[t] = textParts[p];
    }
  }
  const categoryKeys = ix.categoryIds.size + 1;
  const { regionStart, regionList, catStart, cats } = ix;
  // Sized exactly in a first pass: one posting per (keyword entry, region, category).
  let total = 0;
  for (let i = 0; i < ix.count; i++) {
    const fanOut = Math.max(1, regionStart[i + 1] - regionStart[i]) * Math.max(1, catStart[i + 1] - catStart[i]);
    total += keywordCount(i) * fanOut;
  }
  const terms = new Int32Array(total);
  const slots = new Int32Array(total);
  const subs = new Int32Array(total);
  let n = 0;
  const keywordless = new Map<number, number[]>();
  for (let i = 0; i < ix.count; i++) {
    const flags = records[i * RECORD + R_FLAGS];
    const scopeBit = flags & SCOPE_TITLE ? SLOT_TITLE : SLOT_TITLE_BODY;
    // An empty region list means nationwide; an empty category list means every kind (key 0).
    const r0 = regionStart[i];
    const regionEnd = regionStart[i + 1];
    const r1 = Math.max(regionEnd, r0 + 1);
    const c0 = catStart[i];
    const catEnd = catStart[i + 1];
    const c1 = Math.max(catEnd, c0 + 1);
    const entries = entryArray(ix, i);
    const from = entryOffset(ix, i);
    for (let e = from; e < from + keywordCount(i); e++) {
      const term = best[entries[e]];
      if (term < 0) continue;
      for (let r = r0; r < r1; r++) {
        const region = r < regionEnd ? regionList[r] : NATIONWIDE;
        for (let c = c0; c < c1; c++) {
          terms[n] = term;
          slots[n] = slotOf(region, scopeBit, c < catEnd ? cats[c] + 1 : 0, categoryKeys);
          subs[n++] = i;
        }
      }
    }
    if (flags & KEYWORDLESS) {
      for (let r = r0; r < r1; r++) {
        const region = r < regionEnd ? regionList[r] : NATIONWIDE;
        for (let c = c0; c < c1; c++) append(keywordless, region * categoryKeys + (c < catEnd ? cats[c] + 1 : 0), i);
      }
    }
    if (i % 50_000 === 0) report('postings', i, ix.count);
  }
  const slotCount = ix.regionIds.size * 2 * categoryKeys;
  const postings = new PostingTable(
    ix.automaton.termCount,
    slotCount,
    ix.count,
    terms.subarray(0, n),
    slots.subarray(0, n),
    subs.subarray(0, n),
  );
  report('postings', ix.count, ix.count);
  const frozen = new Map<number, Int32Array>();
  for (const [key, list] of keywordless) frozen.set(key, Int32Array.from(list));
  return { postings, keywordless: frozen };
}

function append(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
