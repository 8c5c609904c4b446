import { NameTrie } from './name-trie';

describe('NameTrie', () => {
  const trie = new NameTrie<string>();
  for (const name of ['重庆', '重庆市', '渝中区', '江北', '江北区']) trie.add(name, name);
  trie.add('江北区', 'second 江北区');

  it('finds the longest name starting at a position, with every value filed under it', () => {
    expect(trie.longestAt('重庆市渝中区', 0)).toEqual({ end: 3, values: ['重庆市'] });
    expect(trie.longestAt('重庆市渝中区', 3)).toEqual({ end: 6, values: ['渝中区'] });
    expect(trie.longestAt('在江北区', 1)).toEqual({ end: 4, values: ['江北区', 'second 江北区'] });
  });

  it('falls back to a shorter name where the longer one breaks off, and to nothing at the end of the text', () => {
    expect(trie.longestAt('江北新城', 0)).toEqual({ end: 2, values: ['江北'] });
    expect(trie.longestAt('重', 0)).toBeUndefined();
    expect(trie.longestAt('重庆', 2)).toBeUndefined();
    expect(trie.longestAt('上海', 0)).toBeUndefined();
  });

  it('answers an exact key only', () => {
    expect(trie.get('江北')).toEqual(['江北']);
    expect(trie.get('江北新')).toEqual([]);
    expect(trie.get('渝中')).toEqual([]);
  });
});
