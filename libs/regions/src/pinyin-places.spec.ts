import { resolveRegion } from './index';
import { pinyinPlaces } from './pinyin-places';

describe('pinyinPlaces', () => {
  it('reads provinces and major cities written in letters, with or without a level word', () => {
    expect(resolveRegion({ regionText: 'Guangdong Guangzhou' })?.code).toBe('440100');
    expect(resolveRegion({ regionText: 'GUANGDONG' })?.code).toBe('440000');
    expect(resolveRegion({ regionText: 'Zhejiang Sheng, Hangzhou Shi' })?.code).toBe('330100');
    expect(resolveRegion({ regionText: 'Inner Mongolia' })?.code).toBe('150000');
    expect(resolveRegion({ regionText: "Shaanxi Xi'an" })?.code).toBe('610100');
    expect(resolveRegion({ regionText: 'Shanxi Province' })?.code).toBe('140000');
  });

  it('lets the notice choose the district below a city given in letters', () => {
    expect(resolveRegion({ regionText: 'Shenzhen', buyer: '福田区某街道办事处' })?.code).toBe('440304');
  });

  it('leaves spellings two places share, Xian (县) and words inside other words alone', () => {
    expect(pinyinPlaces('Suzhou')).toBe('Suzhou');
    expect(pinyinPlaces('Xian')).toBe('Xian');
    expect(pinyinPlaces('Hebeiyuan Road')).toBe('Hebeiyuan Road');
    expect(pinyinPlaces('广东 广州')).toBe('广东 广州');
  });
});

describe('pinyinPlaces: a spelling two cities share, after its province', () => {
  it('reads the city of the province the region text names, and only then', () => {
    expect(resolveRegion({ regionText: 'Anhui / Suzhou' })?.code).toBe('341300');
    expect(resolveRegion({ regionText: 'Jiangsu Suzhou' })?.code).toBe('320500');
    expect(resolveRegion({ regionText: 'Jiangxi Fuzhou Shi' })?.code).toBe('361000');
    expect(resolveRegion({ regionText: 'Fujian / Fuzhou' })?.code).toBe('350100');
    expect(pinyinPlaces('Guangdong Suzhou')).toBe(' 广东  Suzhou');
  });
});

describe('pinyinPlaces: spellings made from the division list', () => {
  it('reads any prefecture-level city and its polyphones, and leaves the shared ones alone', () => {
    expect(pinyinPlaces('Chongqing')).toBe(' 重庆 ');
    expect(pinyinPlaces('Anhui Bengbu Shi')).toBe(' 安徽   蚌埠 ');
    expect(pinyinPlaces('Jiangxi Ganzhou')).toBe(' 江西   赣州 ');
    expect(pinyinPlaces('Taizhou')).toBe('Taizhou');
    expect(pinyinPlaces('Jiangsu Taizhou')).toBe(' 江苏   泰州 ');
    expect(resolveRegion({ regionText: 'Sichuan Ganzi' })?.code).toBe('513300');
  });
});
