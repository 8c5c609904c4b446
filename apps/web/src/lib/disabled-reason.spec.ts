import { disabledReasonText } from './disabled-reason';

describe('disabledReasonText', () => {
  it('says the API reasons in Chinese and keeps unknown ones', () => {
    expect(disabledReasonText('disabled by its owner')).toBe('由您停用');
    expect(disabledReasonText('disabled by an admin')).toBe('由管理员停用');
    expect(disabledReasonText('failing for 24 hours')).toBe('连续失败 24 小时，已自动停用并邮件通知');
    expect(disabledReasonText('something new')).toBe('something new');
    expect(disabledReasonText(null)).toBeNull();
  });
});
