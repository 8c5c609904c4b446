import { OPEN_FRAMEWORK_CALL } from './open-framework-call';
import { parseBulletin } from './bulletin-parser';

describe('OPEN_FRAMEWORK_CALL', () => {
  it('reads an open framework agreement notice as its call', () => {
    expect(OPEN_FRAMEWORK_CALL.test('某省2040年度省直单位定点加油开放式框架协议公告')).toBe(true);
    expect(OPEN_FRAMEWORK_CALL.test('某市会议服务框架协议采购公告')).toBe(true);
  });

  it('leaves the framework’s results and changes to their own words', () => {
    expect(OPEN_FRAMEWORK_CALL.test('某市印刷服务框架协议采购入围结果公告')).toBe(false);
    expect(OPEN_FRAMEWORK_CALL.test('某市物业服务框架协议采购更正公告')).toBe(false);
  });

  it('makes the notice a tender', () => {
    const parsed = parseBulletin({
      title: '某省2040—2042年度省直机关公务用车定点加油开放式框架协议公告',
      body: '征集人：某省机关事务管理局\n采购方式：框架协议采购（开放式）\n协议期内符合条件的供应商可随时申请加入。',
    });
    expect(parsed.category).toBe('tender');
    expect(parsed.stage).toBe('invitation');
  });
});
