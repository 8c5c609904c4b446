import { supplierNamesIn } from './org-names';
import { readWinners, readWinnersOf } from './winners';

describe('readWinners', () => {
  it('reads each member of a consortium written "A(牵头人)、B(成员)联合体" without the closing word', () => {
    expect(
      readWinnersOf('中标人:某某建设集团有限公司(牵头人)、某某市政工程集团有限责任公司(成员)联合体\n中标价:96,452,318.00元', []),
    ).toEqual(['某某建设集团有限公司', '某某市政工程集团有限责任公司']);
  });

  it('reads the list after "入围供应商及优惠率：" without the tail of the label or the rates in brackets', () => {
    const text =
      '第一包入围供应商及工时费优惠率：某某汽车服务有限公司(15%)、某某汽车修理有限公司(12%)\n第二包入围供应商及工时费优惠率：某某汽车维修有限公司(14%)';
    expect(readWinnersOf(text, [])).toEqual(['某某汽车服务有限公司', '某某汽车修理有限公司', '某某汽车维修有限公司']);
    expect(readWinnersOf('中标供应商及中标金额：某某建设工程有限公司，86.5万元', [])).toEqual(['某某建设工程有限公司']);
  });

  it('takes the company after "工程由" as the one that builds it', () => {
    const text = '经询价比选，确定某某村巷道硬化工程由某某州鸿达建筑工程有限公司承建，合同价款为186,500元。';
    expect(readWinnersOf(text, [])).toEqual(['某某州鸿达建筑工程有限公司']);
  });

  it('reads labelled winners of every lot', () => {
    const text = '标段(包)[001]:中标人:某某科技有限公司中标价格:12万元\n标段(包)[002]:中标人:某某建设集团有限公司中标价格:30万元';
    expect(readWinners(text)).toEqual(['某某科技有限公司', '某某建设集团有限公司']);
  });

  it('reads a name under its header in a flattened table', () => {
    expect(readWinners('包号 中标供应商 中标金额(元) 报价时间\n1 某某电器设备有限公司 ¥3,045.00 2026/03/01\n配送区域:某区')).toEqual([
      '某某电器设备有限公司',
    ]);
    const bars =
      '序号 | 标项名称 | 总价(元) | 中标供应商名称 | 中标供应商地址 |\n---|---|---|---|---|\n1 | 食堂外包 | 913000(元) | 某某餐饮管理有限公司 | 某县某路1号 |';
    expect(readWinners(bars)).toEqual(['某某餐饮管理有限公司']);
  });

  it('reads a name after a run of header cells', () => {
    expect(readWinners('三、中标(成交)信息供应商名称供应商地址中标(成交)金额某某智能科技有限公司某市某区某路9号')).toEqual([
      '某某智能科技有限公司',
    ]);
  });

  it('takes only the first candidate of each lot from a candidates notice', () => {
    const text =
      '(1)包件一\n第一名:某某电气股份有限公司 ,投标报价:1929500元\n第二名:某某电器有限公司;,投标报价:2054664元\n(2)包件二\n第一名:某某电缆有限公司 ,投标报价:998万元';
    expect(readWinners(text)).toEqual(['某某电气股份有限公司', '某某电缆有限公司']);
    expect(readWinners('中标候选人 某某监理有限公司;某某管理有限公司;某某咨询有限公司')).toEqual(['某某监理有限公司']);
    expect(readWinners('第一中标候选人: 某某工程建设监理有限责任公司 投标报价: 775200 元')).toEqual(['某某工程建设监理有限责任公司']);
  });

  it('keeps a branch or a group company whole', () => {
    expect(readWinners('成交供应商:某某通信集团某省有限公司某市分公司')).toEqual(['某某通信集团某省有限公司某市分公司']);
  });

  it('names nobody when the notice only talks about candidates', () => {
    expect(readWinners('中标候选人公示\n工程编号 X1\n建设单位名称 某某置业有限公司')).toEqual([]);
    expect(readWinners('评标委员会推荐3名中标候选人')).toEqual([]);
  });
});

describe('readWinnersOf: excerpts cut before the winner label', () => {
  it('takes the first supplier that is neither the buyer, an agency, a brand nor a principal', () => {
    const excerpt = '9号3栋7层8号9,894,500.00元四、主要标的信息合同包1:货物类(某某医疗科技有限公司)品目号品目名称';
    expect(readWinnersOf(excerpt, [])).toEqual(['某某医疗科技有限公司']);
    expect(readWinnersOf('1某市第六人民医院设备采购项目1482816.00元某某家具制造有限公司某市高新区', ['某市第六人民医院'])).toEqual([
      '某某家具制造有限公司',
    ]);
    expect(readWinnersOf('(成交)金额898000元 名称:手术室系统;品牌:某某科技股份有限公司;数量:1', [])).toEqual([]);
    expect(readWinnersOf('某某招标咨询有限公司受某某建设投资有限公司的委托,于2026年5月1日发布招标公告', [])).toEqual([]);
  });

  it('reads a listed company announcing its own win', () => {
    const text = '某某路桥建设股份有限公司(以下简称“公司”)收到某某交通建设集团有限公司发来的《中标通知书》';
    expect(readWinnersOf(text, [])).toEqual(['某某路桥建设股份有限公司']);
  });
});

describe('readWinners: one cell a line', () => {
  it('reads every winner row under the header', () => {
    const text =
      '三、中标(成交)信息\n供应商名称\n供应商地址\n供应商组织机构代码\n某某商贸有限公司 某县某镇6组 91130828MA0F2U281M\n某某体育设施有限公司 某开发区某路 91130682MA091YFW0B\n四、主要标的信息';
    expect(readWinners(text)).toEqual(['某某商贸有限公司', '某某体育设施有限公司']);
  });

  it('takes only the row marked 是 of a 是否成交 table', () => {
    expect(
      readWinners('供应商名称 | 最终报价(元) | 是否成交\n甲生物科技有限公司 | 389,600.00 | 是\n乙医疗器械有限公司 | 402,100.00 | 否'),
    ).toEqual(['甲生物科技有限公司']);
  });

  it('keeps a branch name whole and never reads the address column as a winner', () => {
    expect(
      readWinners('标包 | 中标供应商名称 | 中标供应商地址 | 中标金额\nA包 | 某某书店集团有限公司某某分公司 | 某市某路 | 折扣率:72% | \n'),
    ).toEqual(['某某书店集团有限公司某某分公司']);
  });

  it('reads 得标厂商', () => {
    expect(readWinners('得标厂商:宏昌营造股份有限公司\n决标日期:115年10月28日')).toEqual(['宏昌营造股份有限公司']);
  });
});

describe('readWinners: row numbers and item text before a name', () => {
  it('drops the row number after a candidates label', () => {
    expect(readWinners('中标候选人 1 某某家具制造有限公司 投标总价：人民币 1,086,000.00 元 2 某某教学设备有限公司')).toEqual([
      '某某家具制造有限公司',
    ]);
  });

  it('drops header words and item names run into the row before its number', () => {
    expect(readWinnersOf('标的名称服务范围服务要求1某某物业服务有限公司', [])).toEqual(['某某物业服务有限公司']);
    expect(readWinnersOf('采购内容 多功能讲台 实验台 1 某某实验设备有限公司 报价', [])).toEqual(['某某实验设备有限公司']);
  });

  it('keeps figures that belong to a name', () => {
    expect(readWinnersOf('供货安装 某某市第1建筑工程有限公司', [])).toEqual(['某某市第1建筑工程有限公司']);
    expect(readWinnersOf('某某智造3D打印科技有限公司', [])).toEqual(['某某智造3D打印科技有限公司']);
    expect(readWinnersOf('某某市1号线轨道交通运营有限公司', [])).toEqual(['某某市1号线轨道交通运营有限公司']);
  });

  it('reads 判给公司, the winner of a Macau notice, and not the awarding body', () => {
    expect(readWinners('判给实体：某某局\n判给公司：某某建筑工程有限公司')).toEqual(['某某建筑工程有限公司']);
  });
});

describe('readWinners: framework agreements, lists and run-together names', () => {
  it('reads every supplier admitted to a framework agreement', () => {
    const table =
      '入围供应商及报价:\n序号 | 入围供应商 | 折扣率\n1 | 某某文具有限公司 | 85%\n2 | 某某图书集团某州有限公司 | 87%\n3 | 某某办公用品商行 | 89%';
    expect(readWinners(table)).toEqual(['某某文具有限公司', '某某图书集团某州有限公司', '某某办公用品商行']);
    expect(readWinners('经评审,以下单位入围(排名不分先后):甲某工程咨询有限公司、乙某造价事务所有限公司、丙某项目管理有限公司')).toEqual([
      '甲某工程咨询有限公司',
      '乙某造价事务所有限公司',
      '丙某项目管理有限公司',
    ]);
  });

  it('reads several winners after one label, and a 入围 that names no list reads nothing', () => {
    expect(readWinners('中标人:某某建设有限公司、某某设计研究院有限公司\n中标价:980万元')).toEqual([
      '某某建设有限公司',
      '某某设计研究院有限公司',
    ]);
    expect(readWinners('入围结果公示期为三个工作日')).toEqual([]);
  });

  it('leaves the verb off a winner named before its label', () => {
    expect(readWinnersOf('经评标委员会评审,确定某某市政工程有限公司为中标人,中标价为1,286,000.00元。', [])).toEqual([
      '某某市政工程有限公司',
    ]);
    expect(readWinnersOf('评审小组推荐某某信息技术有限公司为成交供应商。', [])).toEqual(['某某信息技术有限公司']);
  });

  it('cuts an item name off a supplier that starts with its place', () => {
    expect(readWinnersOf('成交信息 包名称 成交供应商 成交金额 课桌椅采购某某市某某家具有限公司120,000.00元', [])).toEqual([
      '某某市某某家具有限公司',
    ]);
    expect(readWinnersOf('成交供应商 成交金额 某某项目开发有限公司 86,000.00元', [])).toEqual(['某某项目开发有限公司']);
    expect(readWinnersOf('成交信息 标项名称 成交供应商 成交金额 保洁服务安徽洁美物业服务有限公司 420,000.00元', [])).toEqual([
      '安徽洁美物业服务有限公司',
    ]);
    expect(readWinnersOf('成交信息 供应商 金额 湖南省建工设备安装有限公司 1,200,000元', [])).toEqual(['湖南省建工设备安装有限公司']);
  });
});

describe('readWinnersOf: a rank column after the prices', () => {
  it('takes the row ranked first, wherever it stands', () => {
    const text =
      '投标人 | 投标报价(元) | 评标价(元) | 排序\n甲某建设有限公司 | 5,210,000.00 | 5,210,000.00 | 2\n乙某路桥有限公司 | 5,180,500.00 | 5,180,500.00 | 1';
    expect(readWinnersOf(text, [])).toEqual(['乙某路桥有限公司']);
  });
});

describe('readWinners: small traders and consortium roles', () => {
  it('reads a shop or a works department as a supplier', () => {
    expect(readWinners('成交供应商:某县某镇老李五金店\n成交金额:2,800元')).toEqual(['某县某镇老李五金店']);
    expect(readWinners('成交供应商:某某市某某装饰工程部\n成交金额:18,000元')).toEqual(['某某市某某装饰工程部']);
  });

  it('leaves a consortium role note off the names', () => {
    expect(readWinners('中标人:甲某建设有限公司(联合体牵头人)、乙某设计院有限公司(联合体成员)\n中标价:1860万元')).toEqual([
      '甲某建设有限公司',
      '乙某设计院有限公司',
    ]);
  });
});

