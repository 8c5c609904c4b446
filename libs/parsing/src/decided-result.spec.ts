import { namesTheChosen } from './decided-result';
import { readNoticeKind } from './category';

describe('namesTheChosen', () => {
  it.each([
    '成交单位：某水务工程有限公司\n比选报价：386.42万元',
    '经比选人确定，本项目成交单位如下：某物业服务有限公司',
    '中标人：某建设有限公司',
    '比选单位：某大学后勤保障部\n选定单位：某物流有限公司\n成交金额：暂无',
    '选定的服务商：某咨询有限公司',
    '第一中选候选人：某餐饮有限公司\n第二中选候选人：某后勤服务有限公司\n确定中选人：某餐饮有限公司',
    '最终确定的成交供应商：某物业服务有限公司',
  ])('%s', (text) => expect(namesTheChosen(text)).toBe(true));

  it.each([
    '第一成交候选人：某公司',
    '评审排名：1. 某公司',
    '拟成交单位：某公司',
    '比选报价：386万元',
    '拟选定单位：某公司，第二名：某某公司',
    '第一中标候选人：某公司\n拟确定中标人：某公司',
    '第一中标候选人：某公司\n公示期满后将确定中标人',
  ])('not %s', (text) => expect(namesTheChosen(text)).toBe(false));
});

describe('readNoticeKind: a 结果公示 naming the firm chosen is the result', () => {
  it('reads the result, and candidates where candidates are named', () => {
    expect(
      readNoticeKind({ title: '某工程比选结果公示', body: '经比选人确定，本项目成交单位如下：\n成交单位：某公司\n成交价：42.6万元' }),
    ).toEqual({
      category: 'award',
      stage: 'result',
    });
    expect(readNoticeKind({ title: '某工程比选结果公示', body: '第一成交候选人：某公司\n第二成交候选人：某某公司' })).toEqual({
      category: 'award',
      stage: 'candidates',
    });
  });
});
