import { locateRegion } from './region';
import { dropSeatAddressDistrict as dropWithSite } from './seat-address-district';
import { siteDistrictOf } from './site-district';

/** As region.ts calls it: with the site lines read from the same body. */
const dropSeatAddressDistrict = (code: string, input: { buyer: string; regionText?: string; title: string; body: string }) =>
  dropWithSite(code, siteDistrictOf(input.body), input);

const cityOf = (input: { buyer: string; title: string; body: string; regionText?: string }) => locateRegion(input)?.path;

describe('dropSeatAddressDistrict', () => {
  it('reads a province body as its city where only the supplier’s and the agency’s addresses name its district', () => {
    const body =
      '一、项目名称：某省体育总会赛事服务\n中标供应商：某某体育文化有限公司\n供应商地址：长沙市岳麓区麓谷大道66号\n' +
      '采购人：湖南省体育总会\n采购代理机构：某某招标有限公司\n地址：长沙市岳麓区潇湘中路328号';
    const input = { buyer: '湖南省体育总会', title: '湖南省体育总会赛事服务中标公告', body };
    expect(dropSeatAddressDistrict('430104', input)).toBe('430100');
  });

  it('reads a city body as its city where a bid-opening venue alone names a district', () => {
    const body = '采购人：南京市财政局\n开标地点：南京市建邺区江东中路311号开标室\n预算金额：50万元';
    expect(cityOf({ buyer: '南京市财政局', title: '南京市财政局办公设备采购公告', body })).toEqual(['江苏省', '南京市']);
  });

  it('keeps the district of a city unit’s own address for its own purchase', () => {
    const body = '采购人：保定市第二医院\n地址：保定市莲池区东风路1号\n采购代理机构：某某招标有限公司\n地址：保定市竞秀区朝阳大街2号';
    expect(cityOf({ buyer: '保定市第二医院', title: '保定市第二医院超声设备采购公告', body })).toEqual(['河北省', '保定市', '莲池区']);
  });

  it('reads a city body’s own address as its city where the work is the whole city’s', () => {
    const body = '采购需求：全市空气自动监测站运维\n采购人：泰州市生态环境局\n地址：泰州市海陵区鼓楼南路1号';
    expect(cityOf({ buyer: '泰州市生态环境局', title: '泰州市生态环境局监测运维服务采购意向', body })).toEqual(['江苏省', '泰州市']);
  });

  it('keeps a district named as the site, in the title or in prose', () => {
    const site = '建设地点：武汉市江夏区八分山林区\n招标人：武汉市园林和林业局\n地址：武汉市江岸区解放大道1号';
    expect(cityOf({ buyer: '武汉市园林和林业局', title: '防火通道工程招标公告', body: site })).toEqual(['湖北省', '武汉市', '江夏区']);
    const prose = '为改善江岸区背街小巷环境，现公开招标。\n采购代理机构：某某咨询有限公司\n地址：武汉市江岸区中山大道8号';
    expect(cityOf({ buyer: '武汉市城市管理执法委员会', title: '背街小巷整治服务招标公告', body: prose })).toEqual([
      '湖北省',
      '武汉市',
      '江岸区',
    ]);
  });

  it('reads a municipality’s own body as the municipality', () => {
    const body = '采购人：重庆市教育委员会\n采购代理机构：某某招标代理有限公司\n地址：重庆市江北区建新北路65号';
    expect(locateRegion({ buyer: '重庆市教育委员会', title: '教师培训服务采购', body })?.path.at(-1)).toBe('重庆市');
  });

  it('leaves a district buyer and a district in the region text alone', () => {
    const body = '采购代理机构：某某招标有限公司\n地址：南京市建邺区江东中路311号';
    expect(dropSeatAddressDistrict('320105', { buyer: '南京市建邺区教育局', title: '采购公告', body })).toBe('320105');
    expect(dropSeatAddressDistrict('320105', { buyer: '南京市财政局', regionText: '南京市建邺区', title: '采购公告', body })).toBe(
      '320105',
    );
    expect(dropSeatAddressDistrict('320105', { buyer: '南京市财政局', title: '采购公告', body })).toBe('320100');
  });

  it('keeps the district of a venue held in the buyer’s own building, not of one elsewhere', () => {
    const lead = '南京市第一中学拟开展实验室改造，现邀请相关供应商参加采购需求论证。\n论证地点：';
    const own = lead + '南京市秦淮区中山南路1号南京市第一中学行政楼会议室';
    const other = lead + '南京市秦淮区中山南路1号某某大厦会议室';
    const title = '南京市第一中学实验室改造采购需求论证公告';
    expect(dropSeatAddressDistrict('320104', { buyer: '南京市第一中学', title, body: own })).toBe('320104');
    expect(dropSeatAddressDistrict('320104', { buyer: '南京市第一中学', title, body: other })).toBe('320100');
  });
});
