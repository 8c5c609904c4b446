import { regionPath, resolveRegion } from '@app/regions';
import { areaWideCode } from './area-wide-scope';

const code = (place: string): string => resolveRegion({ regionText: place })!.code;
const names = (c: string | null): string[] | null => (c ? regionPath(c).map((r) => r.name) : null);

describe('areaWideCode', () => {
  it("keeps a provincial body's delivery list of counties in several cities at the province", () => {
    const body = '采购人：湖北省农业农村厅\n采购需求：配送至以下县（市、区）动物疫控中心：大冶市、阳新县、郧西县、竹山县、远安县。';
    expect(names(areaWideCode(code('湖北省武汉市'), '湖北省农业农村厅', body))).toEqual(['湖北省']);
  });

  it('reads a list whose items run on to a count (杭州市公安局1,100台、宁波市公安局…)', () => {
    const body = '配送清单：杭州市公安局1,100台、宁波市公安局1,050台、温州市公安局1,000台';
    expect(names(areaWideCode(code('浙江省杭州市西湖区'), '浙江省公安厅', body))).toEqual(['浙江省']);
  });

  it('reads lots named by their cities (第1分标：南宁市, 包2（宜昌市）)', () => {
    const lots = '第1分标：南宁市（含所辖县区学校），预算1,320.00万元\n第2分标：柳州市，预算860.00万元';
    expect(names(areaWideCode(code('广西南宁市'), '广西壮族自治区教育厅', lots))).toEqual(['广西壮族自治区']);
    const change = '1.包1（武汉市）交货地点更正；\n2.包2（宜昌市）预算金额由860万元更正为920万元；';
    expect(names(areaWideCode(code('湖北省武汉市'), '湖北省教育厅', change))).toEqual(['湖北省']);
  });

  it("keeps a city body's lots per district at the city", () => {
    const body = '包1（渝中区、大渡口区）：某某公司\nA包：历下区、市中区中小学校';
    expect(names(areaWideCode(code('山东省济南市历下区'), '济南市教育局', body))).toEqual(['山东省', '济南市']);
  });

  it('leaves one place named below a provincial body (its one site) alone', () => {
    const body = '招标人为甘肃省林业和草原局\n2.1 建设地点：张掖市肃南裕固族自治县红湾寺镇';
    const site = code('甘肃省张掖市肃南裕固族自治县');
    expect(areaWideCode(site, '甘肃省林业和草原局', body)).toBe(site);
  });

  it('does not count places named in prose, addresses, contacts or firm names', () => {
    const body =
      '建设地点：益阳市沅江市琼湖街道\n代理机构地址：长沙市岳麓区麓谷大道\n开标地点：长沙市公共资源交易中心\n中标人：株洲市某建设有限公司、益阳市某某有限公司';
    const site = code('湖南省益阳市沅江市');
    expect(areaWideCode(site, '湖南省监狱管理局', body)).toBe(site);
  });

  it("leaves a company's route through its city's districts alone, and a body of another area", () => {
    const route = '线路起自鄞州区小洋江站、经鄞州区云龙、横溪，跨海后经象山县贤庠、大徐后进入象山县城区';
    const site = code('浙江省宁波市慈溪市');
    expect(areaWideCode(site, '宁波市十号线市域铁路发展有限公司', route)).toBe(site);
    const list = '交货地点：大冶市、阳新县、郧西县';
    const wuhan = code('湖北省武汉市');
    expect(areaWideCode(wuhan, '某某大学', list)).toBe(wuhan);
  });

  it('leaves a notice the region text files below the body alone', () => {
    const body = '配送清单：杭州市公安局1,100台、宁波市公安局1,050台';
    const hz = code('浙江省杭州市');
    expect(areaWideCode(hz, '浙江省公安厅', body, '浙江省 杭州市')).toBe(hz);
    expect(names(areaWideCode(hz, '浙江省公安厅', body, '浙江省'))).toEqual(['浙江省']);
  });
});

describe("areaWideCode: a developer's city company", () => {
  it('keeps a 战略集采 in lots per district at the city', () => {
    const body = '招标单位：佛山某某房地产开发有限公司\n标段一（南海区项目）：中标单位：甲公司\n标段二（顺德区项目）：中标单位：乙公司';
    expect(names(areaWideCode(code('广东省佛山市南海区'), '佛山某某房地产开发有限公司', body))).toEqual(['广东省', '佛山市']);
  });

  it("leaves a project company's one district, and another company's lots, alone", () => {
    const one = '招标单位：佛山某某置业有限公司\n项目地点：佛山市南海区桂城街道';
    expect(names(areaWideCode(code('广东省佛山市南海区'), '佛山某某置业有限公司', one))).toEqual(['广东省', '佛山市', '南海区']);
    const lots = '标段一（南海区）：甲公司\n标段二（顺德区）：乙公司';
    expect(names(areaWideCode(code('广东省佛山市南海区'), '佛山市某某轨道交通有限公司', lots))).toEqual(['广东省', '佛山市', '南海区']);
  });
});
