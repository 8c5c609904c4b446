import { parseBulletin } from './bulletin-parser';
import { spellCircledNumbers } from './circled-numbers';

describe('spellCircledNumbers', () => {
  it('writes circled numbers of every run as bracketed ones', () => {
    expect(spellCircledNumbers('①甲②乙⑩丙⑳丁')).toBe('(1)甲(2)乙(10)丙(20)丁');
    expect(spellCircledNumbers('❶甲➀乙➊丙❿丁➓戊')).toBe('(1)甲(1)乙(1)丙(10)丁(10)戊');
  });

  it('leaves other text alone', () => {
    expect(spellCircledNumbers('1、某公司（2）某单位')).toBe('1、某公司（2）某单位');
  });

  it('keeps a circled list number off the winner read after it', () => {
    const inline = parseBulletin({
      title: '某中学校舍维修工程评标结果公示',
      body: '评标结果：推荐中标候选人依次为①某某建筑工程有限公司（投标报价2,318,600.00元）②某某建设有限公司（投标报价2,336,000.00元）',
    });
    expect(inline.winners).toEqual(['某某建筑工程有限公司']);
    expect(inline.awardYuan).toBe(2_318_600);
    const lines = parseBulletin({
      title: '某道路工程中标候选人公示',
      body: '中标候选人：\n❶某某建设工程有限公司，投标报价3,256,000元\n❷某某路桥有限公司，投标报价3,268,000元',
    });
    expect(lines.winners).toEqual(['某某建设工程有限公司']);
  });
});
