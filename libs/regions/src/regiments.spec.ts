import { resolveRegion } from './index';
import { listedRegimentKey, regimentsIn } from './regiments';

describe('regiments of the 兵团', () => {
  it('keys a listed regiment by its numeral and 团', () => {
    expect(listedRegimentKey('兵团一五零团')).toBe('一五零团');
    expect(listedRegimentKey('兵团农九师一六三团')).toBe('一六三团');
    expect(listedRegimentKey('兵团八十三团')).toBe('八十三团');
    expect(listedRegimentKey('甘肃农垦集团')).toBeNull();
  });

  it('finds regiments written in numerals or figures, not units numbered with 第 nor words after 团', () => {
    const keys = (text: string) => regimentsIn(text).map((r) => r.key);
    expect(keys('第七师一二九团三连')).toEqual(['一二九团']);
    expect(keys('八师150团场部')).toEqual(['一五零团']);
    expect(keys('五师83团')).toEqual(['八十三团']);
    expect(keys('一五〇团')).toEqual(['一五零团']);
    expect(keys('某部第三十一团营房')).toEqual([]);
    expect(keys('一二九团委换届')).toEqual([]);
    expect(keys('2027团购')).toEqual([]);
  });

  it('reads a regiment as the place the township list files it under', () => {
    expect(resolveRegion({ title: '一二九团十二连安居房配套道路工程招标公告' })?.code).toBe('659010'); // 胡杨河市
    expect(resolveRegion({ buyer: '第八师150团', title: '连队饮水管网改造工程招标公告' })?.code).toBe('652324'); // 玛纳斯县
  });
});
