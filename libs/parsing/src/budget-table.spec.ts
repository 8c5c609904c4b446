import { headerLineBudget, tableBudget } from './budget-table';

describe('tableBudget', () => {
  it('reads the first row under the budget header, wherever merged cells shifted it', () => {
    const text = [
      '序号',
      '| 项目名称',
      '| 建设单位（招标人）',
      '| 项目概况',
      '| 招标方式',
      '| 投资额或合同估算价（万元）',
      '| 资金来源',
      '| 预计招标时间',
      '1',
      '| 某中心城区改造项目',
      '| 监理',
      '| 某投资集团',
      '| 改造面积38795平方米',
      '| 公开招标',
      '| 约156万元',
      '| 自筹',
      '| 2026年5月',
      '2',
      '| 施工',
      '| 约11600万元',
    ].join('\n');
    expect(tableBudget(text)).toMatchObject({ tier: 2, yuan: 1_560_000 });
  });

  it('handles rows flattened onto one line', () => {
    const text = '序号 | 项目名称 | 招标\n方式 | 投资额或估算价（万元） | 资金来源 |\n1 | 立体车库采购 | 公开\n招标 | 450 | 专项债资金 |';
    expect(tableBudget(text)).toMatchObject({ yuan: 4_500_000 });
  });

  it('does not read descriptions, dates or counts as the amount', () => {
    const text =
      '序号\n| 项目名称\n| 标段划分\n| 工程规模\n| 项目总投资金额\n| 预计时间\n1\n| 某项目\n| 1\n| 110千伏线缆管沟\n| 详见附件\n| 2026年4月';
    expect(tableBudget(text)).toBeNull();
  });

  it('needs a budget header and a numbered row', () => {
    expect(tableBudget('序号 | 名称 | 数量 |\n1 | 电脑 | 20 |')).toBeNull();
    expect(tableBudget('预算 | 350万元')).toBeNull();
  });
});

describe('tableBudget: header lines without a 序号 column', () => {
  it('reads the row under a budget column, in the unit its header names', () => {
    const piped = '项目名称 | 采购需求概况 | 预算金额(万元) | 预计采购时间 | 备注\n某街道路灯维护 | 路灯更换约200盏 | 135 | 2027年6月 | ';
    expect(tableBudget(piped)).toMatchObject({ yuan: 1_350_000 });
    const spaced = '项目名称 采购品目 预算金额(元) 预计采购时间\n某中心空调更换 空调设备 860,000.00 2027年4月';
    expect(tableBudget(spaced)).toMatchObject({ yuan: 860_000 });
  });

  it('takes nothing when the cell is not a plain amount or the row has other cells', () => {
    expect(tableBudget('项目名称 | 预算金额(元) | 预计采购时间\n某项目 | 详见附件 | 2027年4月')).toBeNull();
    expect(tableBudget('项目名称 预算金额(元) 预计采购时间\n本项目将于下月公布具体内容和安排')).toBeNull();
  });
});

describe('headerLineBudget: items of one purchase', () => {
  it('adds the total column of an items table and never reads a unit price', () => {
    const text =
      '采购品目 | 数量 | 预算单价(元) | 预算总额(元)\n投影仪 | 20台 | 4,500 | 90,000\n幕布 | 20幅 | 800 | 16,000\n投标截止时间:见下文';
    expect(headerLineBudget(text)).toEqual({ tier: 0, yuan: 106_000, sourceText: '预算总额(元) | 2 行' });
  });

  it('keeps the first row of a plan list, a project a row', () => {
    const text =
      '项目名称 | 采购需求概况 | 预算金额(万元) | 预计采购时间\n食堂改造 | 后厨设备更新 | 85 | 2026年9月\n操场维修 | 塑胶跑道 | 120 | 2026年10月';
    expect(headerLineBudget(text)?.yuan).toBe(850_000);
  });

  it('keeps the first row of a plan that counts what each project buys, above its 合计 row', () => {
    const text =
      '序号 | 采购项目 | 采购品目 | 采购数量 | 预算金额\n1 | 实验室设备购置 | 检测仪器 | 12台 | 1,850,000.00\n2 | 信息系统运维 | 运维服务 | 1项 | 620,000.00\n合计 | | | | 2,470,000.00';
    expect(headerLineBudget(text)?.yuan).toBe(1_850_000);
    expect(headerLineBudget('采购项目 | 数量 | 单价(元) | 预算金额(元)\n课桌 | 100 | 300 | 30000\n椅子 | 100 | 150 | 15000')?.yuan).toBe(
      45_000,
    );
  });
});

describe('items tables under 序号', () => {
  const items = '序号 | 品名 | 数量 | 单价最高限价(元) | 最高限价(元)\n1 | 课桌 | 100 | 300 | 30000\n2 | 椅子 | 100 | 150 | 15000';

  it('adds the rows of an items table rather than reading its first row as a plan row', () => {
    expect(tableBudget(items)?.yuan).toBe(45_000);
  });

  it('takes a 合计 row as the total of the items above it', () => {
    expect(tableBudget(`${items}\n合计 | | | | 45000`)?.yuan).toBe(45_000);
    expect(headerLineBudget('品名 | 数量 | 预算金额(元)\n课桌 | 100 | 30000\n椅子 | 100 | 15000\n合 计 | 200 | 45000')?.yuan).toBe(45_000);
  });
});

describe('a unit caption above the table', () => {
  it('gives a bare budget column the unit it states', () => {
    const numbered =
      '金额单位：万元\n序号 | 项目名称 | 预算金额 | 预计采购时间\n1 | 农田监理服务 | 238 | 2028年7月\n2 | 统防统治服务 | 86.4 | 2028年8月';
    expect(tableBudget(numbered)).toMatchObject({ yuan: 2_380_000 });
    const plain = '（单位：万元）\n项目名称 | 采购需求概况 | 预算金额 | 预计采购时间\n农田监理服务 | 2.1万亩 | 238 | 2028年7月';
    expect(tableBudget(plain)).toMatchObject({ yuan: 2_380_000 });
  });

  it('never overrides the unit a column names itself', () => {
    const text = '金额单位：万元\n序号 | 项目名称 | 预算金额（元） | 预计采购时间\n1 | 农田监理服务 | 238000 | 2028年7月';
    expect(tableBudget(text)).toMatchObject({ yuan: 238_000 });
  });
});

describe('a unit note under the table', () => {
  it('gives a bare budget column the unit a note below states when no caption does', () => {
    const text =
      '序号 | 项目名称 | 预算金额 | 预计采购时间\n1 | 课桌椅采购 | 56 | 2028年7月\n2 | 食堂设备 | 30 | 2028年8月\n注：金额单位为万元';
    expect(tableBudget(text)).toMatchObject({ yuan: 560_000 });
    const plain = '项目名称 | 采购需求概况 | 预算金额 | 预计采购时间\n课桌椅采购 | 更换课桌椅 | 56 | 2028年7月\n单位：万元';
    expect(tableBudget(plain)).toMatchObject({ yuan: 560_000 });
  });
});
