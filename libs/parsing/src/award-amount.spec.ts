import { readAwardAmount, readResultAmount } from './award-amount';

describe('readAwardAmount', () => {
  it.each([
    ['中标价(元)\t5397010.81', 5_397_010.81],
    ['中标(成交)金额:175.0000000(万元)', 1_750_000],
    ['中标金额:4495000.00元(大写:肆佰肆拾玖万伍仟元整)', 4_495_000],
    ['成交金额:人民币叁万伍仟元整', 35_000],
    ['中标(成交)金额:(可填写下浮率、折扣率或费率):4.86万元', 48_600],
    ['总中标金额合计:1086万元(人民币)\n中标供应商名称:某某科技股份有限公司', 10_860_000],
    ['第一中标候选人: 某某监理有限责任公司 投标报价: 775200 元', 775_200],
    ['中标金额(元):1 286 500.00', 1_286_500],
    ['中标金额(人民币万元):80', 800_000],
    ['成交金额:60.879万元/年,三年合计182.637万元', 1_826_370],
    ['成交金额:368,000.00元/年(服务期两年)', 368_000],
    ['成交价:42,000.00元/月,服务期12个月,合计504,000.00元', 504_000],
    ['中标金额:15.6万元/季度,共4个季度,总价62.4万元', 624_000],
    ['成交金额:8,600元/月,服务期6个月,总金额51,600元', 51_600],
    ['成交价:42,000.00元/月(服务期12个月)', 42_000],
    ['中标金额:暂定182.637万元', 1_826_370],
    ['中标金额:1 286 500.00元\n代理服务费:6 420元', 1_286_500],
  ])('%j → %d', (text, yuan) => {
    expect(readAwardAmount(text)).toBe(yuan);
  });

  it('reads the price of the winner from a candidates table laid out by columns', () => {
    const text =
      '中标候选人及排序 | 第一名 | 第二名\n投标人名称 | 某某建设工程有限公司 | 某某市政工程有限公司\n投标报价(万元) | 865.23 | 870.1\n公示时间:三日';
    expect(readResultAmount(text, ['某某建设工程有限公司'])).toBe(8652300);
    // The second column's company is not the winner: its price is not read for the first.
    expect(readResultAmount(text.replace('| 865.23 |', '| 工期180天 |'), ['某某建设工程有限公司'])).toBeNull();
  });

  it('reads the amount under its header in a flattened table', () => {
    expect(readAwardAmount('包号 中标供应商 中标金额(元) 报价时间\n1 某某电器设备有限公司 ¥3,045.00 2026/03/01')).toBe(3045);
    expect(
      readAwardAmount('供应商名称供应商地址统一信用代码中标金额某某设备有限公司某市某路8号91110106085511618H155.6万元四、主要标的信息'),
    ).toBe(1_556_000);
  });

  it('reads the price of the candidate ranked first in prose, not the second', () => {
    const text =
      '排名第一的中标候选人为某某路桥有限公司,投标报价为人民币5,416,320.00元;排名第二的中标候选人为某某建设有限公司,投标报价为人民币5,480,000.00元。';
    expect(readAwardAmount(text)).toBe(5_416_320);
    expect(readAwardAmount('第一成交候选人:某某物业服务有限公司,响应报价:68.5万元')).toBe(685_000);
  });

  it('reads the price of the first of a numbered candidates list', () => {
    const text = '推荐中标候选人:\n1、某某交通建设有限公司,投标报价:3,214,560元;\n2、某某公路工程有限公司,投标报价:3,300,000元。';
    expect(readAwardAmount(text)).toBe(3_214_560);
    expect(readAwardAmount('成交候选人:\n1、某某科技有限公司\n2、某某网络有限公司,响应报价:12万元')).toBeNull();
  });

  it('reads a price that includes the provisional sum, not the sum itself', () => {
    expect(readAwardAmount('中标人:某某路桥建设有限公司\n中标价:含暂列金额 2,306.8万元\n工期:300日历天')).toBe(23_068_000);
    expect(readAwardAmount('中标价:含税 865,000.00元')).toBe(865_000);
    expect(readResultAmount('中标价:暂列金额 50万元')).toBeNull();
    expect(readAwardAmount('中标价:含暂列金额及专业工程暂估价共计2,306.8万元')).toBe(23_068_000);
    expect(readResultAmount('中标价:下浮率6%,暂定金额合计150万元')).toBeNull();
  });

  it('takes the unit of bare figures from a heading line above them', () => {
    const text =
      '评标结果(单位:万元)\n第一中标候选人:某某建工有限公司,投标报价:1,204.56,工期:200日历天\n第二中标候选人:某某建设有限公司,投标报价:1,210.00';
    expect(readAwardAmount(text)).toBe(12_045_600);
    expect(readAwardAmount('公示(单位:万元)\n中标金额:865,000.00元')).toBe(865_000);
    expect(readAwardAmount('单位:万元\n第一中标候选人:某某建工有限公司,投标报价:1204.56')).toBe(12_045_600);
  });

  it('reads 大写 and 小写 forms after the label', () => {
    expect(readAwardAmount('中标金额(元):大写:壹佰零捌万元整 小写:1080000.00')).toBe(1_080_000);
  });

  it('skips a row number under a header and a label in the cell', () => {
    expect(readAwardAmount('序号 供应商名称 中标(成交)金额\n1 某某科技有限公司 报价:586000(元)')).toBe(586_000);
  });

  it('reads no award when its label sends the reader to an attachment or gives a rate, whatever fees follow', () => {
    expect(readResultAmount('预算金额:80万元\n中标供应商:甲有限公司\n中标金额:详见附件\n代理服务费:8000元', ['甲有限公司'])).toBeNull();
    expect(readResultAmount('中标供应商:甲有限公司\n中标金额:见附件\n代理服务收费金额:6,420元')).toBeNull();
    expect(readResultAmount('中标供应商:甲有限公司\n中标(成交)金额:下浮率12%\n代理服务费:5000元')).toBeNull();
    expect(readResultAmount('包1中标金额:42.6万元\n包2中标金额:详见附件')).toBe(426_000);
  });

  it('reads the amount of the winner’s 标的 row run into one line by quantity × unit price', () => {
    const text =
      '四、主要标的信息\n供应商名称\n货物名称\n数量\n单价\n中标金额\n优惠率\n' +
      '甲商贸有限公司 计算机 紫光 Unis526T 156 4780.00 745680\n乙设施有限公司 计算机 戴尔 156 4768.00 743808';
    expect(readResultAmount(text, ['甲商贸有限公司', '乙设施有限公司'])).toBe(745_680);
    // Figures that do not multiply out are not read.
    expect(readResultAmount(text.replace('745680', '745000'), ['甲商贸有限公司'])).toBeNull();
  });

  it('prefers a stated total inside the value and skips provisional sums', () => {
    expect(readAwardAmount('成交金额:每年人民币100万元,三年合计300万元')).toBe(3_000_000);
    // The period named before the amount, the term's total later in the same sentence.
    expect(readAwardAmount('中标金额：年服务费1,286,400.00元，服务期三年，合同总金额3,859,200.00元')).toBe(3_859_200);
    expect(readAwardAmount('成交价格：月服务费36,000元，服务期12个月，合计432,000元')).toBe(432_000);
    // A year's fee with no total after it stays the award.
    expect(readAwardAmount('中标金额：年服务费1,286,400.00元，服务期三年')).toBe(1_286_400);
    // The term's total worked out in the sentence; a year's fee named 服务费每年.
    expect(readAwardAmount('成交金额:45万元/年×3年=135万元')).toBe(1_350_000);
    expect(readAwardAmount('成交金额：服务费每年45万元，服务期三年')).toBe(450_000);
    expect(readAwardAmount('成交金额：服务费每年45万元，三年合计135万元')).toBe(1_350_000);
    // A price per square metre stays no award.
    expect(readAwardAmount('成交金额：每平方米12.8元')).toBeNull();
    expect(readResultAmount('成交价:下浮率8%(按实结算,暂定金额150万元)')).toBeNull();
    expect(readResultAmount('中标金额：折扣率92%（预计金额60万元）')).toBeNull();
  });

  it('reads an amount whose unit is a bracketed note in a table run into one line', () => {
    expect(readAwardAmount('中标(成交)信息 序号 中标(成交)金额(元) 中标供应商名称 1 最终报价:736500(元) 某某科技有限公司')).toBe(736_500);
  });

  it('reads the first-ranked price of a bidders table, and no amount when it is a rate', () => {
    expect(readAwardAmount('名次 | 投标人名称 | 投标报价(元)\n1 | 甲建设有限公司 | 7,489,263.18\n2 | 乙建设有限公司 | 7,512,004.00')).toBe(
      7_489_263.18,
    );
    expect(readAwardAmount('排名 | 单位名称 | 报价 | 评分\n第一名 | 甲设计院有限公司 | 费率:2.6% | 93.5')).toBeNull();
  });

  it('never takes a budget or a price ceiling', () => {
    expect(readAwardAmount('预算金额:100万元\n最高限价:98万元\n中标价格:\n四、其他')).toBeNull();
    expect(readAwardAmount('下浮率:5%')).toBeNull();
  });
});

