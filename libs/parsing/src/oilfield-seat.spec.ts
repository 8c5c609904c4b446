import { oilfieldSeat } from './oilfield-seat';
import { parseBulletin } from './bulletin-parser';

describe('oilfieldSeat', () => {
  it('gives the seat city of an oilfield company when no place is known, or only its province', () => {
    expect(oilfieldSeat(null, '中国石油化工股份有限公司胜利油田分公司')).toBe('370500');
    expect(oilfieldSeat('610000', '中国石油天然气股份有限公司长庆油田分公司第二采气厂')).toBe('610100');
    expect(oilfieldSeat(null, '中国石油西南油气田分公司')).toBe('510100');
  });

  it('does not overrule a site in another province or city, nor names without a field', () => {
    expect(oilfieldSeat('150626', '中国石油天然气股份有限公司长庆油田分公司第三采油厂')).toBeNull();
    expect(oilfieldSeat('370000', '山东某石油机械有限公司')).toBeNull();
  });

  it('places a field company’s tender whose only other places are its bidders’ homes', () => {
    const body =
      '招标人：中国石油化工股份有限公司胜利油田分公司\n评标结果：\n标段(包)\t排名\t中标候选人\t投标报价(万元)\nA包\t1\t淄博某石油机械有限公司\t1,358.60\nA包\t2\t济南某钢管有限公司\t1,372.45';
    expect(parseBulletin({ title: '抽油杆采购中标候选人公示', body }).regionPath).toEqual(['山东省', '东营市']);
  });
});
