interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
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
 */
export class NameTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map() };

  add(key: string, value: T): void {
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /** The longest key starting at `start`, or undefined. Keys are BMP text, so indexes are UTF-16. */
  longestAt(text: string, start: number): TrieMatch<T> | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let found: TrieMatch<T> | undefined;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(text[i]);
      if (!node) break;
      if (node.values) found = { end: i + 1, values: node.values };
    }
    return found;
  }

  /** Every key that equals `key` exactly. */
  get(key: string): T[] {
    const match = this.longestAt(key, 0);
    return match && match.end === key.length ? match.values : [];
  }
}
