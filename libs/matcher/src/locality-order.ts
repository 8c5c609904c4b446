import { entryArray, entryOffset, R_FLAGS, R_KEYWORDS, RECORD, SCOPE_TITLE } from './index-layout';

/** The per-subscription arrays that a reordering moves together. */
export interface SubscriptionArrays {
  ids: string[];
  records: Int32Array;
  spill: Int32Array;
  regionStart: Int32Array;
  regionList: Int32Array;
  catStart: Int32Array;
  cats: Int32Array;
  kindStart: Int32Array;
  kinds: Int32Array;
}

/**
 * An order of the kept subscriptions in which those a bulletin reaches together sit together in
 * memory: by first region, first category, scope, then first keyword, i.e. roughly by posting
 * group. At 1M subscriptions matching is bound by cache misses on the records; this order made
 * it 1.7× faster than arrival order. Four stable counting-sort passes, least significant first.
 */
export function localityOrder(a: SubscriptionArrays, keep: Uint8Array, regions: number, categories: number, texts: number): Int32Array {
  const n = a.ids.length;
  const all = new Int32Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) if (keep[i]) all[kept++] = i;
  let order: Int32Array = all.subarray(0, kept);
  const firstKeyword = (i: number) => (a.records[i * RECORD + R_KEYWORDS] > 0 ? entryArray(a, i)[entryOffset(a, i)] : texts);
  order = stableSort(order, texts + 1, firstKeyword);
  order = stableSort(order, 2, (i) => a.records[i * RECORD + R_FLAGS] & SCOPE_TITLE);
  order = stableSort(order, categories + 1, (i) => (a.catStart[i] < a.catStart[i + 1] ? a.cats[a.catStart[i]] + 1 : 0));
  return stableSort(order, regions, (i) => (a.regionStart[i] < a.regionStart[i + 1] ? a.regionList[a.regionStart[i]] : 0));
}

/** The arrays with subscription `order[k]` moved to position k. */
export function permute(a: SubscriptionArrays, order: Int32Array): SubscriptionArrays {
  const n = order.length;
  const ids = new Array<string>(n);
  const records = new Int32Array(n * RECORD);
  const regionStart = new Int32Array(n + 1);
  const regionList = new Int32Array(a.regionList.length);
  const catStart = new Int32Array(n + 1);
  const cats = new Int32Array(a.cats.length);
  const kindStart = new Int32Array(n + 1);
  const kinds = new Int32Array(a.kinds.length);
  let regionCount = 0;
  let catCount = 0;
  let kindCount = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    ids[k] = a.ids[i];
    for (let f = 0; f < RECORD; f++) records[k * RECORD + f] = a.records[i * RECORD + f];
    for (let r = a.regionStart[i]; r < a.regionStart[i + 1]; r++) regionList[regionCount++] = a.regionList[r];
    regionStart[k + 1] = regionCount;
    for (let c = a.catStart[i]; c < a.catStart[i + 1]; c++) cats[catCount++] = a.cats[c];
    catStart[k + 1] = catCount;
    for (let c = a.kindStart[i]; c < a.kindStart[i + 1]; c++) kinds[kindCount++] = a.kinds[c];
    kindStart[k + 1] = kindCount;
  }
  // Spilled entry lists keep their offsets: the spill array itself does not move.
  return {
    ids,
    records,
    spill: a.spill,
    regionStart,
    regionList: regionList.slice(0, regionCount),
    catStart,
    cats: cats.slice(0, catCount),
    kindStart,
    kinds: kinds.slice(0, kindCount),
  };
}

function stableSort(input: Int32Array, keys: number, key: (i: number) => number): Int32Array {
  const count = new Int32Array(keys + 1);
  for (let j = 0; j < input.length; j++) count[key(input[j]) + 1]++;
  for (let k = 0; k < keys; k++) count[k + 1] += count[k];
  const sorted = new Int32Array(input.length);
  for (let j = 0; j < input.length; j++) sorted[count[key(input[j])]++] = input[j];
  return sorted;
}
