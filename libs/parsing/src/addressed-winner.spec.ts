import { readWinnersOf } from './winners';

describe('readWinners: a letter of award names the winner it is addressed to', () => {
  it('reads the addressee written "某公司：" above "你单位…被确定为中标人", not the buyer who signs', () => {
    const text =
      '中标通知书\n某某路桥工程有限公司：\n你单位于2027年11月8日递交的某某道路工程投标文件已被我方接受，被确定为中标人。\n中标价：3,268,450.00元\n招标人：某某县交通运输局（盖章）\n招标代理机构：某某项目管理有限公司（盖章）';
    expect(readWinnersOf(text, ['某某县交通运输局', '某某项目管理有限公司'])).toEqual(['某某路桥工程有限公司']);
  });

  it('reads the addressee after 致 when the letter says 贵公司为本项目中标人', () => {
    const text =
      '致：某某建设集团有限公司\n贵公司参与的某某改造工程投标，经评标委员会评审并经招标人确认，贵公司为本项目中标人，中标金额为人民币捌佰陆拾贰万元整。\n请贵公司自收到本通知书之日起三十日内签订合同。\n招标人：某某区住房和城乡建设局';
    expect(readWinnersOf(text, ['某某区住房和城乡建设局'])).toEqual(['某某建设集团有限公司']);
  });

  it('names nobody from a letter telling its addressee it did not win', () => {
    const text = '某某建设有限公司：\n你单位参与的某某工程投标未被确定为中标人，感谢参与。\n中标人：某某市政工程有限公司';
    expect(readWinnersOf(text, [])).toEqual(['某某市政工程有限公司']);
  });

  it('reads the addressee after 致 without a colon when the works are named between 为 and 的中标人', () => {
    const text =
      '中标通知书\n致某某建设有限公司：\n经评审，你公司被确定为某工程的中标人，中标价为人民币1,234,567元。\n招标人：某某县住房和城乡建设局';
    expect(readWinnersOf(text, ['某某县住房和城乡建设局'])).toEqual(['某某建设有限公司']);
  });

  it('leaves a letter to the buyer that names the winner itself to the other rules', () => {
    const text =
      '某某城市投资有限公司：\n贵公司委托我单位代理的某某道路工程，经评标委员会评审，确定某某路桥建设有限公司为中标人。\n代理机构：某某招标有限公司';
    expect(readWinnersOf(text, ['某某招标有限公司'])).toEqual(['某某路桥建设有限公司']);
  });
});
