import { toDisplayText, toMatchText } from './normalize';

describe('toMatchText', () => {
  it('folds full-width, case, traditional characters and CJK spacing', () => {
    expect(toMatchText('ＡＢＣ１２３ 道 路 改造工程 採購')).toBe('abc123 道路改造工程采购');
  });
  it('keeps a single space between Latin words', () => {
    expect(toMatchText('LED   Display\tScreen')).toBe('led display screen');
  });
  it('removes line breaks between CJK characters', () => {
    expect(toMatchText('市政\n道路')).toBe('市政道路');
  });
});

describe('toDisplayText', () => {
  it('keeps line breaks and case but normalises width and script', () => {
    expect(toDisplayText('  ＬＥＤ顯示屏\r\n\r\n\r\n採購  ')).toBe('LED显示屏\n\n采购');
  });
});

describe('conversion shortcut', () => {
  it('leaves simplified text as it is and still converts traditional text and phrases', () => {
    expect(toDisplayText('本项目才开始核准,群众满意')).toBe('本项目才开始核准,群众满意');
    expect(toDisplayText('某縣人民醫院設備採購項目')).toBe('某县人民医院设备采购项目');
    expect(toMatchText('他吃麵')).toBe(toMatchText('他吃面'));
  });

  it('converts a traditional character written beyond the basic plane, and only that one', () => {
    // 𠁞 (U+2005E) simplifies to 𠀾; another character of the same high surrogate does not change.
    expect(toDisplayText('某𠁞工程')).toBe('某𠀾工程');
    expect(toDisplayText('某𠀾工程')).toBe('某𠀾工程');
  });
});
