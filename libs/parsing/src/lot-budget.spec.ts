import { extractBudget } from './budget';
import { looseVerticalLotBudget, lotBlocksBudget, lotTableBudget, verticalLotBudget } from './lot-budget';

describe('budgets of tenders split into lots', () => {
  it("reads past a lot's voltage at the head of its line to the control prices", () => {
    const text =
      '标段划分及招标控制价：\n标段一：220kV升压站土建及电气安装工程，招标控制价4,218.60万元\n' +
      '标段二：220kV送出线路工程（约26km），招标控制价3,017.40万元\n合计：7,236.00万元';
    expect(extractBudget(text)?.yuan).toBe(72_360_000);
    expect(extractBudget('预算金额：\n包1：42万元；包2：36万元；合计78万元')?.yuan).toBe(780_000);
  });

  it('adds up one label stated per lot', () => {
    expect(extractBudget('共3个包,包1预算金额420万元,包2预算金额380万元,包3预算金额260万元。')?.yuan).toBe(10_600_000);
  });

  it('adds up lot lines whose long names hold stakes, codes or counts', () => {
    const text =
      '标段划分：本项目共划分为三个标段。\n' +
      '第一标段：迎宾路（K0+000~K1+850）道路、排水及附属工程，最高投标限价38,652,417.36元，计划工期360日历天；\n' +
      '第二标段：YQ2标：K9+800~K18+600路基、桥涵及路面工程，最高投标限价31,286,504.18元，计划工期330日历天；\n' +
      '第三标段：后埠街片区（9个小区），最高投标限价12,864,193.80元，计划工期150日历天；\n' +
      '投标人资格要求：注册资本不少于5000万元。';
    expect(extractBudget(text)?.yuan).toBeCloseTo(82_803_115.34, 2);
  });

  it('adds up lots whose names run past twelve characters, in 万元', () => {
    const text =
      '第一标段：教学楼A、B栋及连廊，最高投标限价5,268万元，计划工期420日历天；\n' +
      '第二标段：学生宿舍、食堂及室外配套工程，最高投标限价4,631.58万元，计划工期400日历天；';
    expect(extractBudget(text)?.yuan).toBeCloseTo(98_995_800, 2);
  });

  it('still reads a lone lot line as the budget it states', () => {
    expect(extractBudget('第一标段：城南路（K0+000~K1+250）道路工程，最高投标限价8,650,000.00元，计划工期180日历天。')?.yuan).toBe(
      8_650_000,
    );
  });

  it('adds up lots named by their trade (施工标段, 监理标段, 勘察标段, 设计标段)', () => {
    const works =
      '2.3 标段划分：\n施工标段：最高投标限价16,428,312.60元，工期270日历天；\n监理标段：最高投标限价518,200.00元，服务期与施工工期一致。';
    expect(extractBudget(works)?.yuan).toBeCloseTo(16_946_512.6, 2);
    const design =
      '勘察标段：工程地质勘察，最高投标限价526,800.00元，勘察周期30日历天；\n设计标段：初步设计及施工图设计，最高投标限价1,320,800.00元，设计周期45日历天。';
    expect(extractBudget(design)?.yuan).toBe(1_847_600);
    // One trade's lot alone is still its own budget.
    expect(extractBudget('本施工标段最高投标限价：8,650,000.00元，工期180日历天。')?.yuan).toBe(8_650_000);
    expect(extractBudget('施工标：最高投标限价1,200万元；监理标：最高投标限价30万元。')?.yuan).toBe(12_300_000);
    // 施工标准 is a standard, not a lot.
    expect(extractBudget('施工标准：合格，最高投标限价1,200万元。')?.yuan).toBe(12_000_000);
  });

  it("adds up an EPC tender's parts each capped under its own label, but keeps a total stated first", () => {
    expect(extractBudget('设计费最高投标限价120万元，施工费最高投标限价5,000万元。')?.yuan).toBe(51_200_000);
    expect(extractBudget('最高投标限价：5,200万元，其中设计费最高投标限价120万元，施工费最高投标限价5,000万元。')?.yuan).toBe(52_000_000);
  });

  it('takes the total written after the lots, else their sum', () => {
    expect(extractBudget('预算金额:\n包1:42万元;包2:36万元;合计78万元')?.yuan).toBe(780_000);
    expect(extractBudget('预算金额:\n包1:42万元;包2:36万元\n采购需求:见附件')?.yuan).toBe(780_000);
  });

  it('adds up the budget column of a lots table, in the unit of its header', () => {
    const text = '包号 | 包名称 | 合同包预算(万元) | 最高限价(万元)\n1 | 东片保洁 | 135 | 135\n2 | 西片保洁 | 112 | 112\n投标截止时间:';
    expect(lotTableBudget(text)?.yuan).toBe(2_470_000);
    expect(extractBudget(text)?.yuan).toBe(2_470_000);
  });

  it('keeps a stated total over the lots table', () => {
    const text = '预算金额:300万元\n包号 | 包名称 | 包预算(万元)\n1 | 甲 | 200\n2 | 乙 | 100';
    expect(extractBudget(text)?.yuan).toBe(3_000_000);
  });

  it("reads a railway or enterprise tender's 包件 table at its 合计 row, and 包件 lots one per label", () => {
    const table =
      '包件号 | 工程名称 | 计划工期 | 最高投标限价（元）\n1 | 甲站屋面防水 | 60日历天 | 1,268,500.00\n2 | 乙站候车室装修 | 75日历天 | 986,300.00\n合计 | | | 2,254,800.00';
    expect(extractBudget(table)?.yuan).toBe(2_254_800);
    expect(extractBudget('包件 | 物资名称 | 预算金额（万元）\n包件1 | 钢轨扣件 | 120\n包件2 | 道岔配件 | 80')?.yuan).toBe(2_000_000);
    expect(extractBudget('包件1最高限价86万元，包件2最高限价54万元。')?.yuan).toBe(1_400_000);
  });

  it('reads no lots table where a cell is not an amount', () => {
    expect(lotTableBudget('包号 | 包名称 | 包预算(元)\n1 | 甲 | 详见附件')).toBeNull();
  });
});

