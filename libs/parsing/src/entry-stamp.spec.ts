import { scanDates } from './date-scan';
import { entryStamp } from './entry-stamp';

const stamp = (text: string) => entryStamp(text, scanDates(text))?.date ?? null;

describe('entryStamp', () => {
  it('reads the date line closing a cut feed excerpt or an alert', () => {
    expect(stamp('某公司受某局委托进行公开招标。投标地点：某中心第三开…阅读全文\n2031-05-19 17:42')).toEqual(
      new Date('2031-05-19T09:42:00Z'),
    );
    expect(stamp('【标讯】某医院改造项目招标，预算98.6万元。详情请登录查看。退订回T\n2031-03-09 08:15')).toEqual(
      new Date('2031-03-09T00:15:00Z'),
    );
    expect(stamp('项目概况：新建储能电站一座…\n2031-07-02')).toEqual(new Date('2031-07-01T16:00:00Z'));
  });

  it('leaves a date under a label or a sentence still going on', () => {
    expect(stamp('投标截止时间：\n2031-03-20 09:30')).toBeNull();
    expect(stamp('请于下列时间前递交投标文件\n2031-03-20 09:30')).toBeNull();
  });

  it('reads a bare date cell of an entry’s first or last line', () => {
    expect(stamp('【中标】某公司以1,236.5万元中标某工程\n2031-05-12 | 湖南-长沙 | 交通工程')).toEqual(new Date('2031-05-11T16:00:00Z'));
    expect(stamp('地区：湖南-长沙 | 2031-05-12\n【中标】某公司中标某工程')).toEqual(new Date('2031-05-11T16:00:00Z'));
  });

  it('leaves table rows, labelled cells and lines with two dates', () => {
    expect(stamp('标题\n序号 | 日期 | 内容\n1 | 2031-05-12 | 开标\n说明：无')).toBeNull();
    expect(stamp('截止：2031-05-06 | 地区：湖南-长沙')).toBeNull();
    expect(stamp('2031-05-06 | 2031-05-12 | 湖南')).toBeNull();
  });
});
