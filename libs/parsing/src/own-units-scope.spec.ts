import { resolveRegion } from '@app/regions';
import { ownUnitsScope } from './own-units-scope';
import { locateRegion } from './region';

const code = (name: string) => resolveRegion({ buyer: name })?.code ?? null;

describe('ownUnitsScope', () => {
  it('keeps a province’s purchase for its own units at the province, not its capital', () => {
    const body = '征集人：广东省政府采购中心\n采购方式：框架协议采购\n适用范围：省直各预算单位\n提交地点：广州市天河区体育东路';
    expect(ownUnitsScope(code('广州市'), '广东省政府采购中心', body)).toBe(code('广东省'));
    expect(ownUnitsScope(code('广州市天河区'), '广东省政府采购中心', body)).toBe(code('广东省'));
    expect(ownUnitsScope(code('广州市'), '广东省政府采购中心', body, '广东省')).toBe(code('广东省'));
    expect(ownUnitsScope(code('广州市'), '广东省政府采购中心', body, '广东省 广州市')).toBe(code('广州市'));
  });

  it('leaves a place outside the capital, a purchase not for the own units, and a municipality alone', () => {
    expect(ownUnitsScope(code('汕头市'), '广东省政府采购中心', '省直单位协议供货，交货地点：汕头市')).toBe(code('汕头市'));
    expect(ownUnitsScope(code('武汉市'), '湖北省财政厅', '采购人：湖北省财政厅（省直单位）\n办公楼消防改造公开招标')).toBe(code('武汉市'));
    expect(ownUnitsScope(code('广州市'), '广东省政府采购中心', '地址：广州市天河区')).toBe(code('广州市'));
    expect(ownUnitsScope(code('广州市'), '广州市政府采购中心', '市直单位框架协议')).toBe(code('广州市'));
  });

  it('places a provincial centre’s call for the province’s units at the province', () => {
    const found = locateRegion({
      buyer: '云南省政府采购中心',
      title: '云南省2041年度省级单位空调协议供货入围征集公告',
      body: '征集人：云南省政府采购中心\n联系地址：昆明市西山区滇池路',
    });
    expect(found?.path).toEqual(['云南省']);
  });
});