describe('readWinners: lists under a label and lots in a ranked table', () => {
  it('reads every numbered line under a label that ends its line', () => {
    const text = '入围供应商：\n1.甲工程监理有限公司\n2.乙建设监理有限公司\n3.丙工程咨询有限公司\n入围期限：两年';
    expect(readWinners(text)).toEqual(['甲工程监理有限公司', '乙建设监理有限公司', '丙工程咨询有限公司']);
    expect(readWinners('中选单位：\n(1)甲物业服务有限公司\n(2)乙物业管理有限公司\n公示期：3个工作日')).toEqual([
      '甲物业服务有限公司',
      '乙物业管理有限公司',
    ]);
  });

  it('reads every line under 入围人 (a platform’s word for an admitted supplier), its rate noted after it', () => {
    const text =
      '经评审，确定入围人如下（排名不分先后）：\n1. 甲混凝土有限公司（下浮率：6.5%）\n2. 乙建材有限公司（下浮率：6.0%）\n公示期：3天';
    expect(readWinners(text)).toEqual(['甲混凝土有限公司', '乙建材有限公司']);
    expect(readWinners('入围人：甲印务有限公司、乙彩印有限公司')).toEqual(['甲印务有限公司', '乙彩印有限公司']);
  });

  it('stops the list at the first numbered line that names no supplier', () => {
    const text = '成交供应商：\n1.甲科技有限公司\n2.采购人信息\n名称：某市某局';
    expect(readWinners(text)).toEqual(['甲科技有限公司']);
  });

  it('keeps only the first of a numbered candidates list', () => {
    expect(readWinners('中标候选人：\n1.甲建设有限公司\n2.乙建设有限公司')).toEqual(['甲建设有限公司']);
  });

  it('takes the first-ranked bidder of each lot of a ranked table', () => {
    const text =
      '标段(包) | 排名 | 中标候选人 | 投标报价(万元)\nA包 | 1 | 甲石油机械有限公司 | 1,358.60\nA包 | 2 | 乙装备有限公司 | 1,372.45\nB包 | 1 | 丙钢管制造有限公司 | 2,046.80\nB包 | 2 | 丁管业有限公司 | 2,079.30';
    expect(readWinnersOf(text, [])).toEqual(['甲石油机械有限公司', '丙钢管制造有限公司']);
  });
});

describe('readWinners: candidates ranked in brackets, bids in brackets', () => {
  it('reads the candidate marked (第一名), not the bracket before its name', () => {
    const text = '中标候选人(第一名):甲建设工程有限公司,投标报价:3,456,789.00元\n中标候选人(第二名):乙建设有限公司,投标报价:3,500,000.00元';
    expect(readWinners(text)).toEqual(['甲建设工程有限公司']);
  });

  it('leaves a bid in brackets off a name found without a label', () => {
    // Each lot's line names its own winner.
    expect(readWinnersOf('标包一:甲科技有限公司(¥12,000.00)\n标包二:乙科技有限公司(¥8,500.00)', [])).toEqual([
      '甲科技有限公司',
      '乙科技有限公司',
    ]);
  });
});

describe('readWinners: unnumbered lists and consortium notes', () => {
  it('reads names one a line under a label that ends its line, stopping at the next field', () => {
    expect(readWinners('中标供应商:\n甲科技有限公司\n乙科技有限公司\n公示期:1个工作日')).toEqual(['甲科技有限公司', '乙科技有限公司']);
    expect(readWinners('中标供应商:\n甲科技有限公司\n地址:某市某路1号\n乙科技有限公司')).toEqual(['甲科技有限公司']);
  });

  it('reads a consortium note that opens after the name as its member list, the leader once', () => {
    // A consortium wins as one: the members its note lists are winners too.
    expect(readWinners('中标单位:甲建设工程有限公司(联合体牵头人:甲建设工程有限公司;成员:乙设计院有限公司)\n中标价:1,234,567元')).toEqual([
      '甲建设工程有限公司',
      '乙设计院有限公司',
    ]);
  });
});

describe('readWinners: consortia joined by 与, ranked labels repeated, lots one a line', () => {
  it('names every member of a consortium joined by 与 or 和, also as the first candidate', () => {
    const first = '第一中标候选人:甲园林建设集团有限公司(牵头人)与乙规划设计研究院有限公司(成员)组成的联合体\n投标报价:2,368.45万元';
    expect(readWinners(first)).toEqual(['甲园林建设集团有限公司', '乙规划设计研究院有限公司']);
    expect(readWinners('中标人:甲建设有限公司和乙设计研究院组成的联合体\n中标价:1,234,567元')).toEqual(['甲建设有限公司', '乙设计研究院']);
    // The leader named again in a bracket after the group word is no part of the last member.
    expect(
      readWinners('本项目成交人为甲建工集团有限公司和乙建筑设计有限公司组成的联合体(牵头人:甲建工集团有限公司),成交金额：100万元。'),
    ).toEqual(['甲建工集团有限公司', '乙建筑设计有限公司']);
    expect(readWinners('第一中标候选人:由甲路桥建设有限公司(主办方)和乙勘察设计研究院有限公司组成的联合体')).toEqual([
      '甲路桥建设有限公司',
      '乙勘察设计研究院有限公司',
    ]);
  });

  it('takes the name before a bracketed rank (第一名) as the first candidate', () => {
    expect(readWinners('中标候选人:甲工程有限公司(第一名)、乙工程有限公司(第二名)、丙工程有限公司(第三名)')).toEqual(['甲工程有限公司']);
  });

  it('drops a 第一名 label repeated on the line under a candidates label', () => {
    expect(readWinners('推荐的中标候选人:\n第一名:甲水务工程有限公司\n投标价:(万元) 896.45\n第二名:乙水利建设有限公司')).toEqual([
      '甲水务工程有限公司',
    ]);
  });

  it('drops the ranked label of the first line under a label that lists names with their shares', () => {
    const text = '中选人及份额:\n第一中选人:甲通信建设有限公司,中选份额:60%\n第二中选人:乙信息工程有限公司,中选份额:40%';
    expect(readWinners(text)).toEqual(['甲通信建设有限公司', '乙信息工程有限公司']);
  });

  it('reads the winner written after each lot’s name, passing over a lot that failed', () => {
    const lots = '中标结果:\n第1包 课桌椅:甲家具制造有限公司,中标价52.36万元;\n第2包 学生床:乙木业有限公司,中标价38.90万元。';
    expect(readWinners(lots)).toEqual(['甲家具制造有限公司', '乙木业有限公司']);
    expect(readWinners('包1(设备):甲净水科技有限公司,68.24万元\n包2(维保):废标,原因:有效供应商不足三家')).toEqual(['甲净水科技有限公司']);
  });
});

describe('readWinners: decisions in prose, former winners and consortium roles', () => {
  it('reads the name a sentence decides between 确定 and 为中标人', () => {
    const text = '经评标委员会评审并公示，招标人确定甲建设工程有限公司为中标人，中标价为人民币壹佰万元(1,000,000.00元)。';
    expect(readWinners(text)).toEqual(['甲建设工程有限公司']);
    expect(readWinners('招标人拟定第一中标候选人乙园林工程有限公司为中标单位。')).toEqual(['乙园林工程有限公司']);
    expect(readWinners('招标人依法确定甲建设有限公司(联合体牵头人)为中标人。')).toEqual(['甲建设有限公司']);
    expect(readWinners('评标委员会推荐甲建设有限公司为第一中标候选人，乙建设有限公司为第二中标候选人。')).toEqual(['甲建设有限公司']);
    // No name between the verb and 为中标人: nothing is decided here.
    expect(readWinners('招标人确定排名第一的中标候选人为中标人。')).toEqual([]);
  });

  it('passes over the former winner of a changed result', () => {
    const text =
      '原中标人：甲建设有限公司(原中标价：2,746,800.00元)\n变更后：确定第二中标候选人乙水利建设有限公司为中标人，中标价：2,781,350.00元。';
    expect(readWinners(text)).toEqual(['乙水利建设有限公司']);
    expect(readWinners('原成交供应商：甲科技有限公司\n成交供应商：乙科技有限公司')).toEqual(['乙科技有限公司']);
  });

  it('keeps every member of a consortium named as the one candidate', () => {
    expect(readWinners('中标候选人名称：甲建设有限公司(联合体牵头人)、乙设计院有限公司(联合体成员)\n投标报价：1,234,567元')).toEqual([
      '甲建设有限公司',
      '乙设计院有限公司',
    ]);
    expect(readWinners('中标候选人名称：甲建设有限公司、乙建设有限公司\n投标报价：1,234,567元')).toEqual(['甲建设有限公司']);
  });

  it('reads every consortium member under its 牵头人/成员 label, on the label’s line or below it', () => {
    expect(readWinners('中标人：联合体(牵头人：甲建工集团有限公司；成员：乙市政设计研究院有限公司)\n中标价：3968.7452万元')).toEqual([
      '甲建工集团有限公司',
      '乙市政设计研究院有限公司',
    ]);
    expect(readWinners('中标人：联合体\n牵头人：甲建设有限公司\n成员单位：乙设计院有限公司、丙勘察有限公司\n工期：300日历天')).toEqual([
      '甲建设有限公司',
      '乙设计院有限公司',
      '丙勘察有限公司',
    ]);
  });
});

