import { namesParticipants } from './participant-label';

describe('namesParticipants', () => {
  const at = (text: string, label: string) => namesParticipants(text, text.indexOf(label));

  it('tells a list of those who took part by 参与/参加 …的 before the label', () => {
    expect(at('参与竞价的入围供应商：甲公司、乙公司', '入围供应商')).toBe(true);
    expect(at('参加本次二次报价的供应商名称：甲公司', '供应商名称')).toBe(true);
  });

  it('leaves winner labels without it alone', () => {
    expect(at('成交供应商：甲公司', '成交供应商')).toBe(false);
    expect(at('参与竞价情况：共3家。\n成交供应商：甲公司', '成交供应商')).toBe(false);
    expect(at('参与本项目，中标人：甲公司', '中标人')).toBe(false);
  });
});
