import { parseAmount, unitMultiplier } from './amounts';

describe('parseAmount', () => {
  it.each([
    ['350万元', 3_500_000],
    ['3,500,000.00元', 3_500_000],
    ['1.2亿元', 120_000_000],
    ['柒万伍仟元整', 75_000],
    ['叁佰伍拾万元整', 3_500_000],
    ['３５０万元', 3_500_000], // full-width digits
    ['人民币 43.362 万 元', 433_620], // spaces inside the unit
    ['103.000000万元', 1_030_000],
    ['约997万', 9_970_000],
    ['6300余万元', 63_000_000], // an approximate figure keeps its unit
    ['人民币250,0000.00元', 2_500_000], // commas where a site put them
    ['¥1,688,107.67', 1_688_107.67],
    ['64.4269万元', 644_269],
    ['1 286 500.00', 1_286_500], // thousands split by spaces
    ['1286.5千元', 1_286_500],
    ['1.2865百万元', 1_286_500],
    ['0.5千万元', 5_000_000],
    ['1，286，500.00元', 1_286_500], // Chinese commas
  ])('%s → %d yuan', (text, yuan) => {
    expect(parseAmount(text)).toBe(yuan);
  });

  it('reads a bare number in the unit a label announced', () => {
    expect(parseAmount('5.84', 10_000)).toBe(58_400);
    expect(parseAmount('1400000.00')).toBe(1_400_000);
  });

  it.each(['**.*万元', '(略)', '（略）', '详见附件', 'XXX万元', '', '一', '2026年', '350平方米'])('%s → null', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe('parseAmount: a space after each thousands comma', () => {
  it('reads the figure whole', () => {
    expect(parseAmount('¥ 1, 032, 800.00')).toBe(1_032_800);
    expect(parseAmount('2, 468, 300元')).toBe(2_468_300);
  });
});

describe('unitMultiplier', () => {
  it('knows yuan, 万 and 亿', () => {
    expect(unitMultiplier('元')).toBe(1);
    expect(unitMultiplier('万 元')).toBe(10_000);
    expect(unitMultiplier('亿元')).toBe(100_000_000);
    expect(unitMultiplier('美元')).toBeNull();
  });
});
