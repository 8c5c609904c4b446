import { joinSplitDates, readClock, scanDates, shanghaiDate } from './date-scan';

describe('joinSplitDates', () => {
  it('joins dates a crawler split over lines', () => {
    expect(joinSplitDates('202\n6\n年\n03\n月\n16\n日')).toBe('2026年03月16日');
    expect(joinSplitDates('2026年03月27日\n09点30分')).toBe('2026年03月27日09点30分');
    expect(joinSplitDates('2026\n年\n3\n月\n17\n日\n9\n:00')).toBe('2026年3月17日9:00');
  });

  it('keeps a list number opening the next line apart from the date above it', () => {
    expect(joinSplitDates('发文日期：2031-06-02\n1.招标条件')).toBe('发文日期：2031-06-02\n1.招标条件');
    expect(joinSplitDates('2031-06-02\n2、项目概况')).toBe('2031-06-02\n2、项目概况');
    expect(joinSplitDates('202\n6.03.15')).toBe('2026.03.15');
  });

  it('keeps numbers in neighbouring table cells apart', () => {
    expect(joinSplitDates('1\n2026-03-05')).toBe('1\n2026-03-05');
    expect(joinSplitDates('20.000000\n20.000000')).toBe('20.000000\n20.000000');
  });
});

describe('scanDates', () => {
  it('finds every date in order with whether it has a time', () => {
    const hits = scanDates('时间:2026-03-17至2026-03-23 17:00');
    expect(hits.map((h) => [h.date.toISOString(), h.hasTime])).toEqual([
      ['2026-03-16T16:00:00.000Z', false],
      ['2026-03-23T09:00:00.000Z', true],
    ]);
  });

  it('reads a time written after the zone in brackets', () => {
    const hits = scanDates('投标截止时间:2027年8月18日(北京时间)11时00分');
    expect(hits.map((h) => [h.date.toISOString(), h.hasTime])).toEqual([['2027-08-18T03:00:00.000Z', true]]);
  });

  it('reads a time written after the zone without brackets', () => {
    for (const text of ['投标截止时间为2027年3月5日北京时间9:30', '截止时间:2027年3月5日 北京时间 上午9时30分']) {
      expect(scanDates(text).map((h) => [h.date.toISOString(), h.hasTime])).toEqual([['2027-03-05T01:30:00.000Z', true]]);
    }
  });

  it('skips impossible dates without throwing', () => {
    expect(scanDates('2024-02-30 与 2024年13月1日 与 2023年2月29日')).toEqual([]);
  });
});

describe('scanDates, short forms', () => {
  it('reads a two-digit year as this century, but not the tail of a four-digit one', () => {
    const hits = scanDates('截止：28年4月3日9:00，另见2028年4月5日');
    expect(hits.map((h) => h.date.toISOString())).toEqual(['2028-04-03T01:00:00.000Z', '2028-04-04T16:00:00.000Z']);
  });

  it('keeps 整 with the time it closes', () => {
    const [hit] = scanDates('2028年7月9日下午3点整');
    expect(hit.date.toISOString()).toBe('2028-07-09T07:00:00.000Z');
    expect(hit.end).toBe('2028年7月9日下午3点整'.length);
  });
});

describe('scanDates, Taiwan years', () => {
  it('reads a three-digit 民国 year as counted from 1912, with 年月日 or slashes', () => {
    const hits = scanDates('截止投标：117年5月29日17时00分；公告日：117/05/06；民国116年12月1日');
    expect(hits.map((h) => h.date.toISOString())).toEqual([
      '2028-05-29T09:00:00.000Z',
      '2028-05-05T16:00:00.000Z',
      '2027-11-30T16:00:00.000Z',
    ]);
  });

  it('reads a 民国 date written with hyphens, as press releases date themselves', () => {
    expect(scanDates('發布日期：118-03-18').map((h) => h.date.toISOString())).toEqual(['2029-03-17T16:00:00.000Z']);
    expect(scanDates('规格150-1-2，电话138-1234-5678，编号A-118-03-18')).toEqual([]);
  });

  it('reads a 民国 year in numerals digit by digit without 民国, but not the tail of a Western year', () => {
    const iso = (t: string) => scanDates(t).map((h) => h.date.toISOString());
    expect(iso('收件截止：一二〇年四月二十八日下午五时整')).toEqual(['2031-04-28T09:00:00.000Z']);
    expect(iso('一一五年三月二十日')).toEqual(['2026-03-19T16:00:00.000Z']);
    expect(iso('二〇一一年三月五日')).toEqual(['2011-03-04T16:00:00.000Z']);
    expect(iso('一九九年三月五日')).toEqual([]);
  });

  it('leaves three-digit figures that are no year alone', () => {
    expect(scanDates('编号2117/05/06，数量12.117/05/06')).toEqual([]);
    expect(scanDates('使用年限100年，2028年5月6日').map((h) => h.date.toISOString())).toEqual(['2028-05-05T16:00:00.000Z']);
  });
});

