import { extractBudget } from './budget';

const yuan = (text: string) => extractBudget(text)?.yuan ?? null;

describe('extractBudget', () => {
  it('reads the common labels and forms', () => {
    expect(extractBudget('4、预算金额：712,400.00元\n最高限价：712400元')).toEqual({
      yuan: 712_400,
      sourceText: '预算金额:712,400.00元',
    });
    expect(yuan('项目预算金额为 27336000 元')).toBe(27_336_000);
    expect(yuan('采购预算:5000000元')).toBe(5_000_000);
    expect(yuan('预算180万元')).toBe(1_800_000);
    expect(yuan('采购预算价为 234046 元')).toBe(234_046);
    expect(yuan('预算/采购控制价总价(含税)为人民币 82.8 万元')).toBe(828_000);
    expect(yuan('预算:77.066万元')).toBe(770_660);
    expect(yuan('总投资为3503.82万元')).toBe(35_038_200);
    expect(yuan('本次采购预算总金额为5.6亿元')).toBe(560_000_000);
    expect(yuan('本项目预算为人民币叁佰贰拾万元整（¥3,200,000.00）')).toBe(3_200_000);
    expect(yuan('预算金额：¥ 580,000.00 元（大写：伍拾捌万元整）')).toBe(580_000);
  });

  it('reads a unit given only in the label', () => {
    expect(yuan('预算金额（万元）：350')).toBe(3_500_000);
    expect(yuan('合同估算价(万元)\n5.84')).toBe(58_400);
    expect(yuan('预算金额(元):\n1400000.00')).toBe(1_400_000);
    expect(yuan('1.预算金额（万元）：64.4269')).toBe(644_269);
  });

  it('reads values split over lines and spaced units', () => {
    expect(yuan('预算金额:\n60\n万元')).toBe(600_000);
    expect(yuan('5、预算金额：\n179.3\n(万元)')).toBe(1_793_000);
    expect(yuan('采购预算： 人民币 43.362 万 元')).toBe(433_620);
    expect(yuan('预算金额:103.000000万元')).toBe(1_030_000);
  });

  it('reads capital numerals, full-width digits and traditional characters', () => {
    expect(yuan('预算金额：叁佰伍拾万元整')).toBe(3_500_000);
    expect(yuan('採購預算：３５０萬元')).toBe(3_500_000);
  });

  it('prefers the budget, then the ceiling, then estimates, then the total investment', () => {
    expect(yuan('项目总投资 |\n711.81万元\n最高投标限价:5421065.42元')).toBe(5_421_065.42);
    expect(yuan('最高限价：90万元\n预算金额：100万元')).toBe(1_000_000);
    expect(yuan('项目总投资 |\n4308.11万元\n本工程投资 |\n7969649.50元')).toBe(7_969_649.5);
    expect(yuan('工程总投资60000万元')).toBe(600_000_000);
    expect(yuan('项目总投资:1.2亿元')).toBe(120_000_000);
  });

  it('never takes award money, and a result notice has no budget', () => {
    expect(yuan('中标金额：350万元')).toBeNull();
    expect(yuan('中标价（万元）\n3602.5688')).toBeNull();
    expect(yuan('成交金额：568,000.00元')).toBeNull();
    expect(yuan('二、预算金额: 568,000.00元\n中标（成交）金额:560,000.00元')).toBeNull();
    expect(yuan('最高投标限价 |\n8063661.61元\n投标报价 |\n7719906.88 元')).toBeNull();
  });

  it('keeps tender notices that only talk about bids in their rules', () => {
    expect(yuan('预算金额:50万元\n投标报价超过预算金额的，按无效投标处理。')).toBe(500_000);
  });

  it('reads a cap that names the service fee before the figure, but not a yearly fee', () => {
    expect(yuan('最高限价：服务费人民币58万元\n服务期：一年')).toBe(580_000);
    expect(yuan('最高限价：年服务费人民币58万元\n服务期：三年')).toBeNull();
    expect(yuan('采购预算：服务费用为120,000.00元')).toBe(120_000);
  });

  it('treats masked values, placeholders and row numbers as no budget', () => {
    expect(yuan('预算金额：**.*万元')).toBeNull();
    expect(yuan('预算金额：(略)')).toBeNull();
    expect(yuan('预算金额：（略）万元')).toBeNull();
    expect(yuan('采购预算：(略)万元\n提交投标文件截止时间：2030年7月15日')).toBeNull();
    expect(yuan('预算：公告未明确列示')).toBeNull();
    expect(yuan('控制价（最高限价）\n0元 人民币')).toBeNull();
    expect(yuan('最高限价（含税）\n1\n2026年度新媒体号内容服务')).toBeNull();
    expect(yuan('预算金额：**.*万元\n最高限价：80万元')).toBe(800_000);
  });

  it('ignores per-unit and per-package prices and non-money after a label', () => {
    expect(yuan('单价最高限价：350元')).toBeNull();
    expect(yuan('包预算（元）\n包最高限价（元）\n1\n焦公资采购')).toBeNull();
    expect(yuan('以采购预算为计算基准')).toBeNull();
    expect(yuan('预算编制')).toBeNull();
  });

  it('reads a plan table column', () => {
    const table = [
      '招标计划公告',
      '序号',
      '| 项目名称',
      '| 建设单位',
      '| 项目概况',
      '| 招标方式',
      '| 投资额或合同估算价（万元）',
      '| 资金来源',
      '| 预计招标时间',
      '1',
      '| 某路工程',
      '| 某局',
      '| 道路长110米。',
      '| 公开',
      '招标',
      '| 约10343',
      '| 财政资金',
      '| 2026年7月',
    ].join('\n');
    expect(extractBudget(table)).toEqual({ yuan: 103_430_000, sourceText: '投资额或合同估算价(万元) | 约10343' });
  });

  it('returns null when there is no amount', () => {
    expect(extractBudget('')).toBeNull();
    expect(extractBudget('某某项目招标公告')).toBeNull();
  });
});

