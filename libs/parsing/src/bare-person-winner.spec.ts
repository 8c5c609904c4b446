import { barePersonAt } from './bare-person-winner';
import { readWinners } from './winners';

const at = (text: string, label: string) => barePersonAt(text, text.indexOf(label), text.indexOf(label) + label.length);

describe('barePersonAt (own-b163)', () => {
  it('reads a bare name after a label made for a person, ending its field', () => {
    expect(at('成交人：寸某明\n成交价：49500元', '成交人')).toBe('寸某明');
    expect(at('承包人：罗某，承包价27,500元', '承包人')).toBe('罗某');
    expect(at('中标人：李某某 中标价：8.6万元', '中标人')).toBe('李某某');
  });

  it('reads no name from a firm’s label, a longer value or words put in the field', () => {
    expect(at('成交单位：王某\n', '成交单位')).toBeNull();
    expect(at('成交人：某某建筑劳务有限公司\n', '成交人')).toBeNull();
    expect(at('中标人：待定\n', '中标人')).toBeNull();
    expect(at('成交人：见附件\n', '成交人')).toBeNull();
    expect(at('中标人：无\n', '中标人')).toBeNull();
  });

  it('gives the winner of a village small works result', () => {
    expect(readWinners('发包方：某镇某村股份经济合作社\n成交人：寸某明\n成交价：49500元\n公示期：5天')).toEqual(['寸某明']);
  });
});
