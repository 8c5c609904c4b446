import { scanDates } from './date-scan';
import { signedAtPlace } from './signed-at';

const signed = (text: string) => scanDates(text).map((h) => signedAtPlace(text, h));

describe('signedAtPlace', () => {
  it('takes a date followed on its line by 于 and a place as a signature', () => {
    expect(signed('判给金额：澳门元…\n二零三一年五月二十七日于市政署\n管理委员会主席 ***')).toEqual([true]);
    expect(signed('…退还手续。\n2030年6月18日于市政署')).toEqual([true]);
  });

  it('leaves dates inside a sentence or after other words alone', () => {
    expect(signed('本署于2031年4月3日于政府宪报刊登之招标公告')).toEqual([false]);
    expect(signed('2031年5月20日于市政署会议室召开会议，决议如下')).toEqual([false]);
    expect(signed('开标日期：2031年7月9日于本局')).toEqual([false]);
  });
});
