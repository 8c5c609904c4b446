import { cutItemChangesOther } from './cut-change-item';
import { movesOnlyTimes } from './times-only-change';

const TIME = /截止|开标/u;

describe('cutItemChangesOther', () => {
  it('takes a numbered item cut off before its verb, naming no time, as another change', () => {
    expect(cutItemChangesOther('2.采购需求第三包商用电烤箱技术参数第…阅读全文', TIME)).toBe(true);
    expect(cutItemChangesOther('（2）资格要求中的业绩要求调...', TIME)).toBe(true);
  });

  it('leaves whole items, cut items about a time, unnumbered cuts and “其他内容不变”', () => {
    expect(cutItemChangesOther('2.采购需求第三包技术参数更正为见附件', TIME)).toBe(false);
    expect(cutItemChangesOther('2.开标时间相应顺延至…阅读全文', TIME)).toBe(false);
    expect(cutItemChangesOther('联系人：张…阅读全文', TIME)).toBe(false);
    expect(cutItemChangesOther('2.其他内容不变…', TIME)).toBe(false);
  });

  it('keeps a cut correction that changes more than the deadline a correction', () => {
    const cut = '更正内容：1.投标截止时间由2031年8月25日9:00更正为2031年8月29日9:00；2.采购需求第三包技术参数第…阅读全文';
    expect(movesOnlyTimes(cut)).toBe(false);
    expect(movesOnlyTimes('更正内容：1.投标截止时间由2031年8月25日9:00更正为2031年8月29日9:00；2.其他内容不变。')).toBe(true);
  });
});
