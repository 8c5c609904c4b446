import { compoundsAround } from './hit-compounds';

const around = (text: string, term: string) =>
  compoundsAround(text, text.indexOf(term), text.indexOf(term) + term.length).map((c) => c.word);

describe('compoundsAround', () => {
  it('joins a word hit with the noun or head word next to it', () => {
    expect(around('某学校教学楼建设工程含道路照明', '道路')).toEqual(['道路照明']);
    expect(around('进场道路及场内道路硬化', '道路')).toEqual(['进场道路']);
    // 具备 is the clause's verb, not part of a name.
    expect(around('具备市政公用工程施工总承包资质', '市政')).toEqual(['市政公用']);
  });

  it('gives the whole word when the hit lies inside one, and nothing for Latin or lone hits', () => {
    expect(around('解放路市政道路改造工程', '道路')).toEqual(['市政道路']);
    expect(around('关于道路。', '道路')).toEqual([]);
    expect(around('led显示屏', 'led')).toEqual([]);
  });
});
