import { scanDates } from './date-scan';
import { extractDeadline } from './dates';
import { sentToBefore } from './sent-to';

const sent = (text: string) => sentToBefore(text, scanDates(text)).map((h) => h.date.toISOString());

describe('sent-to: bids sent to a place before a time', () => {
  it('reads a bid document sent before a time', () => {
    expect(sent('报价要求：报价文件须于2032年5月6日17时前密封送至学院国有资产管理处，传真报价无效。')).toEqual([
      '2032-05-06T09:00:00.000Z',
    ]);
    expect(sent('投标书请于2032年3月2日上午10时前寄至某某中学总务处')).toEqual(['2032-03-02T02:00:00.000Z']);
    expect(extractDeadline('询价编号：X-1\n报价文件须于2032年5月6日17时前密封送至学院国有资产管理处。')?.toISOString()).toBe(
      '2032-05-06T09:00:00.000Z',
    );
  });

  it('leaves goods delivered by a date alone', () => {
    expect(sent('中标人须于2032年6月30日前将货物送至采购人指定地点')).toEqual([]);
    expect(sent('样机须于2032年6月30日前送至采购人指定地点')).toEqual([]);
  });
});
