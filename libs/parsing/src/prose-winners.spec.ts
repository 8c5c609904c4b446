import { decidedAs } from './prose-winners';

describe('decidedAs: delivery firms a hospital chooses (own-b113)', () => {
  it('reads "确定A、B为本集团2032年度药品配送企业" as both names', () => {
    const text = '经遴选小组评审，确定甲医药有限公司、乙医药物流有限公司为本集团2032年度药品配送企业。';
    expect(decidedAs(text)).toEqual(['甲医药有限公司', '乙医药物流有限公司']);
    expect(decidedAs('确定丙医疗器械有限公司为我院医用耗材配送单位')).toEqual(['丙医疗器械有限公司']);
  });

  it('takes no name from a sentence about an earlier delivery firm', () => {
    expect(decidedAs('丁医药有限公司为原配送企业，合同期满')).toEqual([]);
  });
});
