import { scanDates } from './date-scan';
import { extractDeadline } from './dates';
import { proseWindowEnds } from './prose-window';

const ends = (text: string) => proseWindowEnds(text, scanDates(text)).map((h) => h.date.toISOString());

describe('prose-window: bids handed in during a window of the day', () => {
  it('takes the end of the window as the deadline', () => {
    expect(ends('投标人应于2032年3月9日上午9:00—9:30将投标文件递交至某市公共资源交易中心')).toEqual(['2032-03-09T01:30:00.000Z']);
    expect(extractDeadline('请于2032年3月9日8:30至9:30递交响应文件，逾期不予受理。')?.toISOString()).toBe('2032-03-09T01:30:00.000Z');
  });

  it('needs a bid document handed in', () => {
    expect(ends('投标人应于2032年3月9日上午9:00—9:30到某中心签到')).toEqual([]);
    expect(ends('请于2032年3月2日9:00至11:00领取招标文件')).toEqual([]);
  });

  it('reads a window field written with 为', () => {
    expect(extractDeadline('投标文件递交时间为2032年3月9日8:30至9:30')?.toISOString()).toBe('2032-03-09T01:30:00.000Z');
  });
});