describe('readResultAmount', () => {
  it("reads the bid on the line a rank closes, not the next bidder's under it", () => {
    const text = '中标候选人：\n1、甲建设有限公司 投标报价1,200,000.00元 第一名\n2、乙建设有限公司 投标报价1,250,000.00元 第二名';
    expect(readResultAmount(text, ['甲建设有限公司'])).toBe(1_200_000);
  });

  it('reads the bid on the row a first rank closes, whatever order the rows stand in', () => {
    const text = '中标候选人:\n乙建设有限公司  1,250,000.00元  第二名\n甲建设有限公司  1,200,000.00元  第一名';
    expect(readResultAmount(text, ['甲建设有限公司'])).toBe(1_200_000);
  });

  it('reads the bid of the candidate a decision names by rank alone', () => {
    const text =
      '第一中标候选人:甲建设有限公司,投标报价:1,200,000.00元\n第二中标候选人:乙建设有限公司,投标报价:1,250,000.00元\n第一中标候选人放弃中标,招标人确定第二中标候选人为中标人。';
    expect(readResultAmount(text, ['乙建设有限公司'])).toBe(1_250_000);
  });

  it('takes the first amount no other money label claims when the label was cut off', () => {
    expect(readResultAmount('某市某路9号9,894,500.00元四、主要标的信息')).toBe(9_894_500);
    expect(readResultAmount('预算金额:120万元\n某某公司 某市某路1号 1,138,000.00元')).toBe(1_138_000);
    expect(readResultAmount('统一信用代码91110106085511618H2520万元')).toBe(25_200_000);
    expect(readResultAmount('投标保证金:1万元')).toBeNull();
  });

  it('reads the winner’s row of a table whose money column is headed by a bare 金额', () => {
    expect(readResultAmount('成交供应商：\n供应商 | 金额\n甲环卫设备有限公司 | 186,450.00', ['甲环卫设备有限公司'])).toBe(186_450);
    expect(readResultAmount('预算金额：100万元\n供应商\t金额\n乙图书发行有限公司\t¥968,300.00', ['乙图书发行有限公司'])).toBe(968_300);
    expect(readResultAmount('单位名称 | 金额(万元)\n丙建设有限公司 | 89.65', ['丙建设有限公司'])).toBe(896_500);
    // A row under a header whose name column is not a party's, or a rate, is not read.
    expect(readResultAmount('序号 | 金额\n丁建设有限公司 | 12000', ['丁建设有限公司'])).toBeNull();
  });

  it('reads 中标合同价', () => {
    expect(readResultAmount('该项目计划工期22个月,中标合同价为人民币99,394,888.00元')).toBe(99_394_888);
  });
});

