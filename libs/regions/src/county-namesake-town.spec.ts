import { townOutsideCounty } from './county-namesake-town';
import { nameIndex, townIndex, type NameEntry } from './name-index';
import { resolveRegion } from './resolve-region';

const place = (name: string): NameEntry[] => nameIndex().get(name);
const town = (name: string): NameEntry[] => townIndex().get(name) ?? [];

describe('a township after a county that the list files only elsewhere', () => {
  it('finds the township outside the county written before it', () => {
    // 东风农场 is filed under 景洪市 and 卫辉市, not under 弥勒市.
    expect(townOutsideCounty(place('弥勒市'), town('东风农场'))).toBe(true);
    expect(townOutsideCounty(place('景洪市'), town('东风农场'))).toBe(false);
  });

  it('needs a county-level full name before it', () => {
    expect(townOutsideCounty(place('云南省'), town('东风农场'))).toBe(false);
    expect(townOutsideCounty([], town('东风农场'))).toBe(false);
  });

  it('keeps the written county for the place of a made-up notice', () => {
    const title = '弥勒市东风农场管理委员会污水处理站维修项目中选结果公示';
    expect(resolveRegion({ title })?.path).toEqual(['云南省', '红河哈尼族彝族自治州', '弥勒市']);
    expect(resolveRegion({ title: '景洪市东风农场职工医院设备采购' })?.path).toEqual(['云南省', '西双版纳傣族自治州', '景洪市']);
  });
});
