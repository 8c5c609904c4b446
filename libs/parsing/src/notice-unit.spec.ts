import { wanStatedForBareFigure } from './notice-unit';

const unitAt = (text: string, label: string) => {
  const at = text.lastIndexOf(label);
  return wanStatedForBareFigure(text, at, at + label.length);
};

describe('wanStatedForBareFigure', () => {
  const rows = Array.from({ length: 8 }, (_, i) => `${i + 1} | 某${i}建设有限公司 | 48${i}.3215 | 90日历天 | 合格`).join('\n');

  it('gives 万元 to a bare award far below a caption or a column stating it', () => {
    expect(unitAt(`某工程中标结果公告\n(金额单位:万元)\n招标人:某局\n${rows}\n中标人:某3建设有限公司\n中标价:1,253.6720`, '中标价')).toBe(
      10_000,
    );
    expect(unitAt(`序号 | 投标人 | 投标报价(单位:万元) | 工期 | 评审结论\n${rows}\n中标金额:483.3215`, '中标金额')).toBe(10_000);
  });

  it('gives none when a figure of the notice is in 元, the figure has its unit, or it is too large', () => {
    expect(unitAt(`(金额单位:万元)\n${rows}\n代理服务费:12,800元\n中标价:1,253.6720`, '中标价')).toBeNull();
    expect(unitAt(`(金额单位:万元)\n${rows}\n中标价:¥1,253.67`, '中标价')).toBeNull();
    expect(unitAt(`(金额单位:万元)\n${rows}\n中标价:1253.672万元`, '中标价')).toBeNull();
    expect(unitAt(`(金额单位:万元)\n${rows}\n中标价:1286000`, '中标价')).toBeNull();
    expect(unitAt(`${rows}\n中标价:1,253.6720`, '中标价')).toBeNull();
  });
});