describe('readAwardAmount: candidates on separate lines', () => {
  it('takes the first candidate’s price on the next line, not the second’s', () => {
    const text =
      '第一中标候选人:某某水利建设有限公司\n投标报价:3,256,789.00元\n第二中标候选人:某某建工集团有限公司\n投标报价:3,300,000.00元';
    expect(readAwardAmount(text)).toBe(3_256_789);
    expect(readAwardAmount('第一中标候选人:某某公司\n第二中标候选人:某某集团\n投标报价:3,300,000.00元')).toBeNull();
  });
});

describe("readAwardAmount: a 第二 inside the first candidate's name", () => {
  it("reads the first lot's first bid, not the next lot's", () => {
    const text =
      '标段一\n第一中标候选人：某电力建设集团第二工程有限公司，投标报价：108,240.00万元\n第二中标候选人：乙建设有限公司，投标报价：109,015.00万元\n' +
      '标段二\n第一中标候选人：丙建设有限公司，投标报价：107,860.00万元';
    expect(readAwardAmount(text)).toBe(1_082_400_000);
  });

  it('still stops at the second candidate when the first has no bid', () => {
    expect(readAwardAmount('第一中标候选人:某某公司\n第二名:某某集团\n投标报价:3,300,000.00元')).toBeNull();
  });
});

describe('readAwardAmount: words between the label and the amount', () => {
  it.each([
    ['第一中标候选人：某某物业管理有限公司 投标报价：年度服务费 652,000.00 元', 652_000],
    ['成交价格：三年运维总价 48.6万元(大写:肆拾捌万陆仟元整)', 486_000],
  ])('%j → %d', (text, yuan) => {
    expect(readAwardAmount(text)).toBe(yuan);
  });

  it('does not take a budget or a unit price named there', () => {
    expect(readAwardAmount('成交金额：预算金额 90万元')).toBeNull();
    expect(readAwardAmount('成交价格：每月单价 3,000元')).toBeNull();
  });
});

describe('readResultAmount: a bidders table flattened into one line', () => {
  it('takes the number right after the winner under a named price column', () => {
    const text = '排名 投标人名称 投标报价(元) 工期 1 某某路桥工程有限公司 7,318,200.00 150 2 某某建设有限公司 7,402,000.00 150';
    expect(readResultAmount(text, ['某某路桥工程有限公司'])).toBe(7_318_200);
    expect(readResultAmount('序号 候选人 投标报价(万元) 1 某某水利工程有限公司 586.32 合格', ['某某水利工程有限公司'])).toBe(5_863_200);
  });

  it('reads nothing there without a price column or with a count after the name', () => {
    expect(readResultAmount('排名 投标人名称 工期 1 某某路桥工程有限公司 150 日历天', ['某某路桥工程有限公司'])).toBeNull();
    expect(readResultAmount('投标报价 1 某某路桥工程有限公司 180天', ['某某路桥工程有限公司'])).toBeNull();
    expect(readResultAmount('投标报价 1 某某路桥工程有限公司 91130828MA0F2U281X', ['某某路桥工程有限公司'])).toBeNull();
    expect(readResultAmount('投标报价 1 某某路桥工程有限公司 13912345678', ['某某路桥工程有限公司'])).toBeNull();
  });
});

describe('readAwardAmount: a model number with a space in a flattened goods table', () => {
  it('counts the columns right of 规格型号 from the right, so the amount stays under its header', () => {
    const text =
      '包号 成交供应商 货物名称 品牌 规格型号 数量 成交金额(元)\n1 甲医疗器械有限公司 超声诊断仪 某牌 Resona 7 1台 1,386,000.00\n2 乙医疗设备有限公司 便携超声 某牌 P20 2台 468,000.00';
    expect(readAwardAmount(text)).toBe(1_386_000);
  });

  it('still reads a row split by a space left of any free-text column from the left', () => {
    const text = '序号 中标供应商 中标金额(元) 服务内容\n1 甲物业管理有限公司 428,000.00 保洁 绿化';
    expect(readAwardAmount(text)).toBe(428_000);
  });
});

describe('readAwardAmount: the bid written under its own label after the winner', () => {
  it('reads 投标报价 after 中标人 or after the one candidate named', () => {
    expect(readAwardAmount('中标人:甲建设工程有限公司\n投标报价:3,456,789.00元\n工期:180日历天')).toBe(3_456_789);
    expect(readAwardAmount('中标候选人:甲建设工程有限公司\n投标报价(万元):345.68\n中标候选人:乙建设有限公司\n投标报价(万元):350')).toBe(
      3_456_800,
    );
  });

  it('reads the 最终报价 of a recommended or first 中选 candidate', () => {
    expect(readAwardAmount('推荐成交候选人:甲科技有限公司,最终报价:345,678.00元')).toBe(345_678);
    expect(readAwardAmount('第一中选候选人:甲科技有限公司,报价:345,678.00元\n第二中选候选人:乙科技有限公司,报价:350,000.00元')).toBe(
      345_678,
    );
  });

  it('reads no amount when the bid is a rate', () => {
    expect(readAwardAmount('中标人:甲工程监理有限公司\n投标报价:监理费下浮18%')).toBeNull();
  });
});