describe('a press report retelling a bid opening', () => {
  it('keeps the ceiling it states beside the bids it quotes, only when told so', () => {
    const lead = '该工程招标控制价约2.3亿元,最低投标报价为2.08亿元。';
    expect(extractBudget(lead, { bidPricesQuoted: true })?.yuan).toBe(230_000_000);
    expect(extractBudget(lead)).toBeNull();
  });
});

describe('lot budgets in a table flattened one cell a line', () => {
  it('adds up the 合同包预算 column, never the deposit beside it', () => {
    const text =
      '金额单位:人民币元\n合同包\n品目号\n采购标的\n数量\n合同包预算\n磋商保证金\n1\n1-1\n规划设计服务\n1项\n3520000\n70400\n4、采购项目需要落实的政府采购政策:略';
    expect(verticalLotBudget(text)?.yuan).toBe(3_520_000);
    expect(extractBudget(text)?.yuan).toBe(3_520_000);
  });

  it('reads nothing when a row is cut short', () => {
    expect(verticalLotBudget('合同包\n合同包预算\n1\n四、其他')).toBeNull();
  });
});

describe('looseVerticalLotBudget', () => {
  const table = '一、项目概况\n标项\n产品名称\n数量\n采购预算\n一\n相控阵检测仪\n1台\n35万元\n涡流检测仪\n1台\n23万元\n具体详见第二部分。';

  it('adds the amounts under a lots budget header even when a row lacks a cell', () => {
    expect(looseVerticalLotBudget(table)?.yuan).toBe(580_000);
    expect(extractBudget(table)?.yuan).toBe(580_000);
  });

  it('takes a closing 合计 row as the total, in the unit of the header', () => {
    expect(looseVerticalLotBudget('\n包号\n名称\n预算(万元)\n1\n桌椅\n50万元\n2\n床具\n30万元\n合计\n80万元\n')?.yuan).toBe(800_000);
  });

  it('reads nothing without a lot column, beside another money column, or for one lot', () => {
    expect(looseVerticalLotBudget('\n名称\n采购预算\n桌椅\n50万元\n床具\n30万元\n')).toBeNull();
    expect(looseVerticalLotBudget('\n包号\n单价\n采购预算\n1\n200元\n50万元\n2\n300元\n30万元\n')).toBeNull();
    expect(looseVerticalLotBudget('\n包号\n采购预算\n1\n50万元\n')).toBeNull();
  });
});

