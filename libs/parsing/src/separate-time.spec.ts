import { scanDates } from './date-scan';
import { extractDeadline } from './dates';
import { displayText } from './display-text';
import { timeInNextField } from './separate-time';

const iso = (d: Date | null) => d?.toISOString() ?? null;
// The readers see display text: simplified, with brackets and colons in half width.
const atFirstDate = (raw: string) => {
  const text = displayText(raw);
  return timeInNextField(text, scanDates(text)[0]);
};

describe('timeInNextField', () => {
  it('reads the hour from a field of its own on the next line', () => {
    expect(iso(atFirstDate('截标日期：2030年11月15日（星期五）\n截标时间：中午十二时正'))).toBe('2030-11-15T04:00:00.000Z');
    expect(iso(atFirstDate('截止投标日期：民国119年12月3日\n截止投标时间：下午5时'))).toBe('2030-12-03T09:00:00.000Z');
  });

  it('reads the hour after a comma, with or without a field name', () => {
    expect(iso(atFirstDate('截标日期：二〇三〇年十二月九日，截标时间：下午五时正'))).toBe('2030-12-09T09:00:00.000Z');
    expect(iso(atFirstDate('截标日期及时间：2030年12月9日，下午5时30分。'))).toBe('2030-12-09T09:30:00.000Z');
    expect(iso(atFirstDate('截止日期：2030年12月9日\n时间：14:30'))).toBe('2030-12-09T06:30:00.000Z');
  });

  it("leaves an opening's or another cut-off's hour, and a clause that is no hour, alone", () => {
    expect(atFirstDate('截标日期：2030年11月15日\n开标时间：上午十时')).toBeNull();
    expect(atFirstDate('投标截止日期：2030年11月15日\n获取文件时间：9:00')).toBeNull();
    expect(atFirstDate('截止日期：2030年11月15日，共3天')).toBeNull();
    expect(atFirstDate('截止日期：2030年11月15日\n联系人：王工')).toBeNull();
  });
});

describe('extractDeadline with the hour in a field of its own', () => {
  it('sets the day at that hour', () => {
    expect(iso(extractDeadline('截標日期：2030年11月15日（星期五）\n截標時間：中午十二時正\n開標時間：2030年11月15日14:00'))).toBe(
      '2030-11-15T04:00:00.000Z',
    );
  });
});
