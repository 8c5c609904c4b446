import { parseBulletin } from './bulletin-parser';
import { readLatinWan } from './latin-wan';

describe('readLatinWan', () => {
  it('reads a w or W right after a figure and before 元 as 万', () => {
    expect(readLatinWan('本项目预算约48.6w元，资金已落实')).toBe('本项目预算约48.6万元，资金已落实');
    expect(readLatinWan('控制价120W元')).toBe('控制价120万元');
  });

  it('reads a w that ends a money field as 万', () => {
    expect(readLatinWan('成交金额：73.2W\n采购人：某局')).toBe('成交金额：73.2万\n采购人：某局');
    expect(readLatinWan('采购预算：15w，不接受联合体')).toBe('采购预算：15万，不接受联合体');
  });

  it('reads a w run onto the money word or ending a 中标价, up to a summary separator', () => {
    expect(readLatinWan('【招标】某工程｜预算85.6W｜截止：2033年12月15日')).toBe('【招标】某工程｜预算85.6万｜截止：2033年12月15日');
    expect(readLatinWan('第一候选人：甲公司 报价512.8w\n')).toBe('第一候选人：甲公司 报价512.8万\n');
    expect(readLatinWan('中标价：238.6w\n成交价：46.8w / 服务期一年')).toBe('中标价：238.6万\n成交价：46.8万 / 服务期一年');
  });

  it('leaves watts and model names alone', () => {
    const text = '灯具功率：100W\n型号：XK-300W\n路灯60W/盏';
    expect(readLatinWan(text)).toBe(text);
  });

  it('lets the parser read the budget in 万', () => {
    const parsed = parseBulletin({ title: '某镇道路修复工程招标公告', body: '预算金额：236.5W元\n投标截止时间：2028年6月3日9:00' });
    expect(parsed.budgetYuan).toBe(2_365_000);
  });
});
