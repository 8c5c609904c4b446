import { addTerms, cleanTerm, dedupeTerms, removeTermAt, splitTermInput, termKey, termParts } from './terms';

describe('keyword chips', () => {
  it('reads a leading = as the literal mark: not part of the search, but a different entry', () => {
    expect(termParts('=市政')).toEqual(['市政']);
    expect(termKey('=市政')).not.toBe(termKey('市政'));
    expect(termKey('＝市政')).toBe(termKey('=市政'));
  });

  it('keeps a space inside an entry: both parts must appear', () => {
    expect(addTerms([], '道路 改造').terms).toEqual(['道路 改造']);
    expect(termParts('道路   改造')).toEqual(['道路', '改造']);
    expect(cleanTerm('  道路\u3000 改造 ')).toBe('道路 改造');
  });

  it('splits a pasted list on commas, 、 and new lines, not on spaces', () => {
    expect(splitTermInput('道路，桥梁、市政 改造\n绿化;照明')).toEqual(['道路', '桥梁', '市政 改造', '绿化', '照明']);
    expect(addTerms(['道路'], '桥梁,隧道').added).toEqual(['桥梁', '隧道']);
  });

  it('drops duplicates: same parts in any order, full-width or upper case', () => {
    const r = addTerms(['道路 改造', 'led'], '改造 道路, ＬＥＤ, 道路');
    expect(r.terms).toEqual(['道路 改造', 'led', '道路']);
    expect(r.rejected).toEqual([
      { term: '改造 道路', reason: 'duplicate' },
      { term: 'ＬＥＤ', reason: 'duplicate' },
    ]);
    expect(termKey('B a')).toBe(termKey('A  b'));
  });

  it('rejects empty input, entries over 30 characters and entries over the plan limit', () => {
    expect(addTerms(['道路'], '   ').rejected).toEqual([{ term: '', reason: 'empty' }]);
    expect(addTerms([], '长'.repeat(31)).rejected[0].reason).toBe('too_long');
    expect(addTerms([], '长'.repeat(30)).terms).toHaveLength(1);
    const r = addTerms(['a', 'b'], 'c, d', 3);
    expect(r.terms).toEqual(['a', 'b', 'c']);
    expect(r.rejected).toEqual([{ term: 'd', reason: 'limit' }]);
  });

  it('removes by position and dedupes a stored list', () => {
    expect(removeTermAt(['道路', '桥梁', '隧道'], 1)).toEqual(['道路', '隧道']);
    expect(removeTermAt(['道路'], 5)).toEqual(['道路']);
    expect(dedupeTerms(['道路', ' 道路 ', '桥梁', '桥梁 '])).toEqual(['道路', '桥梁']);
  });
});
