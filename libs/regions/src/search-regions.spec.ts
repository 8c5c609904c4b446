import { searchRegions } from './index';

const codes = (q: string, limit?: number): string[] => searchRegions(q, limit).map((r) => r.code);

describe('searchRegions', () => {
  it('finds a division by its short form', () => {
    expect(codes('重庆')[0]).toBe('500000');
    expect(codes('渝中')).toEqual(['500103']);
    expect(codes('广西')[0]).toBe('450000');
  });

  it('ranks provinces, then cities, then districts', () => {
    expect(searchRegions('朝阳').map((r) => r.level)).toEqual(['city', 'district', 'district', 'district']);
    expect(codes('吉林').slice(0, 2)).toEqual(['220000', '220200']);
  });

  it('matches a substring and prefers exact and prefix matches within a level', () => {
    expect(codes('甘孜')).toEqual(['513300', '513328']);
    expect(codes('仁寿')).toEqual(['511421']);
    expect(codes('宁波')).toEqual(['330200']);
  });

  it('normalises traditional characters and full-width input', () => {
    expect(codes('渝中區')).toEqual(['500103']);
    expect(codes(' 重慶 ')[0]).toBe('500000');
  });

  it('honours the limit and leaves out retired codes', () => {
    expect(codes('区', 5)).toHaveLength(5);
    expect(codes('凤翔')).toEqual(['610305']);
    expect(codes('')).toEqual([]);
  });
});