describe('readAwardAmount: row numbers under a 万元 header, candidate lists named 名单', () => {
  it('reads the amount under a 中标金额(万元) header, not the row number the unit would inflate', () => {
    expect(readAwardAmount('序号 中标供应商 中标金额(万元)\n1 甲科技有限公司 34.57')).toBe(345_700);
    expect(readAwardAmount('序号 | 中标供应商 | 中标金额(万元)\n1 | 甲科技有限公司 | 34.57')).toBe(345_700);
    expect(readAwardAmount('中标金额(万元):\n35')).toBe(350_000);
  });

  it('reads the first bid of a numbered 中标候选人名单', () => {
    expect(readAwardAmount('中标候选人名单:\n1.甲建设工程有限公司 投标报价:1,234,567元\n2.乙建设有限公司 投标报价:1,300,000元')).toBe(
      1_234_567,
    );
  });
});

describe('readResultAmount: the bid on the winner’s own line, estimates beside rates', () => {
  it('reads the bid labelled on the line that ranks the winner', () => {
    const ranked =
      '评审结果:\n排名1 | 甲气体设备工程有限公司 | 磋商报价:¥318,500.00 | 综合得分:91.5\n排名2 | 乙医疗设备有限公司 | 磋商报价:¥326,000.00 | 综合得分:88.2\n成交供应商:甲气体设备工程有限公司';
    expect(readResultAmount(ranked, ['甲气体设备工程有限公司'])).toBe(318_500);
    const numbered = '中标候选人排序:\n1. 甲路桥工程有限公司 投标报价:5,986,420.00元\n2. 乙建工集团有限公司 投标报价:6,028,700.00元';
    expect(readResultAmount(numbered, ['甲路桥工程有限公司'])).toBe(5_986_420);
  });

  it('reads no award from an estimate of the work ordered at the winners’ rates', () => {
    const text = '成交供应商:甲建筑工程有限责任公司,下浮率:12.5%\n本项目预估采购金额:3,000万元,不作为结算依据。';
    expect(readResultAmount(text, ['甲建筑工程有限责任公司'])).toBeNull();
  });
});

describe('readResultAmount: prose that puts the money before the verb', () => {
  it('reads "以…中标" and "以…的报价成交"', () => {
    expect(readResultAmount('中标信息:甲仪器设备有限公司以人民币壹佰贰拾万元整(¥1,200,000.00)中标。')).toBe(1_200_000);
    expect(readResultAmount('经评审,乙商贸有限公司以86,500元的报价成交。')).toBe(86_500);
  });

  it('reads nothing where 以 introduces something else', () => {
    expect(readResultAmount('以2027年3月1日为准,中标人为甲公司。')).toBeNull();
  });
});

describe('readResultAmount: candidates as blocks of fields opened by their rank', () => {
  it('reads the bid in the block ranked first, not the next one', () => {
    const text = '排名:1\n投标人名称:甲建设有限公司\n投标报价:4,567,890.00元\n排名:2\n投标人名称:乙建设有限公司\n投标报价:4,600,000.00元';
    expect(readResultAmount(text, ['甲建设有限公司'])).toBe(4_567_890);
    expect(readResultAmount('排名:1\n投标人名称:甲建设有限公司\n工期:90天\n排名:2\n投标报价:4,600,000.00元')).toBeNull();
  });

  it('reads the first one’s 投标价 with its unit in brackets', () => {
    expect(
      readAwardAmount(
        '推荐的中标候选人:\n第一名:甲水务工程有限公司\n投标价:(万元) 896.45\n第二名:乙水利建设有限公司\n投标价:(万元) 902.10',
      ),
    ).toBe(8_964_500);
  });
});

describe('readAwardAmount: a changed result', () => {
  it('passes over the price the change replaces (原中标价, 变更前)', () => {
    const text = '原中标人：甲建设有限公司(原中标价：2,746,800.00元)\n变更后：确定乙建设有限公司为中标人，中标价：2,781,350.00元。';
    expect(readAwardAmount(text)).toBe(2_781_350);
    expect(readAwardAmount('变更前成交金额：58.6万元\n变更后成交金额：56.2万元')).toBe(562_000);
    expect(
      readAwardAmount('更正前：成交供应商：甲科技有限公司，成交金额：50万元\n更正后：成交供应商：甲科技有限公司，成交金额：48万元'),
    ).toBe(480_000);
  });
});

describe('readResultAmount: a ranking in "label：value" fields', () => {
  it('reads the bid of the line ranked first, not of the first line', () => {
    const text =
      '投标人：乙建设有限公司，投标报价：1,300,000.00元，得分：90.1，排名：2\n投标人：甲建设有限公司，投标报价：1,234,567.00元，得分：95.3，排名：1';
    expect(readResultAmount(text, ['甲建设有限公司'])).toBe(1_234_567);
  });
});

describe('readResultAmount: bids listed in the order of the candidates', () => {
  it('takes the first of "投标报价分别为：A、B、C" as the first candidate’s bid', () => {
    const text = '中标候选人：1、甲路桥有限公司 2、乙建设有限公司 3、丙工程有限公司\n投标报价分别为：3,120,000元、3,150,000元、3,180,000元';
    expect(readResultAmount(text, ['甲路桥有限公司'])).toBe(3_120_000);
    expect(readResultAmount('第一至第三中标候选人报价(万元)依次为：312.5、315、318', ['甲路桥有限公司'])).toBe(3_125_000);
  });

  it('reads no list in order when nobody is named', () => {
    expect(readResultAmount('三家供应商报价分别为：45,000元、43,800元、46,200元', [])).not.toBe(45_000);
  });
});