describe('extractBudget: more budget wordings', () => {
  it('reads 预算控制金额, 工程造价 and 概算', () => {
    expect(extractBudget('5. 预算控制金额:约97000元(按100人计算)')?.yuan).toBe(97_000);
    expect(extractBudget('本次招标建安工程造价3084000元')?.yuan).toBe(3_084_000);
    expect(extractBudget('项目总概算为8920.50万元')?.yuan).toBe(89_205_000);
  });

  it('reads the amount past a run of table headers', () => {
    expect(extractBudget('采购项目编号采购项目预算采购项目最高限价备注系统1项人民币420万元人民币420万元')?.yuan).toBe(4_200_000);
  });

  it('does not take a qualification threshold or a price after the budget word for a budget', () => {
    expect(extractBudget('业绩要求:单项工程造价≥1427.52万元的市政工程')).toBeNull();
    expect(extractBudget('采购项目存在“300万元预算,1000元中标”的情况')?.yuan).toBe(3_000_000);
  });
});

describe('extractBudget: investment in press prose', () => {
  it('reads the looser words reports use for what a project costs', () => {
    expect(yuan('该项目计划投资4.2亿元,建设规模8万吨/日。')).toBe(420_000_000);
    expect(yuan('据介绍,项目估算投资2.6亿元,预计明年建成。')).toBe(260_000_000);
    expect(yuan('某企业投资约3亿元建设新能源装备产业园。')).toBe(300_000_000);
    expect(yuan('项目投资总额为5600万元,主要建设内容包括…')).toBe(56_000_000);
    expect(yuan('省财政投入专项资金8500万元对水库进行加固。')).toBe(85_000_000);
  });

  it('reads 余万元 in its unit, and takes 总投资 over other investment words', () => {
    expect(yuan('项目总投资6300余万元。')).toBe(63_000_000);
    expect(yuan('某某重点项目计划投资900亿\n本批项目总投资86亿元,涵盖交通水利。')).toBe(8_600_000_000);
  });

  it('does not take state-budget funds or a year’s spending for the budget', () => {
    expect(yuan('该项目总投资约2.4亿元,其中中央预算内投资6000万元。')).toBe(240_000_000);
    expect(yuan('今年全市计划完成投资260亿元,年内投资45亿元。')).toBeNull();
    expect(yuan('环保投资:60万元')).toBeNull();
    // A purpose's own total (水土保持总投资) is a part of the project, whichever is stated first.
    expect(yuan('同意水土保持总投资1263.5万元，其中水土保持补偿费18.6万元。工程总投资5.82亿元。')).toBe(582_000_000);
    expect(yuan('水土保持工程总投资386万元；项目总投资2.1亿元')).toBe(210_000_000);
    expect(yuan('环境保护总投资:860万元')).toBeNull();
    expect(yuan('项目投资:4200万元,资金来源:自筹')).toBe(42_000_000);
  });
});

