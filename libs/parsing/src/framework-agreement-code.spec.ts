import { extractProjectCode } from './project-code';

describe('framework agreement code', () => {
  it('reads the agreement’s number when a second-stage purchase gives no other', () => {
    expect(extractProjectCode('框架协议编号：AB-KJXY-2040-0033\n采购人：某某医院\n确定成交供应商方式：直接选定')).toBe('AB-KJXY-2040-0033');
  });

  it('puts the purchase’s own number first', () => {
    expect(extractProjectCode('框架协议编号：AB-KJXY-2040-0033\n采购项目编号：CD-2040-KJ-0042')).toBe('CD-2040-KJ-0042');
  });
});
