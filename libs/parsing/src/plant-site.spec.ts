import { namesPlant } from './plant-site';

describe('namesPlant', () => {
  it.each([
    '瓜州县200MW光伏治沙项目EPC总承包招标公告',
    '某区100MW/200MWh独立储能电站EPC总承包中标结果公告',
    '某镇渔光互补光伏发电项目桩基工程施工招标公告',
    '某县400MW风电项目EPC总承包中标候选人公示',
    '某区公交场站充电站建设工程中标结果公告',
    '某区风光制氢一体化示范项目电解槽设备采购',
  ])('%s', (title) => {
    expect(namesPlant(title)).toBe(true);
  });

  it('leaves other works and goods', () => {
    expect(namesPlant('某区第三小学教学楼改扩建工程施工招标公告')).toBe(false);
    expect(namesPlant('某县2037年农村公路养护采购项目')).toBe(false);
  });
});
