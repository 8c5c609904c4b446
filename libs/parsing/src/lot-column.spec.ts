import { extractBudget } from './budget';
import { lotColumnSum } from './lot-column';

describe('a budget column of a lots table', () => {
  const table =
    '2.3 标段划分及估算价：\n标段 | 起讫桩号 | 估算价（元） | 计划工期\n一标段 | K0+000～K11+200 | 39,652,800 | 540日历天\n二标段 | K11+200～K21+600 | 35,210,400 | 540日历天\n3.申请人资格要求';

  it('adds up the estimate of every lot under its header', () => {
    expect(lotColumnSum(table, table.indexOf('估算价（'))?.yuan).toBe(74_863_200);
    expect(extractBudget(table)?.yuan).toBe(74_863_200);
  });

  it('reads the unit its header names', () => {
    const text = '标段 | 内容 | 估算金额（万元）\n第一标段 | 堤防 | 1,036.58\n第二标段 | 护岸 | 827.62';
    expect(extractBudget(text)?.yuan).toBeCloseTo(18_642_000, 2);
  });

  it('reads nothing without a lot column, or where a row gives no amount', () => {
    const plain = '序号 | 项目 | 估算价（元）\n1 | 道路 | 39,652,800\n2 | 桥梁 | 35,210,400';
    expect(lotColumnSum(plain, plain.indexOf('估算价'))).toBeNull();
    const masked = '标段 | 内容 | 估算价（元）\n一标段 | 道路 | 详见附件\n二标段 | 桥梁 | 35,210,400';
    expect(lotColumnSum(masked, masked.indexOf('估算价'))).toBeNull();
  });
});
