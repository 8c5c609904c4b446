import { findHits, highlightHtml } from './highlight';

describe('highlight', () => {
  it('finds hits through full-width, case, traditional characters and spaces between CJK', () => {
    const text = '城區電力 工程ＥＰＣ總承包';
    const ranges = findHits(text, ['电力工程', 'epc']);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['電力 工程ＥＰＣ']);
  });

  it('merges overlapping hits and escapes around them', () => {
    expect(highlightHtml('<市政道路>', ['市政', '政道', '道路'])).toBe(
      '&lt;<span class="hit" style="background-color:#ffe58f;color:#000000;border-radius:2px;padding:0 1px">市政道路</span>&gt;',
    );
  });

  it('escapes a hit that itself looks like markup', () => {
    expect(highlightHtml('a<b>c', ['<b>'])).toContain('>&lt;b&gt;</span>');
  });

  it('leaves text without hits escaped and unchanged otherwise', () => {
    expect(highlightHtml('"道路"', [])).toBe('&quot;道路&quot;');
  });

  it('gives each call its own hits when the same text comes back (its matching form is kept)', () => {
    const text = '城區道路 照明工程';
    expect(findHits(text, ['道路']).map(([s, e]) => text.slice(s, e))).toEqual(['道路']);
    expect(findHits(text, ['路照明']).map(([s, e]) => text.slice(s, e))).toEqual(['路 照明']);
    expect(findHits(text, ['城区'])).toEqual([[0, 2]]);
    expect(findHits(text, ['桥梁'])).toEqual([]);
  });
});
