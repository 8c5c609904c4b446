import { isOutletDateline } from './outlet-dateline';

const at = (text: string, date: string) => {
  const start = text.indexOf(date);
  return isOutletDateline(text, start, start + date.length);
};

describe('isOutletDateline', () => {
  it('reads a newspaper page heading: masthead, day and page mark', () => {
    expect(at('某某日报　2031年09月14日　第02版：要闻\n标题', '2031年09月14日')).toBe(true);
    expect(at('某某日报 2031年6月17日 A11版：公告\n标题', '2031年6月17日')).toBe(true);
    expect(at('中国某某建设报　2031年12月29日　第03版：公路\n标题', '2031年12月29日')).toBe(true);
  });

  it('reads a media centre’s name with the time of posting, on its line or under it', () => {
    expect(at('某某融媒　2031-10-09 11:26\n标题', '2031-10-09')).toBe(true);
    expect(at('某某县融媒体中心\n2031-06-03 16:48:12\n标题', '2031-06-03')).toBe(true);
    expect(at('某某日报客户端\n2031-06-03\n标题', '2031-06-03')).toBe(true);
  });

  it('does not read a day in a sentence, or under a line that is no outlet', () => {
    expect(at('记者从县融媒体中心获悉，项目于2031年6月3日开工。', '2031年6月3日')).toBe(false);
    expect(at('某某县文化艺术中心项目\n2031-06-03\n正文', '2031-06-03')).toBe(false);
    expect(at('某某融媒 2031-10-09 开工仪式举行', '2031-10-09')).toBe(false);
    expect(at('项目计划于2031年6月17日进场，详见第3版。', '2031年6月17日')).toBe(false);
  });
});
