import { regionPath } from '@app/regions';
import { preferSiteDistrict as preferSite, siteDistrictOf, sitePlaces } from './site-district';

/** As region.ts calls it: with the site lines read from the body. */
const preferSiteDistrict = (code: string | null, body: string) => preferSite(code, siteDistrictOf(body));

const names = (code: string | null): string[] | null => (code ? regionPath(code).map((r) => r.name) : null);

describe('siteDistrictOf', () => {
  it('reads the district a site line names, with or without its city', () => {
    expect(names(siteDistrictOf('建设地点：翔安区新店街道洪钟大道与翔安南路交叉口西北侧'))).toEqual(['福建省', '厦门市', '翔安区']);
    expect(names(siteDistrictOf('招标人：某公司\n建设地点：济南市历城区港沟街道神武村以东'))).toEqual(['山东省', '济南市', '历城区']);
    expect(names(siteDistrictOf('项目地点：上海市浦东新区张江镇'))).toEqual(['上海市', '浦东新区']);
  });

  it('reads a delivery line (交付地点, 送货地点) as a site line, as 交货地点 is (own-b141)', () => {
    expect(names(siteDistrictOf('交付地点：日喀则市桑珠孜区上海中路营区'))).toEqual(['西藏自治区', '日喀则市', '桑珠孜区']);
    expect(names(siteDistrictOf('送货地点：黄山市黄山区汤口镇'))).toEqual(['安徽省', '黄山市', '黄山区']);
  });

  it('gives nothing where the site names no district or site lines disagree', () => {
    expect(siteDistrictOf('交货地点：采购人指定地点')).toBeNull();
    expect(siteDistrictOf('项目地点：湖南省长沙市')).toBeNull();
    expect(siteDistrictOf('建设地点：翔安区新店街道|交货地点：福州市鼓楼区湖滨北路61号')).toBeNull();
  });

  it('gives the city where the site lines name two of its districts', () => {
    expect(names(siteDistrictOf('建设地点：中原区须水街道与二七区侯寨乡交界处'))).toEqual(['河南省', '郑州市']);
    // A 与 opening its clause names the neighbour across the line, not the site.
    expect(sitePlaces('建设地点：十团二连、五连，以及与阿瓦提县乌鲁却勒镇交界处的输水干管').map((p) => p.part)).toEqual([
      '十团二连',
      '五连，以及',
    ]);
    expect(siteDistrictOf('建设地点：十团二连、五连，以及与阿瓦提县乌鲁却勒镇交界处的输水干管')).toBeNull();
    expect(names(siteDistrictOf('建设地点：翔安区新店街道|交货地点：思明区湖滨北路61号'))).toEqual(['福建省', '厦门市']);
    expect(names(siteDistrictOf('项目地点：天津市和平区南京路'))).toEqual(['天津市', '和平区']);
  });
});

describe('preferSiteDistrict', () => {
  const body = '招标人：厦门市思明区教育局\n建设地点：翔安区新店街道洪钟大道\n地址：厦门市思明区湖滨北路61号';

  it('puts the site before the buyer’s district or the bare city in the same city', () => {
    expect(names(preferSiteDistrict('350203', body))).toEqual(['福建省', '厦门市', '翔安区']);
    expect(names(preferSiteDistrict('350200', body))).toEqual(['福建省', '厦门市', '翔安区']);
  });

  it('leaves a place in another city, a bare province and no place as they are', () => {
    expect(preferSiteDistrict('350102', body)).toBe('350102');
    expect(preferSiteDistrict('350000', body)).toBe('350000');
    expect(preferSiteDistrict(null, body)).toBeNull();
  });

  it('puts the city before one of the districts a site spans', () => {
    expect(names(preferSiteDistrict('410102', '招标人：郑州市水利局\n建设地点：中原区须水街道与二七区侯寨乡交界处'))).toEqual([
      '河南省',
      '郑州市',
    ]);
  });
});
