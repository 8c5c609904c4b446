import { LOT_NUMBER, lotNumberValue } from './lot-numbers';

describe('lot numbers', () => {
  it('reads digits, Chinese numerals, Roman numerals and letters as the lot they number', () => {
    expect(lotNumberValue('3')).toBe(3);
    expect(lotNumberValue('二')).toBe(2);
    expect(lotNumberValue('Ⅲ')).toBe(3);
    expect(lotNumberValue('II')).toBe(2);
    expect(lotNumberValue('IV')).toBe(4);
    expect(lotNumberValue('A')).toBe(1);
    expect(lotNumberValue('C')).toBe(3);
    expect(lotNumberValue('甲')).toBeNull();
  });

  it('matches a whole lot number before the lot word', () => {
    const mark = new RegExp(`^${LOT_NUMBER}(?=标段|包)`, 'u');
    expect(mark.exec('III标段')?.[0]).toBe('III');
    expect(mark.exec('B包')?.[0]).toBe('B');
    expect(mark.exec('十二标段')?.[0]).toBe('十二');
  });
});