describe('readWinners: notes after a name and lists split by semicolons', () => {
  it('drops a former name, a sole trader note or a rate in brackets, keeping legal forms', () => {
    expect(readWinners('成交供应商:某某智能科技有限公司(原名:某某电子有限公司)\n成交金额:763,500.00元')).toEqual(['某某智能科技有限公司']);
    expect(readWinners('中标人:某某建材有限公司(原某某建材厂)\n中标价:12万元')).toEqual(['某某建材有限公司']);
    // What the supplier is to the goods: no registered name ends in 供应商 or 代理商.
    expect(readWinners('成交供应商：某某数图科技有限公司（原版权方授权的唯一供应商）\n成交金额：96,000.00元')).toEqual([
      '某某数图科技有限公司',
    ]);
    expect(readWinners('成交人：某某医疗器械有限公司(独家代理商)')).toEqual(['某某医疗器械有限公司']);
    expect(readWinners('成交供应商：某某软件有限公司（原厂商）\n成交金额：180,000.00元')).toEqual(['某某软件有限公司']);
  });

  it('reads a name after a label closed by 】 or followed by its own 信息', () => {
    expect(readWinners('【成交供应商】甲环保工程有限公司\n【成交金额】328,600.00元')).toEqual(['甲环保工程有限公司']);
    expect(readWinners('中标供应商信息：甲网络科技有限公司，中标金额：158,000元')).toEqual(['甲网络科技有限公司']);
    expect(readWinners('中标供应商：信息产业电子第十一设计研究院科技工程股份有限公司')).toEqual([
      '信息产业电子第十一设计研究院科技工程股份有限公司',
    ]);
    expect(readWinners('成交供应商:某某市张记汽车修理厂(个体工商户)\n成交总价:168,000.00元')).toEqual(['某某市张记汽车修理厂']);
    expect(readWinners('中标人:某某(集团)会计师事务所(特殊普通合伙)\n中标价:326,000.00元')).toEqual([
      '某某(集团)会计师事务所(特殊普通合伙)',
    ]);
  });

  it('reads every supplier of a list written with semicolons, each with its note', () => {
    const text =
      '成交供应商(共4家):某某汽车维修有限公司(工时费优惠率18%);某某汽车服务有限公司(15%);某某汽车修理厂(20%);某某区德顺汽修店(22%)\n框架协议有效期:两年';
    expect(readWinners(text)).toEqual(['某某汽车维修有限公司', '某某汽车服务有限公司', '某某汽车修理厂', '某某区德顺汽修店']);
  });

  it('stops the semicolon list at the next field or a sentence', () => {
    expect(readWinners('中标供应商:某某科技有限公司;中标金额:875,600.00元')).toEqual(['某某科技有限公司']);
    expect(readWinners('中标供应商:某某科技有限公司;某某信息技术有限公司为第二名')).toEqual(['某某科技有限公司']);
    // Only the first candidate wins, even when the others follow after semicolons.
    expect(readWinners('第一中标候选人:某某建设有限公司;第二中标候选人:某某建筑有限公司')).toEqual(['某某建设有限公司']);
  });

  it('knows a sole trader by its shop name (汽修店, 五金店, 大药房)', () => {
    expect(readWinners('成交供应商:某某县康宁大药房\n成交金额:3,200元')).toEqual(['某某县康宁大药房']);
    expect(readWinners('成交供应商:某某镇顺达汽修店\n成交金额:8,600元')).toEqual(['某某镇顺达汽修店']);
  });

  it('drops a listing code, a line of business or a role for the goods noted after the name', () => {
    expect(readWinners('中标人:东江路桥股份有限公司(证券代码:603999)\n中标价:2,460,000.00元')).toEqual(['东江路桥股份有限公司']);
    expect(readWinners('中标人:东江路桥股份有限公司(股票代码 603999)\n中标价:2,460,000.00元')).toEqual(['东江路桥股份有限公司']);
    expect(readWinners('成交供应商:青禾人力资源有限公司(劳务派遣)\n成交金额:380,000元')).toEqual(['青禾人力资源有限公司']);
    expect(readWinners('中标人:青禾控股股份有限公司(上市公司)\n中标价:100,000元')).toEqual(['青禾控股股份有限公司']);
    expect(readWinners('中标人:青禾建设有限公司(注册地:广东省广州市)\n中标价:100,000元')).toEqual(['青禾建设有限公司']);
    expect(readWinners('中标人:青禾建设有限公司(一般纳税人)\n中标价:100,000元')).toEqual(['青禾建设有限公司']);
    expect(readWinners('中标人:青禾建设有限公司(民营企业、中小企业)\n中标价:100,000元')).toEqual(['青禾建设有限公司']);
    expect(readWinners('第一中标候选人:远山路桥建设有限公司(项目负责人:王某某)\n投标报价:2,345,600.00元')).toEqual([
      '远山路桥建设有限公司',
    ]);
    const prose = '经协商，确定由青禾医疗设备服务有限公司(原厂授权服务商)提供服务，成交金额为386,000.00元。';
    expect(readWinnersOf(prose, [])).toEqual(['青禾医疗设备服务有限公司']);
  });

  it('drops the province or city a name already opens with, noted again in brackets, but keeps other brackets', () => {
    expect(readWinners('中标供应商:广东青禾科技有限公司(广东省)\n中标金额:86,000元')).toEqual(['广东青禾科技有限公司']);
    expect(readWinners('中标供应商:成都青禾科技有限公司(四川省成都市)\n中标金额:86,000元')).toEqual(['成都青禾科技有限公司']);
    expect(readWinners('中标供应商:四川青禾建设有限公司(四川省成都市)\n中标金额:86,000元')).toEqual(['四川青禾建设有限公司']);
    expect(readWinners('中标供应商:广州青禾科技有限公司(广州)\n中标金额:86,000元')).toEqual(['广州青禾科技有限公司']);
    expect(readWinners('中标供应商:成都青禾科技有限公司(重庆市)\n中标金额:86,000元')).toEqual(['成都青禾科技有限公司(重庆市)']);
    expect(readWinners('中标供应商:青禾科技有限公司(北京)\n中标金额:86,000元')).toEqual(['青禾科技有限公司(北京)']);
    expect(readWinners('中标供应商:青禾(北京)科技有限公司\n中标金额:86,000元')).toEqual(['青禾(北京)科技有限公司']);
    expect(readWinners('中标人:青禾创投合伙企业(有限合伙)\n中标价:86,000元')).toEqual(['青禾创投合伙企业(有限合伙)']);
  });

  it('drops the size class a government purchase notes after the name (小微企业, 监狱企业)', () => {
    expect(readWinners('成交供应商名称:某某文具有限公司(小微企业)\n成交金额:86,000.00元')).toEqual(['某某文具有限公司']);
    expect(readWinners('中标供应商:某某印刷厂(监狱企业),中标金额:12,000元')).toEqual(['某某印刷厂']);
  });

  it('reads a public body that sells a service (医院, 大学, 检测中心) under a winner label', () => {
    expect(readWinners('成交供应商:某市第一人民医院\n成交金额:2,000,000元')).toEqual(['某市第一人民医院']);
    expect(readWinners('中标单位:某某省建设工程质量检测中心\n中标价:180,000元')).toEqual(['某某省建设工程质量检测中心']);
    // The centre that ran the procedure is not the winner, nor is a sentence about the winner.
    expect(readWinners('中标单位:某市公共资源交易中心')).toEqual([]);
    expect(readWinners('中标人应于中标通知书发出之日起30日内与招标人签订合同')).toEqual([]);
  });

  it('never reads every bidder of a table of scores headed 供应商名称 as winners', () => {
    const table = '供应商名称\t最后报价(元)\t得分\t排序\n甲信息有限公司\t460,000.00\t86.5\t2\n乙软件有限公司\t456,000.00\t91.2\t1';
    expect(readWinnersOf(table, [])).toEqual(['乙软件有限公司']);
    expect(readWinnersOf(`${table}\n成交供应商:乙软件有限公司`, [])).toEqual(['乙软件有限公司']);
    expect(readWinnersOf('供应商名称  综合得分  名次\n甲信息有限公司  86.5  2\n乙软件有限公司  91.2  1', [])).toEqual(['乙软件有限公司']);
  });

  it('never starts a name found without a label with 关于', () => {
    expect(readWinnersOf('关于甲科技有限公司中标某项目的公示\n中标金额:88,000元', [])).toEqual(['甲科技有限公司']);
  });

  it('drops the short name a winner goes by below, and keeps a 供销合作社联合社 whole', () => {
    expect(readWinners('中标人:甲建设工程有限公司(以下简称“甲建设”)\n中标价:1,236,000元')).toEqual(['甲建设工程有限公司']);
    expect(readWinners('成交供应商:某某县供销合作社联合社\n成交金额:56,000元')).toEqual(['某某县供销合作社联合社']);
  });

  it('reads a station under a winner label (加油站, 推广站)', () => {
    expect(readWinners('成交供应商:某某县城关加油站\n成交金额:30,000元')).toEqual(['某某县城关加油站']);
    expect(readWinners('成交供应商:某某县农业技术推广站\n成交金额:30,000元')).toEqual(['某某县农业技术推广站']);
  });
});

