import { decidedBlockNames } from './decided-block';

describe('decidedBlockNames', () => {
  it('reads the bidder whose own block is marked 是否得标：是, not the one listed after it', () => {
    const text =
      '投标厂商1\n厂商名称：甲土木包工业\n是否得标：是\n决标金额：新台币100元\n投标厂商2\n厂商名称：乙营造有限公司\n是否得标：否';
    expect(decidedBlockNames(text)).toEqual(['甲土木包工业']);
  });

  it('takes the block marked won wherever it stands', () => {
    const text = '供应商名称：甲科技有限公司\n是否中标：否\n供应商名称：乙科技有限公司\n是否中标：是';
    expect(decidedBlockNames(text)).toEqual(['乙科技有限公司']);
  });

  it('is empty without such fields', () => {
    expect(decidedBlockNames('中标供应商：甲科技有限公司\n中标金额：100元')).toEqual([]);
  });
});