describe('lots in blocks of their own', () => {
  it('adds each lot’s 合同包/采购包预算金额 rather than reading the first lot’s ceiling', () => {
    const text =
      '合同包1(课桌椅):\n合同包预算金额:1,000,000.00元\n合同包最高限价:1,000,000.00元\n' +
      '合同包2(床具):\n合同包预算金额:800,000.00元\n合同包最高限价:800,000.00元';
    expect(lotBlocksBudget(text)?.yuan).toBe(1_800_000);
    expect(extractBudget(text)?.yuan).toBe(1_800_000);
    expect(extractBudget('采购包1:\n采购包预算金额:1000000元\n采购包2:\n采购包预算金额:800000元')?.yuan).toBe(1_800_000);
  });

  it('keeps a total stated for the whole project over the lot blocks', () => {
    expect(extractBudget('预算金额:200万元\n合同包1:\n合同包预算金额:100万元\n合同包2:\n合同包预算金额:80万元')?.yuan).toBe(2_000_000);
  });

  it('counts a lot once when its budget is repeated', () => {
    expect(lotBlocksBudget('合同包1:\n合同包预算金额:100万元\n合同包1:\n合同包预算金额:100万元')?.yuan).toBe(1_000_000);
  });

  it('adds lots named 标项 or with a numeral before 标段, a lot name between them and the label', () => {
    expect(extractBudget('标项一:课桌椅,预算金额100万元;标项二:床具,预算金额80万元。')?.yuan).toBe(1_800_000);
    expect(extractBudget('标项1 预算金额(元):1000000\n标项2 预算金额(元):800000')?.yuan).toBe(1_800_000);
    expect(extractBudget('一标段:控制价100万元\n二标段:控制价80万元')?.yuan).toBe(1_800_000);
  });
});

describe('two-column lots tables', () => {
  it('adds a 包号 | 预算 table, in the unit of its header, with a 合计 row as the total', () => {
    expect(extractBudget('预算金额:\n| 包号 | 预算(元) |\n| 1 | 500000 |\n| 2 | 300000 |')?.yuan).toBe(800_000);
    expect(extractBudget('包号 | 预算金额(万元)\n1 | 50\n2 | 30\n合计 | 80')?.yuan).toBe(800_000);
  });

  it('adds a 标段 table whose column is a ceiling (最高投标限价, 拦标价), with its 合计 row as the total', () => {
    const table =
      '标段 | 施工内容 | 最高投标限价（元）\n一标段 | 东片道路 | 2,150,000.00\n二标段 | 西片道路 | 1,870,500.00\n合计 | | 4,020,500.00';
    expect(extractBudget(table)?.yuan).toBe(4_020_500);
    expect(extractBudget('标段 | 内容 | 拦标价（万元）\n1标段 | 甲 | 120\n2标段 | 乙 | 80')?.yuan).toBe(2_000_000);
  });

  it('adds a two-column 标段 | ceiling table of a price-cap notice, its 合计 row the total', () => {
    const table = '标段 | 最高投标限价（元）\n一标段 | 1,200,000.00\n二标段 | 800,000.00\n合计 | 2,000,000.00';
    expect(extractBudget(table)?.yuan).toBe(2_000_000);
    expect(extractBudget('标段名称 | 控制价(万元)\n一标段 | 120.5\n二标段 | 80.3')?.yuan).toBe(2_008_000);
    // A label and its value on one line is no header: a figure in the second cell says so.
    expect(lotTableBudget('标段 | 最高投标限价120万元\n一标段 | 甲\n二标段 | 乙')).toBeNull();
  });

  it('still reads a two-cell header over a named row', () => {
    expect(extractBudget('项目名称 | 预算金额\n某项目 | 80万元')?.yuan).toBe(800_000);
  });
});

describe('amounts each followed by their lot', () => {
  it('adds "50万元（一标段）、30万元（二标段）" and reads one amount with one lot as it is', () => {
    expect(extractBudget('预算金额:50万元(一标段)、30万元(二标段)')?.yuan).toBe(800_000);
    expect(extractBudget('最高限价:500000元(包1);300000元(包2)')?.yuan).toBe(800_000);
    expect(extractBudget('预算金额:50万元(包1)')?.yuan).toBe(500_000);
    expect(extractBudget('预算金额：26万元（一包）、14万元（二包）')?.yuan).toBe(400_000);
    expect(extractBudget('采购内容：纸巾20包，预算金额：3,000元')?.yuan).toBe(3_000);
  });
});