describe('readWinners: selection results, stations, foreign names', () => {
  it('reads every row of the bidder column under a selection heading (入围结果, 响应人名称)', () => {
    const text =
      '入围结果:\n序号 | 响应人名称 | 响应报价(折扣率) | 评审得分\n1 | 甲印务有限公司 | 78% | 92.50\n2 | 乙彩印有限公司 | 80% | 90.15\n3 | 丙印刷厂 | 83% | 85.30\n框架协议有效期:两年';
    expect(readWinners(text)).toEqual(['甲印务有限公司', '乙彩印有限公司', '丙印刷厂']);
  });

  it('reads the names one a line under a heading with a note (遴选结果(排名不分先后):)', () => {
    const text = '遴选结果(排名不分先后):\n甲医药有限公司\n乙医药有限责任公司\n配送期限:一年';
    expect(readWinners(text)).toEqual(['甲医药有限公司', '乙医药有限责任公司']);
  });

  it('reads every name under 入围名单如下 and 入选单位名单', () => {
    expect(readWinners('入围名单如下:\n1、甲物业服务有限公司\n2、乙物业管理有限公司\n3、丙保洁服务有限公司')).toEqual([
      '甲物业服务有限公司',
      '乙物业管理有限公司',
      '丙保洁服务有限公司',
    ]);
    expect(readWinners('入选单位名单:\n甲设计院有限公司、乙规划设计研究院有限公司')).toEqual([
      '甲设计院有限公司',
      '乙规划设计研究院有限公司',
    ]);
  });

  it('reads the winner’s own label under a result heading, not the label as a name', () => {
    const text = '遴选结果:\n中选单位:甲洗涤服务有限公司\n中选金额(元):556,800.00\n备选单位:乙洗涤有限公司';
    expect(readWinners(text)).toEqual(['甲洗涤服务有限公司']);
  });

  it('reads an 入选/入围 label under a result heading, not the label as part of the name', () => {
    expect(readWinners('遴选结果:\n入选单位:甲医疗废物处置有限公司\n遴选价格:2.8元/公斤')).toEqual(['甲医疗废物处置有限公司']);
    expect(readWinners('遴选结果:\n入围供应商:甲餐饮管理有限公司\n服务期:一年')).toEqual(['甲餐饮管理有限公司']);
    expect(readWinners('入选结果:\n入选机构:甲会计师事务所(特殊普通合伙)\n服务期:三年')).toEqual(['甲会计师事务所(特殊普通合伙)']);
  });

  it('takes no 未入选/落选 supplier for one that was chosen (own-b113)', () => {
    const text =
      '入选供应商如下(排名不分先后):\n1. 甲医疗器械有限公司(代理:生化类试剂)\n2. 乙医药有限公司(代理:凝血类试剂)\n未入选供应商:丙医疗科技有限公司(资质文件不全)';
    expect(readWinners(text)).toEqual(['甲医疗器械有限公司', '乙医药有限公司']);
    expect(readWinners('入选单位:甲检测有限公司\n未入围单位:乙检测有限公司')).toEqual(['甲检测有限公司']);
  });

  it('reads every supplier under a winners label ending in 名单 (中选供应商名单, 成交单位名单)', () => {
    const text = '中选供应商名单:\n1.甲保险经纪有限公司(中选份额40%)\n2.乙保险公估有限公司(中选份额35%)\n3.丙汽车服务有限公司(中选份额25%)';
    expect(readWinners(text)).toEqual(['甲保险经纪有限公司', '乙保险公估有限公司', '丙汽车服务有限公司']);
    expect(readWinners('成交单位名单:甲物业有限公司、乙保洁服务有限公司')).toEqual(['甲物业有限公司', '乙保洁服务有限公司']);
  });

  it('never takes a 网上超市 (the platform) for a shop that won', () => {
    expect(supplierNamesIn('某区卫生院打印机网上超市采购成交公告')).toEqual([]);
    expect(supplierNamesIn('某县电子超市采购')).toEqual([]);
    expect(supplierNamesIn('成交供应商:某镇便民超市')).toEqual(['某镇便民超市']);
  });

  it('keeps a station or outlet written after its company (某石油有限公司某加油站)', () => {
    expect(readWinners('成交供应商:某市甲石油有限公司城北加油站\n服务期:一年')).toEqual(['某市甲石油有限公司城北加油站']);
    expect(readWinners('中标人:甲证券股份有限公司某市人民路营业部\n中标费率:0.5%')).toEqual(['甲证券股份有限公司某市人民路营业部']);
    expect(supplierNamesIn('1 | 甲石油有限公司第3加油站 | 8,000.00')).toEqual(['甲石油有限公司第3加油站']);
    // Without a company before it, a station named in text is the work, not a supplier.
    expect(supplierNamesIn('城北加油站改造工程')).toEqual([]);
  });

  it('reads a winner named only in Latin letters by its legal form', () => {
    expect(readWinners('中标人:Alpha Optics GmbH\n制造商:Alpha Optics GmbH\n中标价格:USD 486,500.00')).toEqual(['Alpha Optics GmbH']);
    expect(readWinners('中标人：Beta Trading Co., Ltd.\n原产地：日本')).toEqual(['Beta Trading Co., Ltd.']);
    expect(readWinners('中标人:Gamma Instruments Inc.')).toEqual(['Gamma Instruments Inc.']);
    expect(readWinners('中标人:ALPHA TRADING CO.,LTD.\n中标价:USD 100,000')).toEqual(['ALPHA TRADING CO.,LTD.']);
    // Letters that end in no legal form are not a name.
    expect(readWinners('中标人:Model X200\n')).toEqual([]);
  });

  it('reads a second name on the line below a winner’s own line (a consortium, a wrapped cell)', () => {
    const noted = '中标人:甲建设集团有限公司(联合体牵头人)\n乙建筑设计研究院有限公司(联合体成员)\n中标价:12,000,000元';
    expect(readWinners(noted)).toEqual(['甲建设集团有限公司', '乙建筑设计研究院有限公司']);
    expect(readWinners('中标单位:甲建设集团有限公司\n乙建筑设计研究院有限公司\n中标价:12,000,000元')).toEqual([
      '甲建设集团有限公司',
      '乙建筑设计研究院有限公司',
    ]);
    // A line that goes on past the name, or names an agency, is something else.
    expect(readWinners('中标人:甲建设有限公司\n乙招标代理有限公司\n2027年9月1日')).toEqual(['甲建设有限公司']);
    expect(readWinners('中标人:甲建设有限公司\n丙有限公司负责解释')).toEqual(['甲建设有限公司']);
    // Candidates listed one a line still give only the first.
    expect(readWinners('中标候选人:甲建设有限公司\n乙建设有限公司\n丙建设有限公司')).toEqual(['甲建设有限公司']);
  });

  it('ranks a table whose bidders are headed 响应人 by its rank column', () => {
    const table = '排序\t响应人\t最后报价(元)\t得分\n2\t乙保安服务有限公司\t1,258,800.00\t89.5\n1\t甲保安服务有限公司\t1,236,000.00\t93.2';
    expect(readWinnersOf(table, [])).toEqual(['甲保安服务有限公司']);
  });

  it('never reads the bidders who lost (未中标供应商, 未成交单位, 落选供应商) as winners', () => {
    const text = '供应商名称:甲环境服务有限公司\n中标金额:456,780.00元\n未中标供应商:乙物业服务有限公司(得分:78.50)';
    expect(readWinners(text)).toEqual(['甲环境服务有限公司']);
    expect(readWinners('成交供应商:甲商贸有限公司\n未成交单位:乙商贸有限公司')).toEqual(['甲商贸有限公司']);
    expect(readWinners('中标人:甲建设有限公司\n落选供应商:乙建设有限公司')).toEqual(['甲建设有限公司']);
  });

  it("joins a winner's name wrapped onto the next line by a narrow cell", () => {
    const text = '供应商名称：某省某某园林绿化\n工程有限公司\n供应商地址：某市某路1号\n中标金额：732,000.00元';
    expect(readWinners(text)).toEqual(['某省某某园林绿化工程有限公司']);
  });

  it('reads the name before "确定为中选单位" in a row, not the next row under it', () => {
    const table =
      '比选单位 | 比选报价(元) | 排名 | 备注\n甲水利工程有限公司 | 396,250.00 | 1 | 确定为中选单位\n乙建设工程有限公司 | 401,800.00 | 2 | ';
    expect(readWinners(table)).toEqual(['甲水利工程有限公司']);
    expect(readWinners('经评审，甲科技有限公司被确定为成交供应商。\n乙科技有限公司报价较高。')).toEqual(['甲科技有限公司']);
    // With a colon the label still opens its value.
    expect(readWinners('经评审，确定为中标人：甲建设有限公司')).toEqual(['甲建设有限公司']);
  });

  it('reads the name that won "以…元的报价成交" or "以…万元中标" in prose', () => {
    const text = '某公司某项目于8月26日组织比选。经比选小组综合评审，甲建筑工程有限公司以527300元的报价成交，工期45天。';
    expect(readWinners(text)).toEqual(['甲建筑工程有限公司']);
    expect(readWinners('乙装饰工程有限公司以人民币86.5万元中标。')).toEqual(['乙装饰工程有限公司']);
    expect(readWinners('以2027年3月1日为准，甲公司报价')).toEqual([]);
  });

  it('reads the builder after "该工程由" or "本项目由" without those words', () => {
    expect(readWinnersOf('经村民代表会议确认，该工程由甲建筑工程有限公司承包，承包价为348600元。', [])).toEqual(['甲建筑工程有限公司']);
    expect(readWinnersOf('经比选，本项目由乙市政工程有限公司承建。', [])).toEqual(['乙市政工程有限公司']);
  });

  it('drops where a supplier sits, in brackets after its name (某县某工业园区, 某县某镇)', () => {
    expect(readWinners('中标人:甲化工安装有限公司(某县太沙工业园区)\n中标价:100000元')).toEqual(['甲化工安装有限公司']);
    expect(readWinners('成交供应商:乙矿用材料有限公司(某县王桥镇)')).toEqual(['乙矿用材料有限公司']);
  });

  it('reads the candidate who takes over (递补) from a first candidate who declined', () => {
    const prose = '第一中标候选人甲建设有限公司放弃中标资格，由第二中标候选人乙建设有限公司递补为中标人，中标价为1,250,000元。';
    expect(readWinners(prose)).toEqual(['乙建设有限公司']);
    expect(readWinners('因第一名放弃，依法递补第二中标候选人乙建设有限公司为中标人。')).toEqual(['乙建设有限公司']);
    expect(readWinners('排名第一的甲公司放弃成交，乙科技有限公司依次递补为成交供应商。')).toEqual(['乙科技有限公司']);
  });

  it('reads a consortium named by 联合体牵头人/联合体成员 lines without a winner label above', () => {
    const text = '联合体牵头人：甲设计院有限公司\n联合体成员：乙建设有限公司\n中标价：3,000,000元';
    expect(readWinners(text)).toEqual(['甲设计院有限公司', '乙建设有限公司']);
  });

  it('reads every winner of a list numbered on one line, but only the first of numbered candidates', () => {
    expect(readWinners('中标单位：1、甲科技有限公司 2、乙科技有限公司\n中标金额：包1 10000元')).toEqual([
      '甲科技有限公司',
      '乙科技有限公司',
    ]);
    expect(readWinners('成交供应商：1.甲商贸有限公司；2.乙商贸有限公司')).toEqual(['甲商贸有限公司', '乙商贸有限公司']);
    expect(readWinners('成交候选供应商：1、甲商贸有限公司 2、乙商贸有限公司')).toEqual(['甲商贸有限公司']);
  });

  it('reads who a purchase was given to in prose (本次采购由某公司提供)', () => {
    expect(readWinnersOf('经研究，本次采购由甲快递物流有限公司提供服务，成交价为每件3.2元。', [])).toEqual(['甲快递物流有限公司']);
  });

  it('reads a person noted (自然人)/(个人) as the winner, without the note', () => {
    expect(readWinnersOf('甲(自然人) 报价 46,800元\n成交结果：确定报价最低的叶某华(自然人)为成交人，成交价46,800元。', [])).toEqual([
      '叶某华',
    ]);
    expect(readWinners('成交供应商：王某军(个人)\n成交金额：3,000元')).toEqual(['王某军']);
    expect(readWinners('经评审，确定综合得分最高的甲物业服务有限公司为成交供应商。')).toEqual(['甲物业服务有限公司']);
  });

  it('reads the winner of every lot named between 由 and 中标/成交 in prose', () => {
    const text =
      '中标结果：第1包(DR设备)由甲医疗器械有限公司中标，中标金额1,380,000.00元；第2包(彩超)由乙医学影像设备有限公司中标，中标金额926,500.00元。';
    expect(readWinners(text)).toEqual(['甲医疗器械有限公司', '乙医学影像设备有限公司']);
    expect(readWinners('本项目由招标人依法确定中标人，中标人由评标委员会推荐。')).toEqual([]);
  });

  it('reads a person, a public body or a family farm in the cell under a winner’s column', () => {
    expect(readWinners('成交供应商 | 成交金额\n张某军(自然人) | 5,000.00')).toEqual(['张某军']);
    expect(readWinners('中标供应商 | 中标金额\n某省第三地质大队 | 210000')).toEqual(['某省第三地质大队']);
    expect(readWinners('成交供应商名称 | 成交金额(元)\n某市职业技术学院 | 598,000.00')).toEqual(['某市职业技术学院']);
    expect(readWinners('成交人：某县青山家庭农场\n成交金额：56000元')).toEqual(['某县青山家庭农场']);
    expect(readWinners('成交供应商：某市园林绿化工程处\n成交金额：56000元')).toEqual(['某市园林绿化工程处']);
  });

  it('reads every maker under 拟中选企业, in a table column or one a numbered line', () => {
    const table =
      '序号 | 品种 | 规格 | 拟中选企业 | 拟中选价(元/盒)\n1 | 甲片 | 10mg | 甲制药有限公司 | 3.20\n2 | 乙片 | 5mg | 乙药业股份有限公司 | 4.10';
    expect(readWinners(table)).toEqual(['甲制药有限公司', '乙药业股份有限公司']);
    const lines =
      '1.拟中选企业:甲医疗科技有限公司;产品:球囊导管;拟中选价:400元/根\n2.拟中选企业:乙医用材料有限公司;产品:输液器;拟中选价:1.5元/支';
    expect(readWinners(lines)).toEqual(['甲医疗科技有限公司', '乙医用材料有限公司']);
  });

  it('reads every designated (定点) supplier listed under its label, numbered or with a note in brackets', () => {
    const numbered = '确定以下2家单位为公务车辆定点维修单位(排名不分先后):\n1.甲汽车维修服务有限公司\n2.乙汽车修理厂\n服务期限:一年';
    expect(readWinners(numbered)).toEqual(['甲汽车维修服务有限公司', '乙汽车修理厂']);
    const noted =
      '定点保险机构:\n甲财产保险股份有限公司某市分公司(商业险折扣系数0.65)\n乙财产保险股份有限公司某市中心支公司(折扣率0.7)\n定点期限:一年';
    expect(readWinners(noted)).toEqual(['甲财产保险股份有限公司某市分公司', '乙财产保险股份有限公司某市中心支公司']);
  });

  it('reads several names decided in one sentence and counted after the last (A、B等2家单位为定点单位)', () => {
    const text = '经评审，确定甲彩印有限公司、乙印务有限公司等2家单位为本项目定点印刷服务单位，服务期两年。';
    expect(readWinners(text)).toEqual(['甲彩印有限公司', '乙印务有限公司']);
    expect(readWinners('经评审，确定甲彩印有限公司、乙印务有限公司为成交供应商。')).toEqual(['甲彩印有限公司', '乙印务有限公司']);
    expect(readWinners('确定甲印务有限公司、乙彩印有限公司和丙广告有限公司为定点印刷单位。')).toEqual([
      '甲印务有限公司',
      '乙彩印有限公司',
      '丙广告有限公司',
    ]);
  });

  it('reads the members on role lines below a winner noted as a consortium (甲公司(联合体))', () => {
    const text = '中标人:甲建设集团有限公司(联合体)\n联合体成员:乙设计研究院有限公司、丙检测有限公司\n中标价:5,000,000.00元';
    expect(readWinners(text)).toEqual(['甲建设集团有限公司', '乙设计研究院有限公司', '丙检测有限公司']);
    expect(readWinners('中标人:甲建设集团有限公司\n成员单位意见:无\n中标价:5,000,000.00元')).toEqual(['甲建设集团有限公司']);
    expect(readWinners('中标人名称:甲建设有限公司(联合体牵头人)\n联合体成员名称:乙设计有限公司\n中标价:3,456,000元')).toEqual([
      '甲建设有限公司',
      '乙设计有限公司',
    ]);
  });

  it('drops a bracketed note closed before a name found without a label ((图)某公司)', () => {
    expect(supplierNamesIn('中标结果如下图所示\n(图)甲水利工程有限公司 392.68万元')).toEqual(['甲水利工程有限公司']);
  });

  it('splits a consortium written in one table cell into its members (甲(牵头人)/乙(成员))', () => {
    const slash =
      '排名\t投标人名称\t投标报价(元)\n1\t甲建设集团有限公司(牵头人)/乙设计研究院有限公司(成员)\t28,765,400.00\n2\t丙建设有限公司\t28,900,000.00';
    expect(readWinnersOf(slash, [])).toEqual(['甲建设集团有限公司', '乙设计研究院有限公司']);
    const listed = '中标候选人名称 | 投标报价 | 排名\n甲建设集团有限公司(联合体牵头人)、乙设计院有限公司(联合体成员) | 28765400.00 | 1';
    expect(readWinnersOf(listed, [])).toEqual(['甲建设集团有限公司', '乙设计院有限公司']);
  });

  it("reads a standby who takes a declined winner's place without its role words (由候补成交供应商…成交)", () => {
    const text = '排名第一的供应商甲物业管理有限公司书面放弃成交资格。\n由候补成交供应商乙物业服务有限公司成交，成交金额：286,000.00元';
    expect(readWinners(text)).toEqual(['乙物业服务有限公司']);
    expect(readWinners('采购人确定替补中标人丙环境工程有限公司为中标人。')).toEqual(['丙环境工程有限公司']);
  });

  it('reads every admitted supplier listed one a line with its rate after a gap (入围协议供货商)', () => {
    const text =
      '入围协议供货商：\n甲办公家具有限公司    优惠率：11%\n乙家居用品有限公司    优惠率：9.5%\n某区丙家具经营部    优惠率：8%\n协议期限：两年';
    expect(readWinners(text)).toEqual(['甲办公家具有限公司', '乙家居用品有限公司', '某区丙家具经营部']);
  });

  it('reads the suppliers of a standing agreement under 协议供货商 with their rates after a tab', () => {
    expect(readWinners('协议供货商：\n甲电器销售有限公司\t优惠率8%\n乙数码科技有限公司\t优惠率7.5%\n协议期：一年')).toEqual([
      '甲电器销售有限公司',
      '乙数码科技有限公司',
    ]);
    expect(readWinners('本次协议供货商须在签订协议后三日内提供样品。')).toEqual([]);
  });

  it('reads lots lettered or numbered in Roman numerals, and a headerless lots table', () => {
    expect(readWinners('C包：甲文体用品有限公司，成交金额：56,200元\nD包：乙体育器材有限公司，成交金额：41,800元')).toEqual([
      '甲文体用品有限公司',
      '乙体育器材有限公司',
    ]);
    expect(readWinners('Ⅰ标段 甲公路工程有限公司 2,064,300.00元\nⅡ标段 乙养护工程有限公司 1,873,900.00元')).toEqual([
      '甲公路工程有限公司',
      '乙养护工程有限公司',
    ]);
    expect(readWinners('一标段 施工 甲公路工程有限公司')).toEqual([]);
    expect(readWinners('A包 远山教学设备有限公司(小微企业) 128,600.00\nB包 青禾仪器有限公司 96,400.00')).toEqual([
      '远山教学设备有限公司',
      '青禾仪器有限公司',
    ]);
    expect(readWinners('第1包 | 青禾教学设备有限公司 | 128,600.00\n第2包 | 远山仪器有限公司 | 96,400.00')).toEqual([
      '青禾教学设备有限公司',
      '远山仪器有限公司',
    ]);
  });

  it('reads the one recommended as 第一成交候选供应商 in prose, not the second named after it', () => {
    const text = '经磋商小组评审，推荐甲保安服务有限公司为第一成交候选供应商，最后报价386,000元；乙保安服务有限公司为第二成交候选供应商。';
    expect(readWinners(text)).toEqual(['甲保安服务有限公司']);
  });

  it('reads a rank note in brackets that goes on with the bid (甲公司(第一名，报价…元))', () => {
    const text = '中标候选人名单：甲水务工程有限公司(第一名，报价2,364,000元)，乙水务工程有限公司(第二名，报价2,380,500元)';
    expect(readWinners(text)).toEqual(['甲水务工程有限公司']);
  });

  it('reads the first candidate noted by rank in brackets when its name holds a bracket of its own ((北京), (集团))', () => {
    const text =
      '中标候选人及排序：某某建设集团(北京)市政工程有限公司(第一中标候选人，投标报价：12,648,300.00元)、某某城乡建设(集团)有限责任公司(第二中标候选人，投标报价：12,702,560.00元)';
    expect(readWinners(text)).toEqual(['某某建设集团(北京)市政工程有限公司']);
    expect(readWinners('成交候选人：某某建材科技(集团)有限公司(第一名，报价86万元)、某某贸易有限公司(第二名)')).toEqual([
      '某某建材科技(集团)有限公司',
    ]);
  });

  it('reads the candidate a decision names by rank alone (确定第二中标候选人为中标人) from the ranking', () => {
    const text =
      '第一中标候选人：甲建设有限公司，投标报价：1,200,000.00元\n第二中标候选人：乙建设有限公司，投标报价：1,250,000.00元\n第一中标候选人放弃中标，招标人确定第二中标候选人为中标人。';
    expect(readWinners(text)).toEqual(['乙建设有限公司']);
  });

  it('reads every member of a consortium a rank note in brackets follows', () => {
    const text =
      '中标候选人：甲建设集团有限公司(牵头人)与乙设计院有限公司(成员)组成的联合体(第一名，投标报价12,000,000.00元)、丙建设有限公司(第二名，投标报价12,500,000.00元)';
    expect(readWinnersOf(text, [])).toEqual(['甲建设集团有限公司', '乙设计院有限公司']);
  });

  it('reads the name on the line a rank closes, not the one on the line below', () => {
    const text = '中标候选人：\n1、甲建设有限公司 投标报价1,200,000.00元 第一名\n2、乙建设有限公司 投标报价1,250,000.00元 第二名';
    expect(readWinners(text)).toEqual(['甲建设有限公司']);
  });

  it('reads a repair shop run by one person (某某汽车修理部(个体工商户))', () => {
    expect(readWinners('成交供应商：某某县老王汽车修理部(个体工商户)，成交价：46,000元')).toEqual(['某某县老王汽车修理部']);
  });

  it('reads the candidate decided by its former rank (确定原第二中标候选人某公司为中标人)', () => {
    const text = '原第一中标候选人甲建设有限公司投标文件存在重大偏差被否决,现确定原第二中标候选人乙建设有限公司为中标人。';
    expect(readWinners(text)).toEqual(['乙建设有限公司']);
  });

  it('reads a block headed "推荐的中标候选人第一名" by its name field, without the field\'s label', () => {
    const text =
      '评标委员会推荐的中标候选人第一名\n投标人:甲建设有限公司\n投标报价:1,200,000.00元\n中标候选人第二名\n投标人:乙建设有限公司';
    expect(readWinners(text)).toEqual(['甲建设有限公司']);
  });

  it('reads consortium members noted by role before a rank note of their own (A(牵头人)、B(成员)(第一中标候选人，…))', () => {
    const text =
      '中标候选人:甲建设集团有限公司(联合体牵头人)、乙设计有限公司(联合体成员)(第一中标候选人,投标报价12,000,000.00元);丙建设有限公司(第二中标候选人,投标报价12,500,000.00元)';
    expect(readWinnersOf(text, [])).toEqual(['甲建设集团有限公司', '乙设计有限公司']);
  });

  it('reads the members of "联合体(A+B)" without the group word opening the bracket', () => {
    const text = '第一中标候选人:联合体(甲建设有限公司+乙设计院有限公司),投标报价:12,000,000.00元\n第二中标候选人:丙建设有限公司';
    expect(readWinnersOf(text, [])).toEqual(['甲建设有限公司', '乙设计院有限公司']);
  });

  it('reads a person by the identity number noted after the name, and a person ranked first in a table', () => {
    expect(readWinners('成交人:王某军(身份证号:3301**********1234)\n成交金额:28,000元')).toEqual(['王某军']);
    expect(readWinners('报价人 | 报价(元) | 名次\n李某(自然人) | 38,000 | 2\n王某(自然人) | 36,000 | 1')).toEqual(['王某']);
  });

  it('reads a winner without the note on who gave up the place (乙公司(第一名放弃))', () => {
    expect(readWinners('推荐中标候选人:第一名:甲建设有限公司;第二名:乙建设有限公司\n确定中标人:乙建设有限公司(第一名放弃)')).toEqual([
      '乙建设有限公司',
    ]);
  });

  it('reads the candidate on the line its rank closes after its fields (…,投标报价:…,排名第一)', () => {
    const text = '中标候选人:甲建设有限公司,投标报价:1,200,000.00元,排名第一\n中标候选人:乙建设有限公司,投标报价:1,250,000.00元,排名第二';
    expect(readWinners(text)).toEqual(['甲建设有限公司']);
  });

  it('reads a candidate without its rank noted as a number (甲公司(排序1))', () => {
    expect(readWinners('中标候选人:甲建设有限公司(排序1)、乙建设有限公司(排序2)')).toEqual(['甲建设有限公司']);
  });

  it('reads winners listed with the lot each won in brackets without the note (某公司(包1))', () => {
    const text = '中标供应商：\n1. 甲教学设备有限公司（包1）\n2. 乙实验器材有限公司（包2、包3）\n中标金额：包1：12.5万元；包2：8.6万元';
    expect(readWinners(text)).toEqual(['甲教学设备有限公司', '乙实验器材有限公司']);
  });

  it('reads members labelled on the line of a winner noted as the consortium leader', () => {
    expect(
      readWinners('中标人：甲水电建设有限公司(联合体牵头人)，成员：乙勘测设计有限公司、丙机电安装有限公司\n中标价：8,250,000元'),
    ).toEqual(['甲水电建设有限公司', '乙勘测设计有限公司', '丙机电安装有限公司']);
  });

  it('splits a consortium whose members are joined by a slash (甲公司/乙公司(联合体))', () => {
    expect(readWinners('中标人：甲市政建设有限公司/乙工程设计有限公司(联合体)\n中标价：4,180,000元')).toEqual([
      '甲市政建设有限公司',
      '乙工程设计有限公司',
    ]);
  });

  it('splits a consortium cell whose members are joined by a plus sign (甲(牵头人)+乙(成员))', () => {
    const plus = '中标人 | 中标价(元)\n甲路桥建设有限公司(牵头人)+乙勘察设计院有限公司(成员) | 9,318,200.00';
    expect(readWinnersOf(plus, [])).toEqual(['甲路桥建设有限公司', '乙勘察设计院有限公司']);
    expect(readWinners('中标人：甲市政工程有限公司+乙规划设计研究院有限公司\n中标价：6,120,000元')).toEqual([
      '甲市政工程有限公司',
      '乙规划设计研究院有限公司',
    ]);
  });

  it('reads the clause right before 为…中标人 when no verb decides it (经评审，甲公司为本项目中标人)', () => {
    expect(readWinners('经评审，甲环卫服务有限公司为本项目成交供应商，成交金额为386,400元。')).toEqual(['甲环卫服务有限公司']);
    const group = '经评审，甲建设集团有限公司(牵头人)与乙设计研究院有限公司组成的联合体为本项目中标人，中标价2876万元。';
    expect(readWinners(group)).toEqual(['甲建设集团有限公司', '乙设计研究院有限公司']);
    expect(readWinners('经评审，本项目评标结果为中标人须知所列。')).toEqual([]);
  });

  it('reads winners labelled 服务商 or 机构 (成交服务商, 中选机构)', () => {
    expect(readWinners('成交服务商:\n1.甲物业服务有限公司\n2.乙保洁有限公司')).toEqual(['甲物业服务有限公司', '乙保洁有限公司']);
    expect(readWinners('中选机构:甲会计师事务所(特殊普通合伙)\n中选金额:86,000元')).toEqual(['甲会计师事务所(特殊普通合伙)']);
  });

  it('reads the winner of a sentence that gives the amount first (以人民币…元成交给某公司)', () => {
    expect(readWinnersOf('成交结果：经评审，本项目以人民币1,268,000.00元成交给甲环境工程有限公司，服务期一年。', [])).toEqual([
      '甲环境工程有限公司',
    ]);
    expect(readWinnersOf('确定以人民币陆拾肆万伍仟元整(¥645,000.00)成交给乙消防工程有限公司，为本项目成交供应商。', [])).toEqual([
      '乙消防工程有限公司',
    ]);
  });

  it('takes the first-ranked row of a candidates table whose rank is its last column, not the name after a rank cell', () => {
    const text =
      '中标候选人情况：\n投标单位名称 | 投标报价(万元) | 项目经理 | 名次\n乙建设有限公司 | 331.2 | 钟某 | 第二名\n' +
      '甲路桥建设有限公司 | 326.8 | 刘某 | 第一名\n丙建设工程有限公司 | 335.7 | 谢某 | 第三名';
    expect(readWinners(text)).toEqual(['甲路桥建设有限公司']);
    expect(readWinners('第一名：甲路桥建设有限公司\n投标报价：326.8万元')).toEqual(['甲路桥建设有限公司']);
  });

  it('reads the legal forms of sole proprietorships and partnerships (个人独资企业, 合伙企业)', () => {
    expect(readWinners('成交供应商：银川某某印刷个人独资企业\n成交金额：¥97,350.00')).toEqual(['银川某某印刷个人独资企业']);
    expect(readWinners('中标人：甲创业投资合伙企业(有限合伙)\n中标价：86万元')).toEqual(['甲创业投资合伙企业(有限合伙)']);
  });

  it('keeps a branch named 分院 or 分所 after its parent (某研究院有限公司某分院, 某事务所(特殊普通合伙)某分所)', () => {
    expect(readWinners('中标供应商：甲检测技术研究院有限公司金山分院\n中标金额：人民币叁佰万元整')).toEqual([
      '甲检测技术研究院有限公司金山分院',
    ]);
    expect(readWinners('成交机构：乙会计师事务所(特殊普通合伙)上海分所，成交金额：12万元')).toEqual([
      '乙会计师事务所(特殊普通合伙)上海分所',
    ]);
    expect(readWinners('入围结果：\n序号\n入围供应商名称\n1\n丙会计师事务所(特殊普通合伙)浦东分所\n2\n丁会计师事务所有限公司')).toEqual([
      '丙会计师事务所(特殊普通合伙)浦东分所',
      '丁会计师事务所有限公司',
    ]);
  });

  it('never takes a winner label closing another field value as a heading (某公司：报价高于成交供应商)', () => {
    const text =
      '一、成交供应商：甲印务有限公司\n二、未成交供应商及原因：\n1. 乙印务有限公司：报价高于成交供应商\n2. 丙文化传媒有限公司：未提供样品';
    expect(readWinners(text)).toEqual(['甲印务有限公司']);
    const reason = '中标人：甲建设有限公司\n乙建设有限公司：综合得分低于中标人\n丙建设有限公司';
    expect(readWinners(reason)).toEqual(['甲建设有限公司']);
  });

  it('reads a name after a row number with a space after its point (2. 某公司)', () => {
    expect(readWinners('成交供应商：\n1. 甲保洁服务有限公司')).toEqual(['甲保洁服务有限公司']);
  });

  it('reads a public body decided the winner in prose (确定某市测绘院为中标人)', () => {
    expect(readWinners('经评审，确定某市测绘院为中标人，中标价：人民币286,000.00元。')).toEqual(['某市测绘院']);
    expect(readWinners('经磋商小组评审，确定某市第三人民医院为成交供应商。')).toEqual(['某市第三人民医院']);
    expect(readWinners('经评审，确定某市公共资源交易中心为中标人。')).toEqual([]);
  });

  it('reads the candidate named by its rank between 由 and 中标 (由第二中标候选人某公司中标)', () => {
    const text = '第一中标候选人甲路桥有限公司放弃中标，由第二中标候选人乙建设集团有限公司中标，中标价：3,127,400.00元。';
    expect(readWinners(text)).toEqual(['乙建设集团有限公司']);
    expect(readWinners('因甲公司有限公司弃标，现由排名第二的乙建设有限公司中标。')).toEqual(['乙建设有限公司']);
  });

  it('never takes a winner label closing a bracket note as a label (乙公司(报价高于成交供应商)、丙公司)', () => {
    const text =
      '成交供应商：甲印刷有限公司，成交金额：9.7万元\n未成交供应商：乙印务有限公司(报价高于成交供应商)、丙传媒有限公司(未提供样品)';
    expect(readWinners(text)).toEqual(['甲印刷有限公司']);
  });

  it('never reads a table of the bidders who lost as winners (未中标供应商情况 over 供应商名称 | 未中标原因)', () => {
    const text =
      '中标供应商：甲冷链科技有限公司，中标金额：642,580.00元\n未中标供应商情况：\n供应商名称 | 未中标原因\n乙医疗器械有限公司 | 资格审查未通过\n丙制冷设备有限公司 | 得分较低';
    expect(readWinners(text)).toEqual(['甲冷链科技有限公司']);
    const reasons = '中标供应商：甲冷链科技有限公司\n供应商名称 | 原因\n乙医疗器械有限公司 | 资格审查未通过';
    expect(readWinners(reasons)).toEqual(['甲冷链科技有限公司']);
  });

  it('never reads a table under a heading of the other bidders as winners (其他参与报价供应商 over 供应商名称)', () => {
    const text =
      '成交供应商 | 甲检测技术有限公司\n成交金额 | ¥912,300.00元\n其他参与报价供应商:\n序号 | 供应商名称 | 最终报价(元)\n1 | 乙环境监测有限公司 | 935,000.00\n2 | 丙水质分析有限公司 | 968,400.00';
    expect(readWinners(text)).toEqual(['甲检测技术有限公司']);
    expect(readWinners(text.replace('其他参与报价供应商', '其余投标人'))).toEqual(['甲检测技术有限公司']);
  });

  it('reads a public body made the winner in a passive clause (某医院以…被确定为成交供应商)', () => {
    expect(readWinners('经评审，甲县第一人民医院以综合得分第一名被确定为成交供应商，成交价格为483,000.00元。')).toEqual([
      '甲县第一人民医院',
    ]);
    expect(readWinners('经评审，本项目评审结果已被确定为成交供应商须知所列。')).toEqual([]);
  });

  it('reads a public body on the line below a label that ends its own (two-column table one cell a line)', () => {
    expect(readWinners('中标供应商名称\n某市某某职业技术学校\n中标金额(元)\n520,000.00')).toEqual(['某市某某职业技术学校']);
  });
});

