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
