import { DIRECT_AWARD_PUBLICITY } from './direct-award-publicity';
import { parseBulletin } from './bulletin-parser';

describe('DIRECT_AWARD_PUBLICITY', () => {
  it('reads a direct award publicity as a result', () => {
    expect(DIRECT_AWARD_PUBLICITY.test('某县某河堤防应急抢险工程直接发包公示')).toBe(true);
    expect(DIRECT_AWARD_PUBLICITY.test('某镇水毁道路抢修工程直接发包结果公告')).toBe(true);
  });

  it('leaves a plain call for builders alone', () => {
    expect(DIRECT_AWARD_PUBLICITY.test('某村道路硬化工程发包公告')).toBe(false);
    expect(DIRECT_AWARD_PUBLICITY.test('某镇小型工程发包公示')).toBe(false);
  });

  it('makes the notice an award', () => {
    const parsed = parseBulletin({
      title: '某县某河堤防决口应急抢险工程直接发包公示',
      body: '发包单位：某县水利局\n发包方式：应急抢险直接发包\n抢险单位：某某水利建设有限公司\n发包金额：52.4万元',
    });
    expect(parsed.category).toBe('award');
    expect(parsed.stage).toBe('result');
  });
});