describe('readWinners: rural credit cooperatives, hospital campuses and a sole proprietorship note', () => {
  it('reads a 信用社 or 信用合作联社 chosen to hold public funds', () => {
    expect(readWinners('中选银行：某某县农村信用合作联社\n存放期限：一年')).toEqual(['某某县农村信用合作联社']);
    expect(readWinners('成交供应商：某某镇农村信用社，利率上浮10%')).toEqual(['某某镇农村信用社']);
    expect(supplierNamesIn('1 某某县农村信用联社 91.50')).toEqual(['某某县农村信用联社']);
    expect(readWinners('中标银行：某某银行股份有限公司某某支行\n服务期：三年')).toEqual(['某某银行股份有限公司某某支行']);
  });

  it('keeps a hospital campus (院区) whole rather than cut at 院', () => {
    expect(readWinners('成交供应商：某某市第一人民医院东湖院区\n成交金额：86,000.00元')).toEqual(['某某市第一人民医院东湖院区']);
  });

  it('drops a (个人独资企业) note after a name that already ends like a firm', () => {
    expect(readWinners('成交供应商：\n1、某某县顺达汽车修理厂(个人独资企业)，折扣率：80%\n2、某某汽车服务有限公司，折扣率：82%')).toEqual([
      '某某县顺达汽车修理厂',
      '某某汽车服务有限公司',
    ]);
    expect(readWinners('中标人：某某市兴旺五金店(个人独资)\n中标价：12,600元')).toEqual(['某某市兴旺五金店']);
  });
});

