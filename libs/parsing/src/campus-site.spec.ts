import { regionPath } from '@app/regions';
import { campusSiteRegion } from './campus-site';

const place = (text: string): string[] | null => {
  const code = campusSiteRegion(text);
  return code ? regionPath(code).map((r) => r.name) : null;
};

describe('campusSiteRegion', () => {
  it('reads the address given in brackets after a campus, or before it', () => {
    expect(place('现将我校烟台校区（烟台市莱山区观海路346号）采购意向公开如下')).toEqual(['山东省', '烟台市', '莱山区']);
    expect(place('项目地点：临港校区图书馆（浦东新区沪城环路1088号）')).toEqual(['上海市', '浦东新区']);
    expect(place('配送地点：重庆市巴南区龙洲湾街道学府大道66号（龙洲湾校区）')).toEqual(['重庆市', '巴南区']);
    expect(place('龙游院区位于龙游县龙洲街道荣昌大道218号，现就污水站运维询价')).toEqual(['浙江省', '衢州市', '龙游县']);
  });

  it('leaves the main campus, a venue and an address without a place to the rest of the notice', () => {
    expect(place('学校主校区（合肥市包河区丹霞路485号）')).toBeNull();
    expect(place('请将报价单递交至东湖校区（武汉市洪山区珞喻路1号）行政楼')).toBeNull();
    expect(place('新院区（学府路8号）')).toBeNull();
  });

  it('gives nothing where two campuses in different places are named', () => {
    expect(place('东湖校区（武汉市洪山区珞喻路1号）及咸宁校区（咸宁市咸安区温泉路2号）')).toBeNull();
  });
});
