import { plainCodeDashes } from './code-dashes';

describe('plainCodeDashes', () => {
  it('reads dashes between letters and digits as hyphens', () => {
    expect(plainCodeDashes('LLCG—2036—0931')).toBe('LLCG-2036-0931');
    expect(plainCodeDashes('ZC–2036–11')).toBe('ZC-2036-11');
  });

  it('reads a 一 typed between digits as a hyphen', () => {
    expect(plainCodeDashes('HNZC-MLQ-2036一0275')).toBe('HNZC-MLQ-2036-0275');
  });

  it('keeps a 一 that belongs to Chinese text of the code', () => {
    expect(plainCodeDashes('某采〔2036〕一号')).toBe('某采〔2036〕一号');
    expect(plainCodeDashes('SG-2036-一标段')).toBe('SG-2036-一标段');
  });
});