describe('readAwardAmount: a rate bid and the fee it comes to', () => {
  it('reads the fee written after the rate on the winner’s bid line', () => {
    const text = '中标单位:甲设计研究院有限公司\n中标报价:设计费率72%(以收费基准价为基数),设计费暂定1,684,000.00元\n设计周期:45日历天';
    expect(readAwardAmount(text)).toBe(1_684_000);
    expect(readAwardAmount('中标费率:下浮15%,监理费约86.5万元')).toBe(865_000);
  });

  it('reads the fee named on the line below the winning rate', () => {
    expect(
      readAwardAmount('中标单位:甲设计有限公司\n中标费率:按设计收费基准价的78%计取\n暂定设计费:¥1,260,000.00\n设计周期:60日历天'),
    ).toBe(1_260_000);
    expect(readAwardAmount('中标人:甲监理有限公司\n中标下浮率:12%\n监理费(暂定):86.5万元')).toBe(865_000);
    expect(readAwardAmount('成交人:甲勘察院\n成交折扣率:85%\n勘察费暂定金额:58,000.00元')).toBe(58_000);
  });

  it('reads no fee below a line that is not a winning rate', () => {
    expect(readAwardAmount('中标人:甲设计有限公司\n设计周期:60日历天\n暂定设计费:¥1,260,000.00')).toBeNull();
    expect(readAwardAmount('最高限价费率:3%\n暂定设计费:¥1,260,000.00')).toBeNull();
  });

  it('reads no award from a rate alone', () => {
    expect(readAwardAmount('中标人:甲监理有限公司\n中标费率:按收费基准价下浮18%,监理费按实结算\n总监理工程师:某某')).toBeNull();
  });
});

describe('readResultAmount: a ranking without a header row', () => {
  it('reads the money-like figure after the first row’s name', () => {
    const lines =
      '评审结果(按综合得分由高到低排序):\n1  湖南梅山家具制造有限公司  412,800.00  92.5\n2  娄底市恒久家具有限公司  418,500.00  88.0';
    expect(readResultAmount(lines, ['湖南梅山家具制造有限公司'])).toBe(412_800);
    const flat = '中标候选人 1 四川东坡建设集团有限公司 2,156,780.00 2 眉山市岷江建筑工程有限公司 2,172,300.00';
    expect(readResultAmount(flat, ['四川东坡建设集团有限公司'])).toBe(2_156_780);
  });

  it('takes no score after the name for a price', () => {
    expect(readResultAmount('1  湖南梅山家具制造有限公司  92.5  通过', ['湖南梅山家具制造有限公司'])).toBeNull();
  });

  it('never reads a reserve price (底价) as the award', () => {
    expect(readResultAmount('底价金额:3,150,000元\n得标厂商:竹堑交通工程有限公司', ['竹堑交通工程有限公司'])).toBeNull();
  });
});

describe('readResultAmount: prices per piece', () => {
  it('reads no award from a price per piece, box or person under an award label', () => {
    expect(readResultAmount('拟中选企业:甲医疗科技有限公司;产品:球囊导管;拟中选价:468元/根', ['甲医疗科技有限公司'])).toBeNull();
    expect(readResultAmount('成交供应商:乙餐饮管理有限公司\n成交价:12元/人·餐', ['乙餐饮管理有限公司'])).toBeNull();
  });

  it('reads no award from a column of prices per piece (中选价(元/个))', () => {
    const table = '序号 | 产品名称 | 生产企业 | 中选价(元/个)\n1 | 球囊 | 甲医疗器械有限公司 | 468\n2 | 支架 | 乙医疗科技有限公司 | 700';
    expect(readResultAmount(table, ['甲医疗器械有限公司'])).toBeNull();
  });

  it('still reads a price per year or term as the award', () => {
    expect(readResultAmount('中标人:丙园林有限公司\n中标金额:1587000元/三年', ['丙园林有限公司'])).toBe(1_587_000);
  });

  it('reads the fee a rate comes to under its own 中标/成交 name, never the agency fee charged to the winner', () => {
    expect(readAwardAmount('中标人:甲工程监理有限公司\n中标费率:下浮18%\n中标监理费:986,400.00元')).toBe(986_400);
    expect(readAwardAmount('中标费率:下浮18%\n中标服务费:12,000.00元')).toBeNull();
  });

  it('reads the unit and the value under a header wrapped onto a second line by a spreadsheet paste', () => {
    const text = '序号  供应商名称        成交金额\n                      (万元)\n1     甲物业服务有限公司    86.5\n';
    expect(readAwardAmount(text)).toBe(865_000);
  });
});

describe('readAwardAmount: a table whose bidder column is headed by the outcome', () => {
  it('reads the first 中选人’s bid from a carrier’s 份额 table', () => {
    const text =
      '中选结果:\n标包 | 中选人 | 中选份额 | 投标报价(不含税,万元)\n标包1 | 甲通信工程有限公司 | 50% | 286.40\n标包1 | 乙通信工程有限公司 | 30% | 291.75';
    expect(readAwardAmount(text)).toBe(2_864_000);
  });
});

describe('readResultAmount: a figure from before a negotiation or a discount', () => {
  it('takes the figure after it, not the one it replaced', () => {
    const text = '议价结果:经议价,确定由甲医药有限公司供货,议价前总价412,000.00元,议价后总价386,000.00元。';
    expect(readResultAmount(text, ['甲医药有限公司'])).toBe(386_000);
    expect(readResultAmount('经谈判,乙公司优惠前报价98,000元,优惠后92,500元。', ['乙公司'])).toBe(92_500);
    expect(readResultAmount('降价前:56,000元;降价后:53,800元', [])).toBe(53_800);
  });
});

