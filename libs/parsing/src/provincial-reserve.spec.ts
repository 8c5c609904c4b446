import { PROVINCIAL_RESERVE } from './provincial-reserve';
import { parseBulletin } from './bulletin-parser';

describe('PROVINCIAL_RESERVE', () => {
  it('reads a province’s stock of relief supplies', () => {
    expect(PROVINCIAL_RESERVE.test('某省2041年度省级应急物资储备框架协议采购征集公告')).toBe(true);
    expect(PROVINCIAL_RESERVE.test('补充省级救灾物资储备库的帐篷')).toBe(true);
    expect(PROVINCIAL_RESERVE.test('自治区级防汛物资储备')).toBe(true);
  });

  it('leaves a city’s or a county’s stock alone', () => {
    expect(PROVINCIAL_RESERVE.test('2041年度市级应急物资储备补充采购')).toBe(false);
    expect(PROVINCIAL_RESERVE.test('县级救灾物资储备库建设项目')).toBe(false);
    expect(PROVINCIAL_RESERVE.test('省级储备粮轮换采购')).toBe(false);
  });

  it('keeps a provincial department’s reserve pool at the province, not its capital', () => {
    const parsed = parseBulletin({
      title: '某某省2041年度省级应急物资储备框架协议采购征集公告',
      body: '征集人：河南省应急管理厅\n一、采购需求：省级救灾物资储备库补充储备帐篷、棉被\n二、响应文件提交截止时间：2041年3月18日10:00',
    });
    expect(parsed.regionPath).toEqual(['河南省']);
  });
});