describe('extractBudget: lots tables and quoted past awards', () => {
  it('reads a figure whose value opens with 合计, 共计 or 总计 after the colon', () => {
    expect(yuan('采购预算：合计人民币壹佰贰拾万元整（小写：1200000元）')).toBe(1_200_000);
    expect(yuan('采购预算：共计人民币120万元')).toBe(1_200_000);
    expect(yuan('项目预算：总计120万元')).toBe(1_200_000);
    expect(yuan('采购预算：合计：120万元')).toBe(1_200_000);
  });

  it('reads a lots table under its header, not the row number after it, and takes its 合计 row as the total', () => {
    const text = '包号 | 名称 | 预算金额(万元)\n1 | 课桌椅 | 120\n2 | 实验台 | 60\n合计 | | 180\n投标截止时间:2026年9月1日9:30';
    expect(yuan(text)).toBe(1_800_000);
    expect(yuan('包号 名称 预算金额(万元)\n1 课桌椅 120\n2 实验台 60')).toBe(1_800_000);
  });

  it('adds lots listed after 为', () => {
    expect(yuan('本项目最高投标限价为:标段一 312.5万元;标段二 287.5万元。')).toBe(6_000_000);
  });

  it('keeps the budget of a tender that quotes last year’s award', () => {
    expect(yuan('预算金额:960,000.00元\n上一年度中标价:912,000.00元')).toBe(960_000);
    expect(yuan('中标价:912,000.00元\n预算金额:960,000.00元')).toBeNull();
  });

  it('reads a year’s budget, or the whole term’s when a total follows', () => {
    expect(yuan('预算金额:每年80万元')).toBe(800_000);
    expect(yuan('预算金额:年度80万元,合同一年一签')).toBe(800_000);
    expect(yuan('项目预算:每年80万元,三年合计240万元')).toBe(2_400_000);
    expect(yuan('预算金额:80万元/年,三年合计240万元')).toBe(2_400_000);
    expect(yuan('预算金额:80万元/年(服务期三年)')).toBe(800_000);
  });

  it('reads 限价, 采购金额 and 项目金额 standing alone as fields of an open notice', () => {
    expect(yuan('三、限价：64.5万元')).toBe(645_000);
    expect(yuan('采购金额：人民币38万元\n投标保证金：7,600元')).toBe(380_000);
    expect(yuan('项目金额：1,150,000元')).toBe(1_150_000);
    expect(yuan('单价限价：12元/人·餐')).toBeNull();
    expect(yuan('合同采购金额按实结算')).toBeNull();
  });

  it('reads a term’s total named before its figure, and one after a label that says it is a year’s', () => {
    expect(yuan('二、项目预算:两年合计96万元(每年48万元)')).toBe(960_000);
    expect(yuan('采购预算:服务期内总计1,320,000元')).toBe(1_320_000);
    expect(yuan('预算金额:年度预算人民币42万元,合同期三年,总金额126万元')).toBe(1_260_000);
    expect(yuan('预算金额:年度预算人民币42万元,合同一年一签')).toBe(420_000);
  });

  it('reads the whole price cap written after a unit price cap, and nothing from a unit price alone', () => {
    expect(yuan('最高限价:单价300元/套,总价不超过45000元')).toBe(45_000);
    expect(yuan('最高限价:单价300元/套')).toBeNull();
  });

  it('reads 项目估算 and 工程估算 followed by their figure', () => {
    expect(yuan('项目估算:约1286.5万元')).toBe(12_865_000);
    expect(yuan('项目估算编制单位:某公司')).toBeNull();
  });

  it("reads a fee estimated in prose and a works plan's 预计发包金额", () => {
    expect(yuan('本项目监理服务费估算约86.3万元，服务期限为施工期加缺陷责任期。')).toBe(863_000);
    expect(yuan('设计费估算为1,280,000元')).toBe(1_280_000);
    expect(yuan('计划发包内容：施工总承包\n预计发包金额：1,385万元')).toBe(13_850_000);
  });

  it('reads 建安造价 and 预估金额 as estimates', () => {
    expect(yuan('本工程建安造价约1826.37万元')).toBe(18_263_700);
    expect(yuan('预估金额:1826.37万元')).toBe(18_263_700);
    expect(yuan('项目总投资:3000万元\n预估金额:1826.37万元')).toBe(18_263_700);
  });

  it('reads the new amount of a change notice, not the one it replaces', () => {
    expect(yuan('1.最高投标限价由原“326.8万元”更正为“318.4万元”；')).toBe(3_184_000);
    expect(yuan('采购预算：原为50万元，现调整为45万元')).toBe(450_000);
    expect(yuan('预算金额由1,200,000元变更为：1,150,000元')).toBe(1_150_000);
    expect(yuan('原采购预算：120万元\n更正后采购预算：110万元')).toBe(1_100_000);
    expect(yuan('更正事项：最高限价\n更正前：120万元\n更正后：110万元')).toBe(1_100_000);
    expect(yuan('太原预算金额：80万元')).toBe(800_000);
  });

  it('reads the budget a procedure had when nothing replaces it (原预算 in a notice ending it)', () => {
    expect(yuan('终止原因：采购需求发生重大变化，终止本项目采购活动。\n原预算金额：48万元。')).toBe(480_000);
  });

  it('takes a change of plan given as the reason for ending as no edit of the figures', () => {
    expect(yuan('终止原因：采购需求变更，本项目终止。\n原采购预算：120万元')).toBe(1_200_000);
    expect(yuan('因建设方案调整，本次招标终止。\n原预算金额：86万元')).toBe(860_000);
    expect(yuan('因采购需求变更，现更正如下：\n原采购预算：120万元\n更正后采购预算：110万元')).toBe(1_100_000);
  });

  it('reads this procurement share after the whole project budget', () => {
    expect(yuan('项目总预算：1,280万元，其中本次采购预算：356万元')).toBe(3_560_000);
    expect(yuan('项目预算为500万元；其中本期招标控制价为120万元')).toBe(1_200_000);
    expect(yuan('项目预算总金额1,280万元，本次采购预算356万元')).toBe(3_560_000);
    expect(yuan('项目总预算：1280万元（其中本期预算：356万元）')).toBe(3_560_000);
    expect(yuan('采购预算：96万元，其中本次采购42万元，其余下年度采购')).toBe(420_000);
    expect(yuan('本项目总预算为1280万元，分两个标段，其中本标段预算为356万元')).toBe(3_560_000);
    expect(yuan('项目总预算：1,280万元')).toBe(12_800_000);
    expect(yuan('预算金额：100万元，本项目预算金额包含运费')).toBe(1_000_000);
    expect(yuan('招标控制价为16,853.27万元，其中暂列金额800万元')).toBe(168_532_700);
  });

  it('reads an amount labelled as the budget in a bracket note (采购金额(预算))', () => {
    expect(yuan('采购项目名称：某设备采购\n采购金额（预算）：120万元\n预计采购时间：2027年12月')).toBe(1_200_000);
    expect(yuan('采购金额(预算):120万元\n最高限价：118万元')).toBe(1_200_000);
  });

  it('takes the unit from a label that names the currency too', () => {
    expect(yuan('预算金额(人民币万元):80')).toBe(800_000);
    expect(yuan('最高限价(单位:人民币元):800000')).toBe(800_000);
  });
});