describe('readWinners: a registration number after the name', () => {
  it('ends a Taiwan winner at its 統一編號 (统一编号)', () => {
    expect(readWinners('得标厂商：某某营造有限公司(统一编号：8315****)\n决标金额：新台币3,000,000元')).toEqual(['某某营造有限公司']);
    expect(readWinners('得标厂商：某某工程行，统一编号：12345678，地址：某县某路')).toEqual(['某某工程行']);
    expect(readWinners('得标厂商：某某企业社\n决标金额：新台币856,000元')).toEqual(['某某企业社']);
  });

  it('stops reading a winner section at the losers heading (未得标厂商)', () => {
    const text =
      '得标厂商\n厂商名称：某某交通工程有限公司\n决标金额：2,968,000元\n未得标厂商\n厂商名称：某某标线工程行\n未得标原因：标价高于底价';
    expect(readWinners(text)).toEqual(['某某交通工程有限公司']);
  });
});

describe('readWinners: long framework lists and notes of a body kind', () => {
  it('reads every supplier of a list on one line too long for one value', () => {
    const names = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸', '子', '丑'].map((c) => `某某${c}办公用品有限公司`);
    expect(readWinners(`入围供应商(共12家)：${names.join('、')}。\n协议期限：一年`)).toEqual(names);
  });

  it('keeps to the first name when the line is fields, not a list', () => {
    expect(readWinners('入围供应商：某某甲有限公司；联系人：张某；联系电话：123')).toEqual(['某某甲有限公司']);
  });

  it('drops a note of the kind of body or its ownership after a name', () => {
    expect(readWinners('成交供应商：某某林业规划设计院(事业单位)\n成交金额：88,000.00元')).toEqual(['某某林业规划设计院']);
    expect(readWinners('中标人：某某路桥建设有限公司(国有企业)\n中标价：100万元')).toEqual(['某某路桥建设有限公司']);
  });
});

describe('readWinners: small works let by a village or town, and print shops', () => {
  it('reads who takes the job under 承包人/承包单位, a person with a 自然人 note too', () => {
    expect(readWinners('发包人：某某村股份经济合作社\n承包单位：某某路桥工程有限公司\n承包价：268,500元')).toEqual([
      '某某路桥工程有限公司',
    ]);
    expect(readWinners('发包方：某某村民委员会\n承包人：张某某(自然人)\n承包价：2.6万元')).toEqual(['张某某']);
  });

  it('never reads a 分包 or 发包 party as the winner', () => {
    expect(readWinners('发包单位：某某镇人民政府\n分包单位：某某劳务有限公司')).toEqual([]);
  });

  it('reads sign and print shops named as a 部, one a line under a 定点 label', () => {
    expect(readWinners('定点单位名称：\n某某广告有限公司\n某某标识标牌制作部\n某某图文设计工作室')).toEqual([
      '某某广告有限公司',
      '某某标识标牌制作部',
      '某某图文设计工作室',
    ]);
  });
});

