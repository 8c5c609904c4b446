import { headsOtherField } from './party-heading';
import { readParties } from './parties';

describe('headsOtherField', () => {
  const at = (text: string, label: string) => text.indexOf(label) + label.length;

  it('sees a heading whose next line is another field', () => {
    const text = '二、采购人、采购代理机构信息\n采购人：某县中医院\n采购代理机构：某某招标代理有限公司';
    expect(headsOtherField(text, at(text, '采购代理机构'))).toBe(true);
  });

  it('lets a heading over its 名称 line, a label with its colon, and a name on the next line stand', () => {
    expect(headsOtherField('采购代理机构信息\n名称：某某项目管理有限公司', '采购代理机构'.length)).toBe(false);
    expect(headsOtherField('采购代理机构：\n某某项目管理有限公司', '采购代理机构'.length)).toBe(false);
    expect(headsOtherField('采购代理机构\n某某项目管理有限公司', '采购代理机构'.length)).toBe(false);
  });

  it('leaves the agency to its own field below a joint heading', () => {
    const body = '二、采购人、采购代理机构信息\n采购人：浦江县中医院\n地址：浦江县浦阳街道\n采购代理机构：浙江江南招标代理有限公司';
    expect(readParties(body, '某项目公开招标公告', { titleFallback: true, agencyFallback: true })).toEqual({
      buyer: '浦江县中医院',
      agency: '浙江江南招标代理有限公司',
    });
  });
});
