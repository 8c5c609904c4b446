import { entryTerms } from './entry-terms';
import { regionAncestors } from './region-codes';

describe('regionAncestors', () => {
  it('walks district → city → province by code arithmetic', () => {
    expect(regionAncestors('420102')).toEqual(['420102', '420100', '420000']);
    expect(regionAncestors('500103')).toEqual(['500103', '500100', '500000']);
    expect(regionAncestors('429004')).toEqual(['429004', '429000', '420000']);
    expect(regionAncestors('420100')).toEqual(['420100', '420000']);
    expect(regionAncestors('500000')).toEqual(['500000']);
  });

  it('gives nothing for a missing or malformed code', () => {
    expect(regionAncestors(null)).toEqual([]);
    expect(regionAncestors('5001')).toEqual([]);
    expect(regionAncestors('50010x')).toEqual([]);
  });
});

describe('entryTerms', () => {
  it('splits on any white space and normalises each part', () => {
    expect(entryTerms(' 道路　改造 LED ')).toEqual(['道路', '改造', 'led']);
    expect(entryTerms('ＬＥＤ顯示屏')).toEqual(['led显示屏']);
  });

  it('drops blank and repeated parts', () => {
    expect(entryTerms('   ')).toEqual([]);
    expect(entryTerms('道路 道路')).toEqual(['道路']);
  });
});
