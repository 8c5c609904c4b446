import { villagerContractor } from './villager-contractor';
import { readWinnersOf } from './winners';

describe('villagerContractor', () => {
  it('reads the villager given a village’s small works', () => {
    expect(villagerContractor('经村民代表会议议定，由本村村民罗某友承包，承包价27,500元')).toBe('罗某友');
    expect(villagerContractor('由村民张某承建，工期20天')).toBe('张某');
  });

  it('reads no one where a firm takes the job', () => {
    expect(villagerContractor('由甲乙建筑工程有限公司承包')).toBeNull();
  });

  it('is the winner of a village works result that names nobody else', () => {
    const text = '发包人：某县某镇某村村民委员会\n议标结果：经村民代表会议议定，由本村村民罗某友承包，承包价27,500元，工期20天。';
    expect(readWinnersOf(text, ['某县某镇某村村民委员会'])).toEqual(['罗某友']);
  });
});
