import { labelMultiplier, readAmountAfter } from './amount-reader';

const after = (text: string, label: string, unit: number | null = null) => {
  const from = text.indexOf(label) + label.length;
  return readAmountAfter(text, from, unit)?.yuan;
};

describe('readAmountAfter', () => {
  it('reads a unit statement on the line after the figure', () => {
    expect(after('中标价:128.6\n(单位:万元)', '中标价')).toBe(1_286_000);
    expect(after('中标价:179.3\n(万元)', '中标价')).toBe(1_793_000);
  });

  it('skips colons, line breaks, 为, 人民币 and bracketed notes', () => {
    expect(after('预算金额:\n1,200,000.00元', '预算金额')).toBe(1_200_000);
    expect(after('最高限价(含税价)为154868元', '最高限价')).toBe(154_868);
    expect(after('招标控制价:人民币839082元', '招标控制价')).toBe(839_082);
  });

  it('reads a cap said in words before its figure', () => {
    expect(after('采购预算:不超过64万元', '采购预算')).toBe(640_000);
    expect(after('最高限价:最高不高于1,150,000元', '最高限价')).toBe(1_150_000);
    expect(after('预算金额:控制在38.5万元以内', '预算金额')).toBe(385_000);
  });

  it('skips whether tax is included when it is written before the figure', () => {
    expect(after('比选控制价:不含税286万元(两年合计)', '比选控制价')).toBe(2_860_000);
    expect(after('投标报价:含税价1,265,800.00元', '投标报价')).toBe(1_265_800);
  });

  it('takes the unit from the number, the next line, or the label', () => {
    expect(after('预算金额:\n60\n万元', '预算金额')).toBe(600_000);
    expect(after('预算金额:\n179.3\n(万元)', '预算金额')).toBe(1_793_000);
    expect(after('合同估算价(万元)\n5.84', '合同估算价')).toBe(58_400);
    expect(after('投资额 | 450', '投资额', 10_000)).toBe(4_500_000);
  });

  it('reads thousands split by spaces as one number, not its last group', () => {
    expect(after('中标金额:1 286 500.00元', '中标金额')).toBe(1_286_500);
    expect(after('预算金额(元):1 286 500', '预算金额')).toBe(1_286_500);
    expect(after('预算金额:286 500元', '预算金额')).toBe(286_500);
    expect(after('预算金额:12 500.50', '预算金额')).toBe(12_500.5);
    // A single three-digit group after a number is not one amount unless a unit or decimals say so.
    expect(after('预算金额:3 500 个', '预算金额')).not.toBe(3_500);
  });

  it('reads thousands with a space after each comma, never two figures of a list as one', () => {
    expect(after('成交金额:¥ 1, 032, 800.00', '成交金额')).toBe(1_032_800);
    expect(after('中标价:2, 468, 300元', '中标价')).toBe(2_468_300);
    expect(after('报价:386,500, 392,100', '报价')).not.toBe(386_500_392_100);
  });

  it('reads no yuan from a figure in a foreign currency', () => {
    expect(readAmountAfter('中标金额:1,726,400.00欧元', 5, null)).toEqual({ yuan: null, end: 17 });
    expect(after('中标金额:86.24万美元', '中标金额')).toBeNull();
    expect(after('中标金额:500,000 USD', '中标金额')).toBeNull();
    expect(after('中标金额:86.24万元', '中标金额')).toBe(862_400);
  });

  it('reads 千元 and 百万元, after the number or in the label', () => {
    expect(after('预算金额:1286.5千元', '预算金额')).toBe(1_286_500);
    expect(after('预算金额(千元):1286.5', '预算金额')).toBe(1_286_500);
    expect(after('中标金额:1.2865百万元', '中标金额')).toBe(1_286_500);
  });

  it('reads capital numerals with a decimal 点', () => {
    expect(after('预算金额:人民币壹佰贰拾捌点陆伍万元', '预算金额')).toBe(1_286_500);
  });

  it('reports a masked value as null yuan', () => {
    const text = '预算金额:**.*万元';
    expect(readAmountAfter(text, 4, null)).toEqual({ yuan: null, end: text.length });
  });

  it('does not read dates, ratios or other labels as money', () => {
    expect(after('预算金额:2026年3月', '预算金额')).toBeUndefined();
    expect(after('预算金额:5%', '预算金额')).toBeUndefined();
    expect(after('预算金额(万元)\n最高限价(万元)\nA\n20', '预算金额')).toBeUndefined();
  });
});

describe('labelMultiplier', () => {
  it('reads the unit in a label', () => {
    expect(labelMultiplier('预算金额(万元)')).toBe(10_000);
    // A plan column may name the kind of figure beside its unit.
    expect(labelMultiplier('预算金额(估算,万元)')).toBe(10_000);
    expect(labelMultiplier('采购金额（预计，万元）')).toBe(10_000);
    expect(labelMultiplier('预算金额(单位:万元)')).toBe(10_000);
    expect(labelMultiplier('预算金额(元)')).toBe(1);
    expect(labelMultiplier('预算金额(含税)')).toBeNull();
  });
});

describe('labelMultiplier: tax words in the unit’s bracket', () => {
  it('reads the unit beside 含税 or 不含税', () => {
    expect(labelMultiplier('中标价(含税，万元)')).toBe(10_000);
    expect(labelMultiplier('投标报价(万元,不含税)')).toBe(10_000);
    expect(labelMultiplier('成交金额(不含税、元)')).toBe(1);
    expect(labelMultiplier('中标价(含税价)')).toBeNull();
  });

  it('scales the figure after such a label', () => {
    expect(readAmountAfter('(含税,万元):128.6', 0, null)?.yuan).toBe(1_286_000);
  });
});