describe('extractBudget: a before/after table of a change', () => {
  it('reads the amount now in force, the last on its row', () => {
    expect(extractBudget('更正事项 | 更正前 | 更正后\n最高投标限价 | 326.8万元 | 318.4万元')?.yuan).toBe(3184000);
    expect(extractBudget('更正前内容\t更正后内容\n预算金额\t1,200,000.00元\t1,100,000.00元')?.yuan).toBe(1100000);
  });

  it('reads a ceiling stated once below such a table as it is', () => {
    const text = '更正事项 | 更正前 | 更正后\n投标截止时间 | 2027年6月10日 | 2027年6月17日\n最高投标限价：318.4万元';
    expect(extractBudget(text)?.yuan).toBe(3184000);
  });
});

describe('extractBudget: what a signing commits', () => {
  it('reads 签约总金额 and 协议投资额 of a signing report', () => {
    expect(yuan('此次集中签约项目15个，签约总金额达126.5亿元。')).toBe(12_650_000_000);
    expect(yuan('共签约项目12个，签约总额超过80亿元。')).toBe(8_000_000_000);
    expect(yuan('双方签订投资协议，协议投资额为5.2亿元。')).toBe(520_000_000);
  });

  it('still prefers the total investment stated beside it', () => {
    expect(yuan('签约项目总投资达50亿元，其中签约金额超过30亿元。')).toBe(5_000_000_000);
  });
});

