import { trustedRegionText } from './crawler-region-text';

describe('trustedRegionText', () => {
  it("drops a group's seat for a plant's title that names its county in another city", () => {
    const notice = {
      buyer: '某某绿源（甘肃）新能源有限公司',
      title: '瓜州县200MW光伏治沙项目EPC总承包招标公告',
      body: '招标人：某某绿源（甘肃）新能源有限公司\n本项目位于甘肃省酒泉市瓜州县柳园镇以南。',
    };
    expect(trustedRegionText({ regionText: '甘肃省 兰州市', ...notice })).toBeNull();
    // The seat named in the notice, the site in the filed city, or no plant in the title: kept.
    expect(trustedRegionText({ regionText: '甘肃省 兰州市', ...notice, body: '开标地点：兰州市城关区' })).toBe('甘肃省 兰州市');
    expect(trustedRegionText({ regionText: '甘肃省 酒泉市', ...notice })).toBe('甘肃省 酒泉市');
    expect(trustedRegionText({ regionText: '甘肃省 兰州市', ...notice, title: '瓜州县柳园镇卫生院改造工程招标公告' })).toBe(
      '甘肃省 兰州市',
    );
  });

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

describe("trustedRegionText: a developer's project company filed under the group's seat", () => {
  it("drops the group's city where the project company and the title name another", () => {
    const notice = {
      buyer: '济南海岳万象置业有限公司',
      title: '济南历城·万象府项目电梯采购及安装工程中标结果公示',
      body: '招标单位：济南海岳万象置业有限公司\n中标单位：山东奥森电梯工程有限公司',
    };
    expect(trustedRegionText({ regionText: '山东省 青岛市', ...notice })).toBeNull();
  });

  it("drops a municipality's name as it drops a city's", () => {
    const notice = {
      buyer: '杭州某某房地产开发有限公司',
      title: '某控股 杭州临平·某府二期总包工程邀请招标公告',
      body: '回标截止时间：2037年4月22日10:00',
    };
    expect(trustedRegionText({ regionText: '上海市', ...notice })).toBeNull();
    expect(trustedRegionText({ regionText: '北京市 朝阳区', ...notice })).toBeNull();
  });

  it("reads past other firms' names that hold the group's city, but keeps it named in the notice's own words", () => {
    const notice = { buyer: '宁波某某房地产开发有限公司', title: '某集团宁波公司防水工程战略集采入围结果公示' };
    expect(trustedRegionText({ regionText: '浙江省 杭州市', ...notice, body: '入围单位：杭州某某防水科技有限公司' })).toBeNull();
    expect(trustedRegionText({ regionText: '浙江省 杭州市', ...notice, body: '适用范围：宁波公司及杭州公司在建项目' })).toBe(
      '浙江省 杭州市',
    );
  });

  it('keeps region text for other companies and for a group company', () => {
    const body = '';
    expect(trustedRegionText({ regionText: '广东省 深圳市', buyer: '东莞某某电子有限公司', title: '东莞某厂房改造工程', body })).toBe(
      '广东省 深圳市',
    );
    expect(trustedRegionText({ regionText: '广东省 深圳市', buyer: '东莞某某地产集团有限公司', title: '东莞某项目总包工程', body })).toBe(
      '广东省 深圳市',
    );
  });
});