describe('scanDates, English meridiem', () => {
  it('reads AM and PM written before the hour', () => {
    const hits = scanDates('开标：2028年7月9日PM 2:30；签到：2028年7月9日AM 9:00');
    expect(hits.map((h) => h.date.toISOString())).toEqual(['2028-07-09T06:30:00.000Z', '2028-07-09T01:00:00.000Z']);
  });
});

describe('shanghaiDate', () => {
  it('is UTC+8 all year', () => {
    expect(shanghaiDate(2024, 7, 1, 8, 0)?.toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(shanghaiDate(2024, 1, 1)?.toISOString()).toBe('2023-12-31T16:00:00.000Z');
  });

  it('reads 24:00 as the end of the day, the next day at 00:00', () => {
    expect(shanghaiDate(2024, 3, 5, 24, 0)?.toISOString()).toBe('2024-03-05T16:00:00.000Z');
    expect(shanghaiDate(2024, 12, 31, 24, 0)?.toISOString()).toBe('2024-12-31T16:00:00.000Z');
  });

  it('rejects impossible parts', () => {
    expect(shanghaiDate(2024, 2, 30)).toBeNull();
    expect(shanghaiDate(2024, 2, 29)).not.toBeNull();
    expect(shanghaiDate(2024, 3, 5, 24, 30)).toBeNull();
    expect(shanghaiDate(2024, 3, 5, 25, 0)).toBeNull();
    expect(shanghaiDate(2024, 0, 5)).toBeNull();
    expect(shanghaiDate(1900, 1, 1)).toBeNull();
  });
});

describe('joinSplitDates: after the day only a time continues', () => {
  it('joins a time on the next line, not a table cell or the next date', () => {
    expect(joinSplitDates('2027年03月27日\n09点30分')).toBe('2027年03月27日09点30分');
    expect(joinSplitDates('2027年03月16日\n0\n附件')).toBe('2027年03月16日\n0\n附件');
    expect(joinSplitDates('1个工作日\n2027年11月20日')).toBe('1个工作日\n2027年11月20日');
  });
});

describe('scanDates, noon and the ends of the day', () => {
  it('reads 正午 as noon, 凌晨 as the small hours and 傍晚 as the evening', () => {
    const hits = scanDates('截标时间：2030年1月5日(星期六)正午12时；2030年1月6日凌晨2时；2030年1月6日傍晚6时');
    expect(hits.map((h) => h.date.toISOString())).toEqual([
      '2030-01-05T04:00:00.000Z',
      '2030-01-05T18:00:00.000Z',
      '2030-01-06T10:00:00.000Z',
    ]);
  });
});

describe('民國 years in numerals', () => {
  it('reads a 民國 year written digit by digit or as a number', () => {
    const read = (text: string) => scanDates(text).map((h) => [h.date.toISOString(), h.hasTime]);
    expect(read('截止收件日期:民国一一九年十一月二十六日下午五时')).toEqual([['2030-11-26T09:00:00.000Z', true]]);
    expect(read('民国一百一十九年三月五日')).toEqual([['2030-03-04T16:00:00.000Z', false]]);
  });

  it('reads no longer numeral run as a year without 民國', () => {
    expect(scanDates('一一一九年十一月二十六日')).toEqual([]);
  });
});

describe('readClock', () => {
  it('reads a time of day opening the text', () => {
    expect(readClock('中午十二时正前')).toEqual({ hour: 12, minute: 0, length: 6 });
    expect(readClock('下午5时30分')).toMatchObject({ hour: 17, minute: 30 });
    expect(readClock('14:30')).toMatchObject({ hour: 14, minute: 30 });
  });

  it('is null when no hour opens the text', () => {
    expect(readClock('共3天')).toBeNull();
    expect(readClock('王工')).toBeNull();
  });
});
