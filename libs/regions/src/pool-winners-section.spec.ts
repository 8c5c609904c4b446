import { bodySections } from './body-sections';
import { POOL_WINNERS_LABEL } from './pool-winners-section';

describe('POOL_WINNERS_LABEL', () => {
  it('reads a pool’s list label, with a note in brackets', () => {
    expect(POOL_WINNERS_LABEL.test('入围结果(排名不分先后):')).toBe(true);
    expect(POOL_WINNERS_LABEL.test('定点供应商:')).toBe(true);
    expect(POOL_WINNERS_LABEL.test('入围供应商名单：')).toBe(true);
  });

  it('leaves a heading without a colon alone', () => {
    expect(POOL_WINNERS_LABEL.test('入围结果公告')).toBe(false);
  });

  it('moves the admitted firms out of the main text', () => {
    const s = bodySections('征集人:某市财政局|入围结果(排名不分先后):|1.某市青秀彩印有限公司,优惠率:16%|联系人:张工');
    expect(s.otherParties).toContain('青秀彩印');
    expect(s.main).not.toContain('青秀彩印');
  });
});
