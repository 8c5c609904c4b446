import { nameIndex, townIndex, type NameEntry } from './name-index';

/** A county's stem read from the name of a state forest enterprise seated there. */
export interface ForestBureau {
  start: number;
  end: number;
  entries: NameEntry[];
}

// The state forest enterprises of the 森工 groups (吉林, 龙江, 内蒙古大兴安岭) are 林业局 named after the
// county or city they are seated in, without its division word: 汪清林业局 in 汪清县, 阿尔山林业局 in
// 阿尔山市. A county government's own forestry office keeps the word (汪清县林业局), so a bare stem
// right before 林业局 is the enterprise's seat. Only a stem that is one county-level division with
// one of these words, and not part of a longer name found there. Bureaus seated in a forest town are
// named after the town (图里河林业局 in 图里河镇): a stem one 镇 or 乡 alone has names it, as weakly as a
// township school's stem does.
const BUREAU = /林业局/gu;
const DIVISION_WORDS = ['县', '市', '旗', '区'];
const STEM_MIN = 2;
const STEM_MAX = 4;
const ALL_HAN = /^\p{Script=Han}+$/u;

/** Forest enterprises' county stems in the text, skipping spans that overlap `taken`. */
export function forestBureausIn(text: string, taken: readonly { start: number; end: number }[]): ForestBureau[] {
  const out: ForestBureau[] = [];
  for (const m of text.matchAll(BUREAU)) {
    for (let length = STEM_MAX; length >= STEM_MIN; length--) {
      const start = m.index - length;
      const stem = text.slice(Math.max(0, start), m.index);
      if (start < 0 || !ALL_HAN.test(stem)) continue;
      // The stem alone may have been read as the county's short name, which says less: it is replaced.
      if (taken.some((x) => x.start < m.index && x.end > start && !(x.start >= start && x.end <= m.index))) break;
      const entries = countyOf(stem) ?? townOf(stem);
      if (entries === AMBIGUOUS) break;
      if (entries) {
        out.push({ start, end: m.index, entries });
        break;
      }
    }
  }
  return out;
}

// 白河林业局 sits in 安图县 (二道白河), not in 白河县 of 陕西: where the stem is also a township's of
// another county, it is left unread.
const AMBIGUOUS: NameEntry[] = [];

function countyOf(stem: string): NameEntry[] | null {
  const trie = nameIndex();
  const found = DIVISION_WORDS.flatMap((word) => {
    const name = stem + word;
    const match = trie.longestAt(name, 0);
    return match && match.end === name.length ? match.values.filter((e) => e.kind === 'full' && e.rank === 2) : [];
  });
  if (found.length !== 1) return null;
  const towns = townEntries(stem);
  return towns.every((t) => t.code.startsWith(found[0].code.replace(/0+$/u, ''))) ? found : AMBIGUOUS;
}

function townEntries(stem: string): NameEntry[] {
  const towns = townIndex();
  return ['镇', '乡'].flatMap((word) => towns.get(stem + word) ?? []);
}

function townOf(stem: string): NameEntry[] | null {
  const hits = townEntries(stem);
  return hits.length === 1 ? [{ ...hits[0], kind: 'townStem' }] : null;
}