describe('readWinners: codes before names, co-insurers and lots opening listed lines', () => {
  it('drops a unified social credit code written right before the name', () => {
    expect(readWinners('中标供应商：91510100MA6XXXXX2K某某科技有限公司\n中标金额：56,000元')).toEqual(['某某科技有限公司']);
  });

  it('drops a co-insurance note after an insurer', () => {
    expect(readWinners('中选机构：某某保险股份有限公司某某分公司、某某财产保险股份有限公司某某中心支公司(共保)')).toEqual([
      '某某保险股份有限公司某某分公司',
      '某某财产保险股份有限公司某某中心支公司',
    ]);
  });

  it('reads each lot line under a winners list heading', () => {
    const text =
      '中标人名单：\n第一包(米面粮油)：某某粮油有限公司，下浮率5%\n第二包(肉类)：某某肉食品有限公司，下浮率6%\n第三包(蔬菜)：某某蔬菜专业合作社，下浮率10%';
    expect(readWinners(text)).toEqual(['某某粮油有限公司', '某某肉食品有限公司', '某某蔬菜专业合作社']);
  });
});

describe('readWinners: a heading over ranked candidates in prose', () => {
  it('reads the first-ranked candidate once, not the heading value with its rank words', () => {
    const text =
      '经评标委员会评审，推荐中标候选人如下：第一中标候选人为某某路桥工程有限公司，投标报价1,230,000.00元；第二中标候选人为某某交通建设有限公司，投标报价1,250,000.00元。';
    expect(readWinners(text)).toEqual(['某某路桥工程有限公司']);
    expect(readWinners('推荐的中标候选人：第一名为某某市政工程有限公司，第二名为某某建设有限公司')).toEqual(['某某市政工程有限公司']);
  });
});

describe('readWinners: a ranking heading worded 排序如下', () => {
  it('reads the first-ranked supplier without the heading words before it', () => {
    const text =
      '经磋商小组评审，推荐成交候选供应商排序如下：第一名：某某科技有限公司，最后报价：96,000.00元；第二名：某某信息技术有限公司，最后报价：98,000.00元。';
    expect(readWinners(text)).toEqual(['某某科技有限公司']);
  });
});

describe('readWinners: candidates listed in rank order and a leader noted as 主体', () => {
  it('reads the first of candidates listed after 依次为', () => {
    const text = '评标委员会推荐的中标候选人依次为：某某建设有限公司、某某市政工程有限公司、某某路桥有限公司。';
    expect(readWinners(text)).toEqual(['某某建设有限公司']);
  });

  it('reads a consortium whose leader is noted (主体) as its members', () => {
    expect(readWinnersOf('第一中标候选人：某某建设有限公司(主体)、某某设计院有限公司(成员)\n投标报价:2,345,678.00元', [])).toEqual([
      '某某建设有限公司',
      '某某设计院有限公司',
    ]);
  });
});

describe('readWinners: names of a row split by single spaces', () => {
  it('reads the first name of a transposed candidates row, not all of them as one', () => {
    const text =
      '中标候选人名称 某某建设有限公司 某某市政工程有限公司 某某路桥有限公司\n投标报价(元) 2345678.00 2400000.00 2450000.00\n排名 1 2 3';
    expect(readWinners(text)).toEqual(['某某建设有限公司']);
  });

  it('keeps a branch written after its parent with a space as one name', () => {
    expect(readWinners('成交供应商:某某通信集团某省有限公司 某某分公司\n成交金额:45,800.00元')).toEqual([
      '某某通信集团某省有限公司 某某分公司',
    ]);
  });
});

describe('readWinners: works teams and hotels under a winner label', () => {
  it('reads a village works team and a hotel as the winner', () => {
    expect(readWinners('成交供应商：某某县某某镇宏达建筑队\n成交金额：86,000.00元')).toEqual(['某某县某某镇宏达建筑队']);
    expect(readWinners('成交供应商：某某市某某水电安装队\n成交金额：36,000.00元')).toEqual(['某某市某某水电安装队']);
    expect(readWinners('成交供应商：某某县某某宾馆\n成交金额：36,000.00元')).toEqual(['某某县某某宾馆']);
  });
});

describe('readWinners: a pronoun and a ranking heading with its own words', () => {
  it('reads the name a sentence opened with when the decision says 确定其为成交供应商', () => {
    const text =
      '评审情况：经磋商小组评审，某某信息技术有限公司的响应文件满足全部实质性要求且综合得分最高，确定其为成交供应商，成交金额为186.5万元。\n其他供应商得分：某某软件有限公司85.2分。';
    expect(readWinnersOf(text, [])).toEqual(['某某信息技术有限公司']);
  });

  it('reads the first of a ranking headed "推荐的中标候选人及排序如下：" with 推荐第一名 lines', () => {
    const text =
      '评标委员会推荐的中标候选人及排序如下：\n推荐第一名：某某建筑工程有限公司，投标报价：1,926,300元\n推荐第二名：某某建设有限公司，投标报价：1,948,700元';
    expect(readWinnersOf(text, [])).toEqual(['某某建筑工程有限公司']);
  });
});

describe('readWinners: an international result labelled in English only', () => {
  it('reads the name after Winning Bidder', () => {
    expect(readWinners('Winning Bidder: Beta Instruments Co., Ltd.\nContract Price: USD 86,500.00\n采购人：某某大学')).toEqual([
      'Beta Instruments Co., Ltd.',
    ]);
  });
});

describe('readWinners: bilingual labels and names', () => {
  it('reads the winner of each lot named in English, alone or before its Chinese name', () => {
    expect(readWinners('Lot 1: 远山港口机械有限公司, RMB 1,280,000.00\nLot 2: 青禾起重设备有限公司, RMB 860,000.00')).toEqual([
      '远山港口机械有限公司',
      '青禾起重设备有限公司',
    ]);
    expect(
      readWinners('Lot 1 第1包:远山港口机械有限公司,中标金额:1,280,000.00元\nLot 2 第2包:青禾起重设备有限公司,中标金额:860,000.00元'),
    ).toEqual(['远山港口机械有限公司', '青禾起重设备有限公司']);
  });

  it('reads the name after Bid Winner, not the buyer named before it', () => {
    expect(readWinners('Purchaser: 青禾港务有限公司\nBid Winner: 远山港口机械有限公司\nBid Price: 1,280,000.00')).toEqual([
      '远山港口机械有限公司',
    ]);
  });

  it('reads past the English of a label written in brackets before its colon', () => {
    expect(readWinners('中标人(Successful Bidder):远山路桥建设有限公司\n中标价(Bid Price):2,345,600.00元')).toEqual([
      '远山路桥建设有限公司',
    ]);
  });

  it('reads the Chinese name written in brackets after the English one', () => {
    expect(readWinners('中标人:Yuanshan Road & Bridge Co., Ltd.(远山路桥建设有限公司)\n合同价:2,345,600.00元')).toEqual([
      '远山路桥建设有限公司',
    ]);
    expect(readWinners('中标人:Alpha Optics GmbH\n中标价:EUR 86,000.00')).toEqual(['Alpha Optics GmbH']);
  });
});

describe('readWinnersOf: a body the title opens with', () => {
  it('never takes the body the works are for as the fallback winner, but takes a title that says it won', () => {
    expect(readWinnersOf('青禾县污水处理厂提标改造设备采购中标候选人公示\n招标人:青禾县水务局\n公示期:3日', [])).toEqual([]);
    expect(readWinnersOf('远山建设有限公司中标公示\n招标人:青禾县水务局', [])).toEqual(['远山建设有限公司']);
  });
});

describe('readWinnersOf: a ranking run into one sentence', () => {
  it('reads the first-ranked name without its rank words', () => {
    const text = '中标候选人排序:第一名远山路桥建设有限公司,第二名青禾交通工程有限公司。\n确定第一名为中标人,中标价2,345,600.00元。';
    expect(readWinnersOf(text, [])).toEqual(['远山路桥建设有限公司']);
  });
});

describe('readWinners: lots told in one sentence, parted by semicolons', () => {
  it('reads each won lot and passes over a failed one between them', () => {
    const text = '第1标段：某县禾丰建设有限公司，中标价212.4万元；第2标段：流标；第3标段：某市青溪市政有限公司，中标价186.9万元。';
    expect(readWinners(text)).toEqual(['某县禾丰建设有限公司', '某市青溪市政有限公司']);
  });
});

describe('readWinners: 決標廠商 of a result in traditional script', () => {
  it('reads the name after 决标厂商 (as converted)', () => {
    expect(readWinners('标案名称：某区道路维修\n决标厂商：某市嘉禾建设有限公司\n决标总价：人民币1,200,000元')).toEqual([
      '某市嘉禾建设有限公司',
    ]);
  });
});

describe('readWinners: a winner with its street address in brackets', () => {
  it('drops an address whose road is numbered by its parts (某中路二段98号)', () => {
    expect(readWinners('中标人：某电梯工程有限公司（某市某区某中路二段98号）\n中标价：￥2,085,600.00')).toEqual(['某电梯工程有限公司']);
    expect(readWinners('中标人：某电梯工程有限公司（某市某区东二环二段88号）\n中标价：￥100,000.00')).toEqual(['某电梯工程有限公司']);
  });
});

describe('readWinners: numbered winner labels, ranks as 排序1 and participants of a second stage', () => {
  it('reads each share’s winner under a label numbered before its colon', () => {
    const text = '中选人一：甲通信工程有限公司；中选份额：55%\n中选人二：乙通信技术有限公司；中选份额：45%';
    expect(readWinners(text)).toEqual(['甲通信工程有限公司', '乙通信技术有限公司']);
  });

  it('does not take a numbered candidate supplier for a winner', () => {
    expect(readWinners('成交候选供应商二：乙公司\n成交供应商：甲贸易有限公司')).toEqual(['甲贸易有限公司']);
  });

  it('reads the candidate ranked 排序1 of each lot', () => {
    const text =
      '推荐中标候选人如下：\n标段一：闸阀\n排序1：甲阀门有限公司  投标报价：¥3,286,400.00\n排序2：乙阀门有限公司  投标报价：¥3,352,000.00\n' +
      '标段二：止回阀\n排序1：丙阀门制造有限公司  投标报价：¥1,187,500.00\n排序2：丁阀门股份有限公司  投标报价：¥1,206,800.00';
    expect(readWinners(text)).toEqual(['甲阀门有限公司', '丙阀门制造有限公司']);
  });

  it('passes over the suppliers that took part in a second-stage bid', () => {
    const text =
      '参与竞价的入围供应商：甲电脑有限公司、乙信息技术有限公司、丙科技有限公司\n成交供应商：甲电脑有限公司\n成交金额：236,400.00元';
    expect(readWinners(text)).toEqual(['甲电脑有限公司']);
  });

  it('reads a consortium whose leader is noted as 牵头方 and members listed after 成员方', () => {
    const text =
      '中标人：甲建工集团有限责任公司(联合体牵头方)，联合体成员方：乙市政设计研究院有限公司、丙建设工程有限公司\n中标价：12,386.52万元';
    expect(readWinners(text)).toEqual(['甲建工集团有限责任公司', '乙市政设计研究院有限公司', '丙建设工程有限公司']);
  });
});

