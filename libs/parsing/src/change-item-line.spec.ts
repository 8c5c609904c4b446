import { changedItemAbove } from './change-item-line';

describe('changedItemAbove', () => {
  it('reads the item line over a content line', () => {
    const text = '变更事项：递交投标文件截止时间及开标时间\n变更内容：原定于2031年6月22日9:00，现变更为2031年7月6日9:00。';
    expect(changedItemAbove(text, text.indexOf('2031年7月'))).toBe('递交投标文件截止时间及开标时间');
  });

  it('needs a content label on the line of the date', () => {
    const text = '变更事项：递交投标文件截止时间\n原定于2031年6月22日9:00，现变更为2031年7月6日9:00。';
    expect(changedItemAbove(text, text.indexOf('2031年7月'))).toBeNull();
  });

  it('needs an item label on the line above', () => {
    const text = '项目名称：某某工程\n更正内容：原定于2031年6月22日，现变更为2031年7月6日。';
    expect(changedItemAbove(text, text.indexOf('2031年7月'))).toBeNull();
  });
});
