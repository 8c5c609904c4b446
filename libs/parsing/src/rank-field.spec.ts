import { readResultAmount } from './award-amount';
import { bidAboveRankField, bidBelowName, isRankField, nameAboveRankField } from './rank-field';
import { readWinners } from './winners';

const SECOND_FIRST =
  '投标人名称:某某市政工程有限公司\n投标报价:2,400,000.00元\n排名:第二名\n投标人名称:某某建设有限公司\n投标报价:2,345,678.00元\n排名:第一名';
const FIRST_FIRST =
  '投标人名称:某某建设有限公司\n投标报价:2,345,678.00元\n综合得分:92.35\n排名:第一名\n投标人名称:某某市政工程有限公司\n投标报价:2,400,000.00元\n排名:第二名';

describe('rank fields closing a bidder block', () => {
  it('finds the name and the bid of the block a rank field closes', () => {
    const at = SECOND_FIRST.lastIndexOf('第一名');
    expect(isRankField(SECOND_FIRST, at)).toBe(true);
    expect(nameAboveRankField(SECOND_FIRST, at)).toBe('某某建设有限公司');
    expect(SECOND_FIRST.slice(bidAboveRankField(SECOND_FIRST, at)).startsWith('2,345,678.00元')).toBe(true);
    expect(SECOND_FIRST.slice(bidBelowName(SECOND_FIRST, '某某建设有限公司')).startsWith('2,345,678.00元')).toBe(true);
  });

  it('reads the first-ranked block as the winner and its bid as the award, whichever block comes first', () => {
    expect(readWinners(SECOND_FIRST)).toEqual(['某某建设有限公司']);
    expect(readWinners(FIRST_FIRST)).toEqual(['某某建设有限公司']);
    expect(readResultAmount(SECOND_FIRST, ['某某建设有限公司'])).toBe(2_345_678);
    expect(readResultAmount(FIRST_FIRST, ['某某建设有限公司'])).toBe(2_345_678);
  });

  it('leaves a rank written as a label over the name alone', () => {
    expect(isRankField('第一名:某某建设有限公司', 0)).toBe(false);
  });
});