describe('readAwardAmount: a unit on the wrapped second line of a table header', () => {
  it('gives the column below the label its unit', () => {
    const text =
      '标段  中标单位              中标价      工期\n                                (万元)      (天)\n一标段  甲建设工程有限公司  1286.35     300';
    expect(readAwardAmount(text)).toBe(12_863_500);
    const yuan = '标段  中标人  中标价  工期\n  (元)  (日历天)\n一标段  甲建设有限公司  12,863,500.00  300';
    expect(readAwardAmount(yuan)).toBe(12_863_500);
  });
});

describe('readAwardAmount: 中标价 written as a rate, the fee on the next line', () => {
  it('reads the fee below it', () => {
    expect(readAwardAmount('中标人:甲设计研究院有限公司\n中标价:设计费按基准价下浮12%\n暂定设计费用:¥860,000.00')).toBe(860_000);
  });
});

describe('readResultAmount: bids listed in order after a label closed by its colon', () => {
  it('takes the first bid', () => {
    const text = '中选人:甲通信工程有限公司(份额60%)、乙通信工程有限公司(份额40%)\n投标报价(不含税):分别为386.5万元、392.1万元';
    expect(readResultAmount(text, ['甲通信工程有限公司', '乙通信工程有限公司'])).toBe(3_865_000);
    expect(readResultAmount('报价:依次为12,800元、13,500元', ['甲公司'])).toBe(12_800);
  });
});

describe('readAwardAmount: a month’s fee named first, then the year’s or the total', () => {
  it('takes the longer period’s figure', () => {
    expect(readAwardAmount('成交价格:月服务费36,000.00元,年服务费432,000.00元')).toBe(432_000);
    expect(readAwardAmount('中标金额:每月服务费8,500元,合同总价102,000元')).toBe(102_000);
    expect(readAwardAmount('成交金额:季度服务费45,000元,年度服务费用180,000元')).toBe(180_000);
  });

  it('keeps a month’s fee when nothing longer follows', () => {
    expect(readAwardAmount('成交价格:月服务费36,000.00元\n服务期:一年')).toBe(36_000);
  });
});

describe('readAwardAmount: a fee named with its rate, then what it comes to (暂定金额)', () => {
  it('reads the provisional fee after the rate', () => {
    expect(readAwardAmount('中选价：勘察设计费按国家收费标准下浮8%，暂定金额468,000.00元')).toBe(468_000);
    expect(readAwardAmount('中标价：监理服务费按收费标准的85%计取，暂估价：¥1,126,000.00')).toBe(1_126_000);
    expect(readAwardAmount('成交报价：造价咨询费费率下浮20%，暂定为36.5万元')).toBe(365_000);
  });

  it('reads no award from a bare rate with an estimate of the work ordered', () => {
    expect(readResultAmount('成交价：下浮率8.5%(按实结算，暂定金额150万元)')).toBeNull();
  });
});

describe('readResultAmount: what small works were let for (承包价, 合同价)', () => {
  it('reads the contract price a village or town lets a job for', () => {
    expect(readResultAmount('承包方：某某路桥养护有限公司\n合同价：人民币壹拾贰万元整(￥120,000.00)')).toBe(120_000);
    expect(readResultAmount('承包单位：某某建筑有限公司\n承包金额(元)：￥86,300.00\n工期：30天')).toBe(86_300);
    expect(readResultAmount('预算金额：50万元\n经比选，发包价为￥468,000.00')).toBe(468_000);
  });

  it('reads no contract price from words that only mention the contract', () => {
    expect(readResultAmount('中标人：某某公司\n合同价款支付方式：按进度支付')).toBeNull();
  });

  it('reads a fee named under the award label as provisional (中标金额：设计费暂定…)', () => {
    expect(
      readResultAmount(
        '中标人：某某建筑设计研究院有限公司\n中标费率：按设计收费基准价下浮12%\n中标金额：设计费暂定1,356,000元（最终按审定的建安工程费计取）',
      ),
    ).toBe(1_356_000);
  });

  it('reads the contract provisional price below a bid made as a rate of the fee scale', () => {
    expect(readResultAmount('中标单位：某某工程检测有限公司\n中标报价：检测费按收费标准的65%计取\n合同暂定价：420,000元')).toBe(420_000);
    expect(readResultAmount('成交供应商：某某检测有限公司\n成交价：按收费标准下浮20%\n暂定合同金额：318,000元')).toBe(318_000);
  });

  it('reads the fee named again after 暂定 on the rate bid line (暂定设计费为…)', () => {
    expect(readResultAmount('中标人:某某设计院有限公司\n中标价:设计费费率2.8%,暂定设计费为:680,000元')).toBe(680_000);
  });

  it('reads the total of a direct order from an online mall and a 成交总额', () => {
    expect(readResultAmount('采购方式：网上商城直接订购\n供应商：某商贸有限公司\n订单总金额：￥5,876.00')).toBe(5_876);
    expect(readResultAmount('成交供应商：某办公用品有限公司\n成交总额：12,430.00元')).toBe(12_430);
  });
});

