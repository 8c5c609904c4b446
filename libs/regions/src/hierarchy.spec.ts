import { divisionData } from './division-data';
import { ancestorCodes, childrenOf, getRegion, isKnownRegion, regionContains, regionPath } from './index';

const names = (codes: { name: string }[]): string[] => codes.map((r) => r.name);

describe('division hierarchy', () => {
  it('looks up a division by code', () => {
    expect(getRegion('500103')).toEqual({ code: '500103', name: '渝中区', level: 'district', parentCode: '500000' });
    expect(getRegion('440300')).toEqual({ code: '440300', name: '深圳市', level: 'city', parentCode: '440000' });
    expect(getRegion('999999')).toBeUndefined();
    expect(isKnownRegion('110000')).toBe(true);
    expect(isKnownRegion('110100')).toBe(false);
  });

  it('puts municipal districts directly under the municipality', () => {
    expect(names(regionPath('110105'))).toEqual(['北京市', '朝阳区']);
    expect(names(regionPath('500235'))).toEqual(['重庆市', '云阳县']);
    expect(childrenOf('110000')).toHaveLength(16);
    expect(childrenOf('500000').map((r) => r.level)).not.toContain('city');
  });

  it('puts 省直辖县级 units directly under the province, without the package grouping row', () => {
    expect(names(regionPath('429004'))).toEqual(['湖北省', '仙桃市']);
    expect(names(regionPath('419001'))).toEqual(['河南省', '济源市']);
    expect(getRegion('429000')).toBeUndefined();
    expect(names(childrenOf('420000'))).toContain('仙桃市');
  });

  it('keeps cities without districts (东莞, 中山, 嘉峪关) as leaf cities', () => {
    expect(getRegion('441900')?.level).toBe('city');
    expect(childrenOf('441900')).toEqual([]);
    expect(childrenOf('442000')).toEqual([]);
    expect(childrenOf('620200')).toEqual([]); // only the 市辖区 placeholder in the package
  });

  it('leaves out 市辖区 placeholders and NBS zone rows (开发区) that are not GB/T 2260 divisions', () => {
    expect(getRegion('130101')).toBeUndefined();
    expect(getRegion('340171')).toBeUndefined(); // 合肥高新技术产业开发区
  });

  it('lists current children only: a retired row stays readable but is no child', () => {
    expect(names(childrenOf('610300'))).toContain('凤翔区');
    expect(names(childrenOf('610300'))).not.toContain('凤翔县');
    expect(getRegion('610322')?.name).toBe('凤翔县');
  });

  it('returns the code and its ancestors, most specific first', () => {
    expect(ancestorCodes('440305')).toEqual(['440305', '440300', '440000']);
    expect(ancestorCodes('500103')).toEqual(['500103', '500000']);
    expect(ancestorCodes('440000')).toEqual(['440000']);
    expect(ancestorCodes('000000')).toEqual([]);
  });

  it('tells whether one division contains another, itself included', () => {
    expect(regionContains('500000', '500103')).toBe(true);
    expect(regionContains('440000', '440305')).toBe(true);
    expect(regionContains('440305', '440305')).toBe(true);
    expect(regionContains('440300', '440000')).toBe(false);
    expect(regionContains('110000', '220104')).toBe(false);
  });

  it('gives every division a parent chain that ends at a province', () => {
    for (const region of divisionData().byCode.values()) {
      const path = regionPath(region.code);
      expect(path[0].level).toBe('province');
      expect(path.at(-1)).toBe(region);
      expect(path.length).toBe(region.level === 'province' ? 1 : region.level === 'city' ? 2 : path.length);
    }
  });
});

describe('provinces', () => {
  it('lists the 34 province-level divisions, municipalities included, in code order', () => {
    const { provinces } = jest.requireActual('./hierarchy');
    const list = provinces();
    expect(list.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['北京市', '重庆市', '广东省', '新疆维吾尔自治区']));
    expect(list[0].code).toBe('110000');
    expect(list.every((r: { level: string }) => r.level === 'province')).toBe(true);
    expect(list.length).toBeGreaterThanOrEqual(31);
  });
});
