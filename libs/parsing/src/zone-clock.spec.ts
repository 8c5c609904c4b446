import { scanDates, scanMonthDays } from './date-scan';
import { extractDeadline } from './dates';
import { hoursBehindBeijing } from './zone-clock';

describe('zone-clock: 新疆时间 read as Beijing time', () => {
  it('moves an hour given in Xinjiang time two hours on', () => {
    expect(hoursBehindBeijing('2032年6月18日新疆时间9:30', true)).toBe(2);
    expect(hoursBehindBeijing('2032年6月18日10:00（乌鲁木齐时间）', true)).toBe(2);
    expect(hoursBehindBeijing('2032年6月18日北京时间11:30', true)).toBe(0);
    expect(hoursBehindBeijing('2032年6月18日新疆时间', false)).toBe(0);
  });

  it('reads the zone before the hour and in brackets after it', () => {
    expect(scanDates('截止时间：2032年6月18日新疆时间9:30（北京时间11:30）')[0]?.date.toISOString()).toBe('2032-06-18T03:30:00.000Z');
    expect(scanDates('开标时间：2032年6月18日10:00（新疆时间）')[0]?.date.toISOString()).toBe('2032-06-18T04:00:00.000Z');
    expect(scanMonthDays('开标时间：6月18日新疆时间10:00', new Date('2032-06-01T00:00:00Z'))[0]?.date.toISOString()).toBe(
      '2032-06-18T04:00:00.000Z',
    );
  });

  it('leaves Beijing time, and a Xinjiang time quoted after it, as they are', () => {
    expect(scanDates('截止时间：2032年6月18日北京时间11:00（新疆时间9:00）')[0]?.date.toISOString()).toBe('2032-06-18T03:00:00.000Z');
    expect(extractDeadline('投标文件递交截止时间：2032年6月18日新疆时间9:30（北京时间11:30）')?.toISOString()).toBe(
      '2032-06-18T03:30:00.000Z',
    );
  });
});