describe('readAwardAmount: labels in English', () => {
  it('reads the amount after Winning Price, Contract Price and Awarded Amount', () => {
    expect(readAwardAmount('Winning Bidder: 青禾环保设备有限公司\nWinning Price: RMB 4,368,000.00')).toBe(4_368_000);
    expect(readAwardAmount('Contract Price (元): 256,000.00')).toBe(256_000);
    expect(readAwardAmount('Awarded Amount: 86,500.00元')).toBe(86_500);
    expect(readAwardAmount('Award Price: CNY1,280,000.00')).toBe(1_280_000);
    expect(readAwardAmount('Successful Bidder: 远山港口机械有限公司\nBid Price: 1,280,000.00')).toBe(1_280_000);
    expect(readAwardAmount('Bid Winner: 远山港口机械有限公司\nBid Amount: 1,280,000.00 Yuan')).toBe(1_280_000);
    expect(readAwardAmount('Bid Price: 1,280,000.00')).toBeNull();
    expect(readAwardAmount('Price Schedule: see attachment')).toBeNull();
  });
});

describe('readAwardAmount: a unit stated in brackets without the word 单位', () => {
  it('reads the bare figure below "（金额：万元）" in 万元', () => {
    const body = '招标人：某县水务局\n评标结果（金额：万元）\n中标人    中标金额    工期\n某县清泉水利工程有限公司    386.4    180日历天';
    expect(readAwardAmount(body)).toBe(3_864_000);
  });
  it('still reads a figure under a heading whose bracket names no unit as yuan', () => {
    expect(readAwardAmount('中标结果（金额：见下表）\n中标人：某公司\n中标金额：386400元')).toBe(386_400);
  });
});

describe('readAwardAmount: 決標金額 of a result in traditional script', () => {
  it('reads 决标金额 (as converted) with 大写 before ¥', () => {
    expect(readAwardAmount('得标厂商：某市嘉禾建设有限公司\n决标金额：人民币壹佰贰拾万元整（¥1,200,000.00）')).toBe(1_200_000);
  });
});

describe('readAwardAmount: a first candidate priced only by its 评标价', () => {
  it('reads the 评标价 column under the first candidate of a lots table', () => {
    const text =
      '合同段 | 第一中标候选人 | 评标价(元) | 得分 | 第二中标候选人 | 评标价(元) | 得分\n' +
      'JL1 | 甲公路监理有限公司 | 4,862,300 | 94.36 | 乙监理有限公司 | 4,915,800 | 92.18';
    expect(readAwardAmount(text)).toBe(4_862_300);
  });

  it('reads it after the first candidate on one line, and never the second one’s', () => {
    expect(readAwardAmount('第一中标候选人：甲航道工程有限公司，评标价：3,268,400元')).toBe(3_268_400);
    expect(readAwardAmount('第一中标候选人：甲公司\n第二中标候选人：乙公司，评标价：3,300,000元')).toBeNull();
  });

  it('still prefers the 投标报价 when the candidate states one', () => {
    expect(readAwardAmount('第一中标候选人：甲公司，投标报价：3,500,000元，评标价：3,268,400元')).toBe(3_500_000);
  });
});

describe('readAwardAmount: a first candidate’s consortium members after a semicolon', () => {
  it('reads the bid past the member label', () => {
    const text =
      '中标候选人第一名：甲建设有限公司(联合体牵头单位)；联合体成员单位：乙设计院有限公司\n投标报价：1,686.2万元\n第二名：丙公司\n投标报价：1,700万元';
    expect(readAwardAmount(text)).toBe(16_862_000);
  });

  it('still stops at a semicolon before the next candidate', () => {
    expect(readAwardAmount('第一名：甲公司；第二名：乙公司，投标报价：1,700万元')).toBeNull();
  });
});

describe('readAwardAmount: a first candidate noted (排名第一)', () => {
  it('reads its bid on the line below', () => {
    expect(
      readAwardAmount(
        '中标候选人(排名第一)：甲建设有限公司\n投标报价：432.68万元\n中标候选人(排名第二)：乙建设有限公司\n投标报价：435.1万元',
      ),
    ).toBe(4326800);
  });
});

describe('readResultAmount: awards hard to tell from the other amounts', () => {
  it('takes the first lot’s award over a total of lots won by different suppliers', () => {
    const blocks =
      '本项目共两个合同包,中标总金额:2,316,800.00元。\n合同包1(平板):\n中标供应商:甲科技有限公司\n中标金额:1,468,000.00元\n合同包2(器材):\n中标供应商:乙仪器有限公司\n中标金额:848,800.00元';
    expect(readResultAmount(blocks, ['甲科技有限公司', '乙仪器有限公司'])).toBe(1_468_000);
    const prose =
      '本项目标项一由甲装备有限公司以人民币¥ 386,500.00元成交,标项二由乙科技有限公司以人民币¥ 214,300.00元成交,两个标项成交金额合计人民币600,800.00元。';
    expect(readResultAmount(prose, ['甲装备有限公司', '乙科技有限公司'])).toBe(386_500);
  });

  it('reads a bare award in the 万元 a caption far above states', () => {
    const rows = Array.from(
      { length: 6 },
      (_, i) => `${i + 1} | 某${i}建设有限公司 | 1,28${i}.4035 | 180 | 合格 | 8${i}.42 | ${i + 1}`,
    ).join('\n');
    expect(
      readResultAmount(
        `(金额单位:万元)\n招标人:某局\n序号 | 投标人名称 | 投标报价 | 工期 | 质量 | 得分 | 名次\n${rows}\n中标人:某0建设有限公司\n中标价:1,280.4035`,
      ),
    ).toBe(12_804_035);
  });

  it('reads no award from a framework’s cap or a price in euros', () => {
    expect(
      readResultAmount('最高限额:协议期内采购总额不超过500万元\n入围供应商:\n1. 甲家具有限公司,优惠率:12%', ['甲家具有限公司']),
    ).toBeNull();
    expect(
      readResultAmount('预算金额:人民币1,350.00万元\n中标人:甲贸易有限公司\n中标金额:1,726,400.00欧元\n投标保证金:人民币20万元'),
    ).toBeNull();
  });

  it('reads thousands with a space after each comma', () => {
    expect(readResultAmount('成交供应商:甲科技有限公司\n成交金额:¥ 1, 032, 800.00')).toBe(1_032_800);
  });
});

