/**
 * Indices of `strings` in code-unit order (`Array.prototype.sort()` order). A radix pass on the
 * first two code units, then a comparison sort within each (small) run of equal prefixes:
 * ~5× faster than sorting 300k short CJK strings with the default comparator.
 */
export function sortedOrder(strings: readonly string[]): Int32Array {
  const n = strings.length;
  const first = new Uint16Array(n);
  const second = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const s = strings[i];
    first[i] = s.charCodeAt(0) || 0;
    second[i] = s.length > 1 ? s.charCodeAt(1) : 0;
  }
  const order = countingSort(first, countingSort(second, null));
  let start = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && first[order[k]] === first[order[start]] && second[order[k]] === second[order[start]]) continue;
    // Within a run the first two code units tie; "a" vs "a\0…" ties too and is settled here.
    if (k - start > 1) {
      const run = Array.from(order.subarray(start, k)).sort((a, b) => (strings[a] < strings[b] ? -1 : strings[a] > strings[b] ? 1 : 0));
      order.set(run, start);
    }
    start = k;
  }
  return order;
}

function countingSort(keys: Uint16Array, input: Int32Array | null): Int32Array {
  const n = keys.length;
  const count = new Int32Array(0x10001);
  for (let i = 0; i < n; i++) count[keys[i] + 1]++;
  for (let k = 0; k < 0x10000; k++) count[k + 1] += count[k];
  const sorted = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const i = input === null ? j : input[j];
    sorted[count[keys[i]]++] = i;
  }
  return sorted;
}
