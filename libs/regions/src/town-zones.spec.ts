import { zonesIn } from './town-zones';
import { resolveRegion } from './index';

describe('zonesIn', () => {
  it('finds a zone the township list files under one county, by its full name', () => {
    const text = '实施地点：太原中北高新技术产业开发区科创路16号';
    // 太原 inside the name (found by the scanner at 5..7) leaves it a zone, which only chooses a county.
    const [zone] = zonesIn(text, [{ start: 5, end: 7 }]);
    expect(zone.entries.map((e) => [e.code, e.kind])).toEqual([['140108', 'zone']]);
    expect(zonesIn(text)[0].entries[0].kind).toBe('town');
    expect(zonesIn('甘河工业园区纬二路').map((z) => z.entries[0].code)).toEqual(['630106']);
  });

  it('skips names several counties share and text with no zone word', () => {
    expect(zonesIn('经济开发区管委会')).toEqual([]);
    expect(zonesIn('工业园区')).toEqual([]);
    expect(zonesIn('太原市小店区长治路111号')).toEqual([]);
  });
});

describe('resolveRegion with a township-level zone', () => {
  it('chooses the county once the city is known, keeping the city named inside the zone', () => {
    expect(resolveRegion({ buyer: '太原中北高新技术产业开发区管理委员会', title: '智能化系统采购项目中标公告' })?.code).toBe('140108');
  });

  it('names its county alone when named after a place and no other name is inside it', () => {
    expect(resolveRegion({ buyer: '甘河工业园区管理委员会', title: '配套道路工程流标公告' })?.code).toBe('630106');
  });

  it('names nothing alone when named after its trade or with another place inside its name', () => {
    expect(resolveRegion({ title: '汽车工业园配套道路工程' })).toBeNull();
    // 深圳工业园 is a park of 湖北's 襄州区: the 深圳 inside it is read as 深圳, as before.
    expect(resolveRegion({ title: '深圳工业园配套道路工程' })?.code).toBe('440300');
  });
});

describe('a zone named after a township that shares its name with a district elsewhere', () => {
  it('is no mention of that district: 大渡口经济开发区 lies in 东至, not 重庆', () => {
    const found = resolveRegion({
      buyer: '大渡口经济开发区管理委员会',
      title: '大渡口经济开发区污水处理厂提标改造工程中标结果公告',
      body: '中标价：6,928,475.80元\n池州市公共资源交易中心',
    });
    expect(found?.path).toEqual(['安徽省', '池州市', '东至县']);
    expect(resolveRegion({ buyer: '大渡口经济开发区管理委员会' })?.path[0]).not.toBe('重庆市');
  });

  it('keeps a district named inside a zone that lies in it', () => {
    expect(resolveRegion({ buyer: '重庆市大渡口区建桥工业园区管理委员会' })?.path).toEqual(['重庆市', '大渡口区']);
  });
});