describe('readResultAmount: unit prices and candidate lists of state firms (own-b69)', () => {
  it('reads no award from a price per outlet, per square metre or per person', () => {
    const winner = ['某某武装守押有限公司'];
    expect(readResultAmount('成交供应商：某某武装守押有限公司\n成交价格：每网点每月1,680元（含税），按实际网点数结算', winner)).toBeNull();
    expect(readResultAmount('成交供应商：某某武装守押有限公司\n服务报酬：每平方米每年4.86元', winner)).toBeNull();
    expect(readResultAmount('成交供应商：某某武装守押有限公司\n费用标准：每人每餐18元', winner)).toBeNull();
    // Under the award's own label too (found probing past own-b69).
    expect(readResultAmount('中标人：某某建材有限公司\n中标价：每立方米286元', ['某某建材有限公司'])).toBeNull();
    expect(readResultAmount('成交供应商：某某化工有限公司\n成交价：每吨2,860元，按实结算', ['某某化工有限公司'])).toBeNull();
  });

  it('still reads a year’s or a month’s price stated without a label', () => {
    expect(readResultAmount('成交供应商：某某物业服务有限公司\n物业服务每年1,286,000元，按季度支付', ['某某物业服务有限公司'])).toBe(
      1_286_000,
    );
  });

  it('reads the first of a numbered candidate list under a heading that names more than the candidates', () => {
    const text =
      '成交候选人排序及最终报价：\n1. 甲物流有限公司 最终报价：1,568,000.00元\n2. 乙快运有限公司 最终报价：1,592,500.00元\n拟确定排序第一的甲物流有限公司为成交人。';
    expect(readResultAmount(text, ['甲物流有限公司'])).toBe(1_568_000);
    expect(
      readResultAmount('中标候选人排名如下：\n1、甲建设有限公司，投标报价：2,386,000元\n2、乙建设有限公司，投标报价：2,401,000元'),
    ).toBe(2_386_000);
  });

  it('reads the fee a rate comes to when the rate is given after 为 or the fee is named provisional first (found probing past own-b69)', () => {
    expect(readAwardAmount('中标费率为监理收费基价的72%，暂定监理费368,000元。')).toBe(368_000);
    expect(readAwardAmount('中标费率：72%，暂定设计费：1,684,000元')).toBe(1_684_000);
    expect(readAwardAmount('中标费率：按收费标准的65%计取，按实结算')).toBeNull();
  });
});

describe('readAwardAmount: money columns before the name in a row flattened by spaces (own-b87)', () => {
  it('reads the award column, not the row number the 万元 header would inflate', () => {
    const text = '中标结果：\n包号 预算金额(万元) 中标供应商 中标金额(万元)\n1 198 甲医药有限公司 186.5';
    expect(readAwardAmount(text)).toBe(1_865_000);
  });
});

describe('readAwardAmount: the award named as the base of a share', () => {
  it('passes over 中标合同金额的30% in a tender excerpt and keeps the first candidate’s bid', () => {
    const text =
      '第一中标候选人：甲建设有限公司\n投标报价：41,236,580.52元\n附：招标公告主要内容（节选）\n' +
      '1.11 | 分包 | 允许专业工程分包，分包金额累计不超过中标合同金额的30%\n' +
      '2.2.1 | 投标人要求澄清招标文件的截止时间 | 2031年7月14日17时00分\n' +
      '3.2.4 | 最高投标限价 | 第一标段38,652,417.36元；第二标段31,286,504.18元\n3.4.1 | 投标保证金 | 20万元';
    expect(readAwardAmount(text)).toBe(41_236_580.52);
  });

  it('passes over 中标价10%的履约保证金', () => {
    expect(readAwardAmount('中标人应提交中标价10%的履约保证金，投标保证金20万元。\n中标价：3,268,450.00元')).toBe(3_268_450);
  });

  it('still reads a labelled award', () => {
    expect(readAwardAmount('中标合同金额：8,652,318.00元')).toBe(8_652_318);
  });
});

describe('readResultAmount: bids of rates in a PPP or investor selection', () => {
  it("never reads the project's 总投资 stated after them as the first candidate's bid", () => {
    const text =
      '第一中标候选人：甲路桥建设集团有限公司（牵头人）/乙交通规划设计院有限公司（成员）\n投标报价：投资回报率5.65%，建安工程费下浮率4.00%\n第二中标候选人：丙工程局集团有限公司\n投标报价：投资回报率5.90%\n项目总投资：约14.3亿元';
    expect(readResultAmount(text, ['甲路桥建设集团有限公司'])).toBeNull();
    expect(readResultAmount('第一中标候选人：甲建设有限公司\n投标报价：（万元）\n2,318.60万元\n项目总投资：约3亿元', [])).toBe(23_186_000);
  });

  it('never reads the 资本金 within the 总投资 as what was won', () => {
    const text = '拟中选社会资本：甲建设集团有限公司\n合理利润率：6.5%\n项目总投资：约6.84亿元，其中项目资本金1.37亿元';
    expect(readResultAmount(text, ['甲建设集团有限公司'])).toBeNull();
  });
});

describe('readAwardAmount: 定标金额', () => {
  it('reads the sum a company decides on, not the target cost above it', () => {
    expect(readAwardAmount('目标成本：31,500万元\n定标单位：某建设集团有限公司\n定标金额：29,876.52万元')).toBe(298765200);
  });
});