describe('extractBudget: a ceiling said in a sentence', () => {
  it('reads the figure after "，为" and a cap stated as a rule on the bids', () => {
    expect(yuan('最高投标限价：本项目设最高投标限价，为2,186,500元')).toBe(2_186_500);
    expect(yuan('投标报价不得超过2,186,500元，超过的作无效标处理。')).toBe(2_186_500);
    expect(yuan('投标报价不得高于人民币50万元')).toBe(500_000);
  });

  it('passes over a rule that names no figure', () => {
    expect(yuan('投标报价不得超过最高投标限价，最高投标限价：98.6万元')).toBe(986_000);
    expect(yuan('投标报价不得超过最高投标限价')).toBeNull();
  });
});

describe('extractBudget: what an enterprise or framework tender expects to spend', () => {
  it('reads an estimated contract or purchase amount when nothing better is stated', () => {
    expect(yuan('服务期限：12个月。\n本项目暂估合同金额：486万元（不含税），按实际工作量结算。')).toBe(4_860_000);
    expect(yuan('框架协议期内预估采购金额：320万元\n最高限制单价：每箱135元')).toBe(3_200_000);
    expect(yuan('暂估合同金额：486万元\n招标控制价：470万元')).toBe(4_700_000);
  });

  it('never takes one part’s 暂估价 for the budget', () => {
    expect(yuan('专业工程暂估价：52万元\n招标控制价：486.23万元')).toBe(4_862_300);
    expect(yuan('材料暂估价：52万元')).toBeNull();
  });
});

describe('extractBudget: a label that says its figure is the total', () => {
  it('reads past 合计, 总计 or 共计 right after the label', () => {
    expect(yuan('预算金额合计：80万元')).toBe(800_000);
    expect(yuan('本批次招标估算金额合计：2,860万元')).toBe(28_600_000);
    expect(yuan('最高投标限价总计（万元）：356.8')).toBe(3_568_000);
    expect(yuan('采购预算共计人民币120万元')).toBe(1_200_000);
  });
});

describe('extractBudget: a progress report with no total', () => {
  it('reads no budget from a year’s plan and what has been spent', () => {
    const report =
      '全市重点项目186个，年度计划投资426亿元。截至9月底，累计完成投资352.6亿元。某项目年度计划投资58亿元，已完成投资49.3亿元。';
    expect(yuan(report)).toBeNull();
    expect(yuan('该项目总投资16.5亿元，今年计划投资5亿元，年度计划投资5亿元。')).toBe(1_650_000_000);
  });
});

describe('extractBudget: a re-tender quoting its first round', () => {
  it('reads the budget of this round, not the one in the bracket after 首次公告', () => {
    const text =
      '本项目首次公告于2034年5月30日发布（项目编号：PZ-0093，预算金额：820,000.00元），因供应商不足三家招标失败，现第二次公开招标。\n预算金额：865,000.00元';
    expect(yuan(text)).toBe(865_000);
    expect(yuan('本项目首次公告于2034年5月30日发布（预算金额：820,000.00元），现予终止。')).toBe(820_000);
  });
});

describe('extractBudget: a concession priced per unit', () => {
  it('never reads a cap per tonne as the budget', () => {
    expect(extractBudget('报价内容：垃圾收运服务费单价，最高限价185元/吨。')).toBeNull();
  });

  it('reads no 总投资 when the notice sets no budget, but the ceiling it does set', () => {
    expect(extractBudget('预算金额：本项目不设采购预算\n项目总投资：约2.36亿元，资本金占比20%。')).toBeNull();
    expect(extractBudget('项目总投资：约2.36亿元')?.yuan).toBe(236_000_000);
    expect(extractBudget('不设采购预算\n最高投标限价：860万元')?.yuan).toBe(8_600_000);
  });
});
