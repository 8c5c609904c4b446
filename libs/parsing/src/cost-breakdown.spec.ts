import { extractBudget } from './budget';
import { costBreakdownTotal } from './cost-breakdown';

const MAKE_UP = [
  '费用名称 | 金额（元）',
  '分部分项工程费 | 3,126,458.27',
  '措施项目费 | 286,734.60',
  '其中：安全文明施工费 | 118,920.36',
  '其他项目费 | 150,000.00',
  '其中：暂列金额 | 150,000.00',
  '规费 | 98,266.15',
  '增值税 | 321,361.53',
];

describe('costBreakdownTotal', () => {
  it('reads the row adding up a ceiling’s fees, whatever the row is called', () => {
    for (const total of ['招标控制价合计 | 3,982,820.55', '合计 | 3,982,820.55', '最高投标限价（总价） | 3,982,820.55元']) {
      expect(costBreakdownTotal([...MAKE_UP, total].join('\n'))?.yuan).toBe(3982820.55);
    }
  });

  it('reads numbered rows split by spaces, in the unit the header states', () => {
    const text = [
      '序号 费用名称 金额（万元）',
      '1 分部分项工程费 312.65',
      '2 措施项目费 28.67',
      '3 规费 9.83',
      '4 税金 32.14',
      '5 合计 383.29',
    ].join('\n');
    expect(costBreakdownTotal(text)?.yuan).toBe(3832900);
  });

  it('reads fees set out across the columns, at the total column', () => {
    const one = '单位工程 | 分部分项工程费 | 措施项目费 | 规费 | 税金 | 合计\n土建工程 | 1,200,000 | 80,000 | 30,000 | 117,000 | 1,427,000';
    expect(costBreakdownTotal(one)?.yuan).toBe(1427000);
    const several = [
      '单位工程 | 分部分项工程费 | 措施项目费 | 规费 | 税金 | 控制价合计(万元)',
      '土建 | 120 | 8 | 3 | 11.7 | 142.7',
      '安装 | 40 | 2 | 1 | 3.9 | 46.9',
      '合计 | 160 | 10 | 4 | 15.6 | 189.6',
    ].join('\n');
    expect(costBreakdownTotal(several)?.yuan).toBe(1896000);
    // Several rows and none that adds them up: no one figure is the ceiling.
    expect(costBreakdownTotal(several.split('\n').slice(0, 3).join('\n'))).toBeNull();
  });

  it('needs two fees of a make-up before a total row', () => {
    expect(costBreakdownTotal('规费 | 98,266.15\n合计 | 98,266.15')).toBeNull();
    expect(costBreakdownTotal('品名 | 金额\n办公桌 | 12,000\n合计 | 12,000')).toBeNull();
  });
});

describe('extractBudget: a ceiling published as its make-up', () => {
  it('takes the make-up’s total when the ceiling has no labelled figure', () => {
    const text = ['本工程招标控制价已编制完成，现予公示：', ...MAKE_UP, '招标控制价合计 | 3,982,820.55'].join('\n');
    expect(extractBudget(text)?.yuan).toBe(3982820.55);
  });

  it('reads a total row that carries the ceiling’s label in the unit of its table', () => {
    const text = [
      '序号 项目名称 金额(万元)',
      '一 分部分项工程费 186.25',
      '二 措施项目费 15.80',
      '三 规费 5.12',
      '四 税金 19.54',
      '五 最高投标限价合计 226.71',
    ].join('\n');
    expect(extractBudget(text)?.yuan).toBe(2267100);
    // A ceiling labelled elsewhere in the notice still reads as written.
    expect(extractBudget(`最高投标限价：226.71万元\n${text}`)?.yuan).toBe(2267100);
  });

  it('keeps a labelled budget before it', () => {
    const text = ['预算金额：400万元', ...MAKE_UP, '合计 | 3,982,820.55'].join('\n');
    expect(extractBudget(text)?.yuan).toBe(4000000);
  });
});
