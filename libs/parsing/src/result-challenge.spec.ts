import { answersResultChallenge } from './result-challenge';

describe('answersResultChallenge', () => {
  it('reads an answer to a 质疑 against a published result', () => {
    expect(answersResultChallenge('质疑事项：对2029年6月14日发布的成交结果提出质疑。\n答复：质疑事项不成立，维持原成交结果。')).toBe(true);
    expect(answersResultChallenge('供应商甲就本项目中标结果公告提出质疑。')).toBe(true);
    expect(answersResultChallenge('经复核，质疑不成立，评审结果维持不变。')).toBe(true);
    expect(answersResultChallenge('质疑事项：对本项目中标候选人公示提出质疑，认为第一中标候选人资质不符。')).toBe(true);
  });

  it('leaves a 质疑 against the documents of a tender to be a clarification', () => {
    expect(answersResultChallenge('质疑事项：采购文件第三章技术参数第8条具有倾向性。\n答复：该条款修改为…')).toBe(false);
    expect(answersResultChallenge('本项目结果公告期限为1个工作日。')).toBe(false);
    expect(answersResultChallenge('质疑事项：采购文件规定的中标候选人数量不合理。')).toBe(false);
  });
});
