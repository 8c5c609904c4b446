import { trustedRegionText } from './crawler-region-text';

describe('trustedRegionText', () => {
  it("drops a crawler's city that the notice's buyer and title both contradict and never name", () => {
    const notice = {
      buyer: '东莞市塘厦镇人民政府',
      title: '东莞市塘厦镇人民政府道路保洁服务项目中标结果公告',
      body: '采购人地址：东莞市塘厦镇迎宾大道1号',
    };
    expect(trustedRegionText({ regionText: '广东 深圳市', ...notice })).toBeNull();
    expect(trustedRegionText({ regionText: '江苏 苏州市 吴中区', ...notice })).toBeNull();
  });

  it('keeps region text the notice agrees with, names somewhere, or that names a province only', () => {
    const notice = { buyer: '东莞市塘厦镇人民政府', title: '东莞市塘厦镇道路保洁服务项目中标结果公告', body: '服务地点：东莞市塘厦镇' };
    expect(trustedRegionText({ regionText: '广东 东莞市', ...notice })).toBe('广东 东莞市');
    expect(trustedRegionText({ regionText: '[广东]', ...notice })).toBe('[广东]');
    // The work lies in the filed city though its buyer is of another (a 对口帮扶 project).
    expect(trustedRegionText({ regionText: '广东 深圳市', ...notice, body: '建设地点：深圳市龙岗区' })).toBe('广东 深圳市');
  });

  it('keeps region text where buyer and title do not agree on one city, or the buyer is a company', () => {
    expect(
      trustedRegionText({ regionText: '广东 深圳市', buyer: '东莞市某镇人民政府', title: '道路保洁服务项目中标结果公告', body: '' }),
    ).toBe('广东 深圳市');
    expect(
      trustedRegionText({ regionText: '广东 深圳市', buyer: '东莞市某环境工程有限公司', title: '东莞市某厂房改造工程', body: '' }),
    ).toBe('广东 深圳市');
  });
});