describe('readWinners: consortium roles called 协办方 or 牵头 alone', () => {
  it('reads both members without their role notes', () => {
    expect(
      readWinners('第一中标候选人：甲建工集团有限公司(联合体主办方)、乙设计研究院有限公司(联合体协办方)\n投标报价：12,345.67万元'),
    ).toEqual(['甲建工集团有限公司', '乙设计研究院有限公司']);
    expect(readWinners('第一中标候选人(联合体)：甲建工集团有限公司(牵头)、乙设计研究院有限公司(成员)\n投标报价：2,345.67万元')).toEqual([
      '甲建工集团有限公司',
      '乙设计研究院有限公司',
    ]);
  });
});

describe('readWinners: a 定标结果 field', () => {
  it('names the bidder chosen, not the first of those let through to 定标', () => {
    expect(
      readWinners(
        '进入定标程序的投标人：甲建设集团有限公司、乙工程有限公司、丙建筑有限公司\n定标结果：乙工程有限公司\n中标价：38,652,100.00元',
      ),
    ).toEqual(['乙工程有限公司']);
    expect(readWinners('进入定标程序的投标人：甲建设集团有限公司、乙工程有限公司\n定标结果：\n中标人：乙工程有限公司')).toEqual([
      '乙工程有限公司',
    ]);
  });
});

describe('readWinners: firms chosen by their kind, headings with 如下, lots listing several', () => {
  it('reads 中选律师事务所 and 中选会计师事务所 as winner labels, as a field or a column head', () => {
    expect(readWinners('遴选结果：\n中选律师事务所：甲律师事务所\n统一社会信用代码：31430000MD0128765K')).toEqual(['甲律师事务所']);
    expect(readWinners('成交会计师事务所：乙会计师事务所有限公司\n成交金额：142,000.00元')).toEqual(['乙会计师事务所有限公司']);
    const table =
      '选聘结果：\n包号 | 中选会计师事务所 | 统一社会信用代码 | 中选金额(元)\n1 | 甲会计师事务所有限公司 | 91370502MA3C6T8P2R | 186,000.00\n2 | 乙联合会计师事务所(普通合伙) | 91370521MA3F2W7L9D | 142,500.00';
    expect(readWinners(table)).toEqual(['甲会计师事务所有限公司', '乙联合会计师事务所(普通合伙)']);
    expect(readWinners('中选保险公司：甲财产保险股份有限公司某支公司\n保险费：18.6万元')).toEqual(['甲财产保险股份有限公司某支公司']);
    expect(readWinners('入选银行如下：\n1、甲银行股份有限公司某支行(得分：91.2)\n2、乙农村商业银行股份有限公司(得分：88.5)')).toEqual([
      '甲银行股份有限公司某支行',
      '乙农村商业银行股份有限公司',
    ]);
    expect(readWinners('入选律师事务所：甲律师事务所、乙律师事务所\n服务期：三年')).toEqual(['甲律师事务所', '乙律师事务所']);
  });

  it('reads a winner’s label ending in 如下 as a heading, never the bidders listed under the winner', () => {
    const text =
      '询价小组确定成交供应商如下：\n成交供应商：甲实验设备有限公司，某市某区某路291号，成交价：¥328,600.00\n其余报价供应商：乙科技有限公司(¥335,000.00)；丙工程有限公司(¥341,200.00)';
    expect(readWinners(text)).toEqual(['甲实验设备有限公司']);
    expect(readWinners('中标供应商如下：\n1.甲科技有限公司\n2.乙科技有限公司\n服务期：一年')).toEqual(['甲科技有限公司', '乙科技有限公司']);
  });

  it('reads each name of a lot’s line listing several under a heading', () => {
    const text =
      '入围结果：\n第一包(燃油车辆)入围供应商：甲汽车维修有限公司、乙汽车服务有限公司、丙汽修连锁有限公司\n第二包(新能源车辆)入围供应商：丁新能源汽车服务有限公司\n入围价格：下浮20%';
    expect(readWinners(text)).toEqual(['甲汽车维修有限公司', '乙汽车服务有限公司', '丙汽修连锁有限公司', '丁新能源汽车服务有限公司']);
  });

  it('drops a score noted after each selected name', () => {
    const text =
      '遴选结果：经评审，确定以下银行为代理银行：\n1. 甲银行股份有限公司某分行(综合得分92.5分)\n2. 某市农村商业银行股份有限公司(综合得分90.8分)\n服务期限：三年';
    expect(readWinners(text)).toEqual(['甲银行股份有限公司某分行', '某市农村商业银行股份有限公司']);
    expect(supplierNamesIn('乙科技有限公司(得分：88分)')).toEqual(['乙科技有限公司']);
  });
});

describe('readWinnersOf: lots won at a price in one sentence', () => {
  it('drops the lot words and 由 before each name', () => {
    const text =
      '经磋商小组评审,本项目标项一由台州甲警用装备有限公司以人民币¥ 386,500.00元成交,标项二由浙江乙科技有限公司以人民币¥ 214,300.00元成交。';
    expect(readWinnersOf(text, [])).toEqual(['台州甲警用装备有限公司', '浙江乙科技有限公司']);
  });
});

describe('readWinners: ranks worded 排序 and names noted with shares (own-b69)', () => {
  it('drops 排序第一的 / 名次第一的 before a name decided in a sentence', () => {
    expect(readWinners('拟确定排序第一的甲物流有限公司为成交人。')).toEqual(['甲物流有限公司']);
    expect(readWinners('确定名次第1的乙科技有限公司为中选人。')).toEqual(['乙科技有限公司']);
  });

  it('reads every name of a lot’s list whose bracketed notes hold commas', () => {
    const text =
      '标段1：中标人 甲机电有限公司(份额70%，中标金额586.32万元)、乙轨道装备有限公司(份额30%，中标金额251.28万元)\n' +
      '标段2：中标人 丙智控科技有限公司(份额60%，中标金额312.60万元)、丁机电设备有限公司(份额40%，中标金额208.40万元)';
    expect(readWinners(text)).toEqual(['甲机电有限公司', '乙轨道装备有限公司', '丙智控科技有限公司', '丁机电设备有限公司']);
  });
});

describe('readWinners: a winner a change keeps (own-b76)', () => {
  it('drops the note that the field is unchanged', () => {
    expect(readWinners('中标供应商：延边某医疗设备有限公司（不变）\n其他内容不变。')).toEqual(['延边某医疗设备有限公司']);
    expect(readWinners('成交供应商：某科技有限公司（未变更）')).toEqual(['某科技有限公司']);
  });
});

describe('readWinners: a rank column before a bare 供应商名称 (own-b87)', () => {
  it('reads the row ranked first, not every row under the 供应商名称 heading', () => {
    const text = '谈判结果：\n排名 供应商名称 首次报价(万元) 最终报价(万元)\n1 甲办公设备有限公司 32.8 31.25\n2 乙科技有限公司 33.5 31.8';
    expect(readWinners(text)).toEqual(['甲办公设备有限公司']);
  });

  it('reads the bidder whose own block of fields is marked 是否得标：是', () => {
    const text = '投标厂商1\n厂商名称：乙营造有限公司\n是否得标：否\n投标厂商2\n厂商名称：甲土木包工业\n是否得标：是';
    expect(readWinners(text)).toEqual(['甲土木包工业']);
  });
});

describe('readWinners: Hong Kong’s 承办商 (own-b104)', () => {
  it('reads every contractor of a table listing one contract a row', () => {
    const text =
      '下列合约已于2031年6月批出：\n合约编号 | 合约名称 | 承办商 | 合约金额（港元）\n' +
      'EMSD/T/2031/03 | 为某医院提供升降机保养服务 | 甲升降机工程有限公司 | 8,460,000\n' +
      'EMSD/T/2031/05 | 某医院冷水机组更换工程 | 乙机电工程有限公司 | 21,380,000';
    expect(readWinners(text)).toEqual(['甲升降机工程有限公司', '乙机电工程有限公司']);
  });

  it('reads the contractor named under its field', () => {
    expect(readWinners('获批出合约的承办商名称及地址：\n丙船舶设备有限公司\n香港新界葵涌某路***号\n合约金额：港币17,846,000元')).toEqual([
      '丙船舶设备有限公司',
    ]);
  });
});

describe('readWinners: PPP, investor and concession results', () => {
  it('reads 成交社会资本, 中标投资人 and 选定特许经营者 as winner fields, a consortium by its role lines', () => {
    const text =
      '成交社会资本(联合体):\n牵头人:甲建设集团有限公司(注册地址:某省某市某路95号)\n成员:乙规划设计研究院有限公司\n成交报价:合理利润率5.80%';
    expect(readWinnersOf(text, [])).toEqual(['甲建设集团有限公司', '乙规划设计研究院有限公司']);
    expect(readWinnersOf('中标投资人:甲城市发展集团有限公司\n投资收益率:5.5%', [])).toEqual(['甲城市发展集团有限公司']);
    expect(readWinnersOf('实施机构:某市水利局\n选定特许经营者:甲水务发展有限公司\n特许经营期限:30年', ['某市水利局'])).toEqual([
      '甲水务发展有限公司',
    ]);
  });

  it('never reads a sentence about the chosen 社会资本方 as its field', () => {
    const text = '成交社会资本方:甲建设集团有限公司\n政府方出资代表:乙城建发展集团有限公司(与成交社会资本方按2:8比例出资组建项目公司)';
    expect(readWinnersOf(text, [])).toEqual(['甲建设集团有限公司']);
  });

  it('reads "由A(牵头人，地址)、B、C组成的联合体" as its three members', () => {
    const text =
      '中标人:由甲交通建设集团有限公司(牵头人，某市某路3588号)、乙规划设计研究院有限公司、丙文旅运营管理有限公司组成的联合体\n中标报价:投资收益率5.50%';
    expect(readWinnersOf(text, [])).toEqual(['甲交通建设集团有限公司', '乙规划设计研究院有限公司', '丙文旅运营管理有限公司']);
    expect(readWinnersOf('中标人:由甲建设集团有限公司、乙设计院有限公司组成的联合体\n', [])).toEqual([
      '甲建设集团有限公司',
      '乙设计院有限公司',
    ]);
  });
});

describe('readWinnersOf: a framework list whose labels are numbered in words (own-b123)', () => {
  it('reads every supplier once', () => {
    const text =
      '入围结果（共3家）：\n入围供应商一：甲乙物业管理有限公司\n入围供应商二：丙丁物业服务有限公司\n入围供应商三：戊己物业有限公司';
    expect(readWinnersOf(text, [])).toEqual(['甲乙物业管理有限公司', '丙丁物业服务有限公司', '戊己物业有限公司']);
  });
});

describe('readWinnersOf: a lease let to a person (own-b123)', () => {
  it('reads the 承租人 noted by the last digits of an identity card', () => {
    expect(readWinnersOf('成交结果：承租人唐某明(身份证号后四位：3517)，成交年租金：21,600元/年', [])).toEqual(['唐某明']);
  });
});

describe('readWinners: lots told after a total in one sentence', () => {
  it("reads each lot's winner, the first after the total's 其中", () => {
    const text = '中标总金额:2,203,400.00元,其中:第1包 杭州西溪教育装备有限公司 1,235,000.00元;第2包 浙江之江信息技术有限公司 968,400.00元';
    expect(readWinners(text)).toEqual(['杭州西溪教育装备有限公司', '浙江之江信息技术有限公司']);
  });

  it('drops the lot written before each name in one winners field', () => {
    expect(readWinners('中标供应商:第一包 杭州西溪教育装备有限公司;第二包 浙江之江信息技术有限公司')).toEqual([
      '杭州西溪教育装备有限公司',
      '浙江之江信息技术有限公司',
    ]);
  });
});
