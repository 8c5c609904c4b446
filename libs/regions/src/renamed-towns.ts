import type { NameEntry } from './name-index';

// Townships move up: a 乡 becomes a 镇, a 镇 a 街道 (泽当镇 → 泽当街道), and the division data is a
// few years behind. Notices write the name of either side: the new one the data does not know yet,
// or the old one that seals and addresses keep. A name no township holds is the same place as its
// stem under the word before or after it. Nothing becomes a 乡, and 乡 also ends words (城乡, 家乡),
// so a 乡 name is never read this way.
const OTHER_WORDS: Readonly<Record<string, readonly string[]>> = {
  镇: ['乡', '街道'],
  街道: ['镇'],
};
const TOWN = /^(\p{Script=Han}{2,}?)(镇|街道)$/u;
// Found names only, one array each (a name repeated in a text is one name); text that names no
// township is not kept, so the cache stays as small as the township list.
const found = new Map<string, NameEntry[]>();

/**
 * The townships a name no township holds stands for under its neighbouring township word, or
 * undefined. `towns` is the township index, by full name.
 */
export function renamedTownEntries(name: string, towns: ReadonlyMap<string, NameEntry[]>): NameEntry[] | undefined {
  const known = found.get(name);
  if (known) return known;
  const match = TOWN.exec(name);
  if (!match || towns.has(name)) return undefined;
  const [, stem, word] = match;
  let out: NameEntry[] | undefined;
  for (const other of OTHER_WORDS[word]) {
    for (const e of towns.get(stem + other) ?? []) if (!out?.some((x) => x.code === e.code)) (out ??= []).push(e);
  }
  if (out) found.set(name, out);
  return out;
}
