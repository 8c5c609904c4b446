import { letsForRent } from './rent-taken-in';
import { parseBulletin } from './bulletin-parser';

describe('letsForRent', () => {
  it('reads a letting by its lessor, lessee or rent agreed', () => {
    expect(letsForRent('出租方：某区国有资产投资经营有限公司\n承租人：某贸易有限公司\n成交年租金：63,200元')).toBe(true);
    expect(letsForRent('年租金起始价：52,800元')).toBe(true);
  });

  it('leaves a body renting for itself', () => {
    expect(letsForRent('采购人：某中学\n成交金额：168000元（三年租金合计）')).toBe(false);
    expect(letsForRent('中标金额：268,000.00元')).toBe(false);
  });

  it('gives a lease result its lessee but no award amount', () => {
    const parsed = parseBulletin({
      title: '某区某街道国有门面房招租结果公示',
      body: '出租方：某市某区国有资产投资经营有限公司\n标的：门面房1间，租期五年\n年租金起始价：52,800元\n成交年租金：63,200元\n承租人：某市恒达贸易有限公司\n公示期：五个工作日',
    });
    expect(parsed.category).toBe('award');
    expect(parsed.winners).toEqual(['某市恒达贸易有限公司']);
    expect(parsed.awardYuan).toBeNull();
  });
});
