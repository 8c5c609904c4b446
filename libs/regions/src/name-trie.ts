interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values?: T[];
}

/** Longest match of a trie key starting at a text position. */
export interface TrieMatch<T> {
  end: number;
  values: T[];
}

/**
 * Character trie over region names. Scanning a bulletin walks it once per position, so the cost
 * depends on the text length, not on the ~10k names (a loop of `includes` would be 10k passes).
 * Most positions start no name at all, so the first character is looked up in a flat table by its
 * code, and deeper steps key on codes too: indexing a string by position would make a new
 * one-character string for every CJK character read.
 */
export class NameTrie<T> {
  private readonly first: Array<TrieNode<T> | undefined> = new Array<TrieNode<T> | undefined>(0x10000).fill(undefined);

  add(key: string, value: T): void {
    let node: TrieNode<T> | undefined;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node ? node.next.get(code) : this.first[code];
      if (!child) {
        child = { next: new Map() };
        if (node) node.next.set(code, child);
        else this.first[code] = child;
      }
      node = child;
    }
    if (node) (node.values ??= []).push(value);
  }

  /** The longest key starting at `start`, or undefined. Keys are BMP text, so indexes are UTF-16. */
  longestAt(text: string, start: number): TrieMatch<T> | undefined {
    if (start >= text.length) return undefined;
    let node = this.first[text.charCodeAt(start)];
    let found: TrieMatch<T> | undefined;
    for (let i = start + 1; node; i++) {
      if (node.values) found = { end: i, values: node.values };
      if (i >= text.length) break;
      node = node.next.get(text.charCodeAt(i));
    }
    return found;
  }

  /** Every key that equals `key` exactly. */
  get(key: string): T[] {
    const match = this.longestAt(key, 0);
    return match && match.end === key.length ? match.values : [];
  }
}
