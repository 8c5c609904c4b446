import { cleanTerms, TERM_MAX_LENGTH } from './subscription-terms';

describe('cleanTerms', () => {
  it('keeps a literal entry ("=市政") apart from the same word matched as a word', () => {
    expect(cleanTerms(['市政', '=市政', '＝市政'], 'keywords')).toEqual({ terms: ['市政', '=市政'], errors: [] });
    expect(cleanTerms(['='], 'keywords').errors).toEqual([{ field: 'keywords.0', message: 'has nothing to search for' }]);
  });

  it('trims, collapses white space and keeps the order', () => {
    expect(cleanTerms(['  道路  ', '道路\t 改造', '桥梁'], 'keywords')).toEqual({ terms: ['道路', '道路 改造', '桥梁'], errors: [] });
  });

  it('drops duplicates by what they search for, keeping the first spelling', () => {
    const { terms } = cleanTerms(['LED', 'led', 'ＬＥＤ', '道路 改造', '改造 道路', '電梯', '电梯'], 'keywords');
    expect(terms).toEqual(['LED', '道路 改造', '電梯']);
  });

  it('keeps "道 路" (both characters) apart from 道路 (the word)', () => {
    expect(cleanTerms(['道路', '道 路'], 'keywords').terms).toEqual(['道路', '道 路']);
  });

  it('names each bad entry by its index', () => {
    const { errors } = cleanTerms(['ok', '   ', 'x'.repeat(TERM_MAX_LENGTH + 1), '道'.repeat(TERM_MAX_LENGTH)], 'excludeWords');
    expect(errors).toEqual([
      { field: 'excludeWords.1', message: 'must not be empty' },
      { field: 'excludeWords.2', message: `must be at most ${TERM_MAX_LENGTH} characters` },
    ]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(cleanTerms(['𠀀'.repeat(TERM_MAX_LENGTH)], 'keywords').errors).toEqual([]);
  });
});
