import { extractProjectCode, projectCodeOf } from './project-code';

describe('extractProjectCode', () => {
  it.each([
    ['1、项目编号：焦采磋商采购-2026-8\n2、项目名称：某项目', '焦采磋商采购-2026-8'],
    ['项目编号：\nBJJX-ZB-2026-003\n项目名称：', 'BJJX-ZB-2026-003'],
    ['项目编号\n：SDGP370000000202602000605\n项目名称', 'SDGP370000000202602000605'],
    ['招标编号： 赣建区招字【2025】第35号\n工程概况', '赣建区招字【2025】第35号'],
    ['1、项目编号：\nZSHJ-WHS-FW-2026-014（2）\n2、采购计划备案号：', 'ZSHJ-WHS-FW-2026-014(2)'],
    ['（招标编号：X4600002901004618001）\n本项目', 'X4600002901004618001'],
    ['采购项目(项目编号：MJZ2016017号)进行公开招标', 'MJZ2016017号'],
    ['采购编号：HX-2026-1006\n三、采购项目名称', 'HX-2026-1006'],
    ['询价编号：ZQ-XJ-2027-0108\n采购内容：', 'ZQ-XJ-2027-0108'],
    ['项目编号（建议书编号）：\nSDGP370100000202602000117', 'SDGP370100000202602000117'],
    ['项目编号：GLZFCG\n2014A 0057 代理编号：YLGLG20141004-A', 'GLZFCG2014A0057'],
    ['编号：G20260056\n根据工程招标投标的有关法律', 'G20260056'],
    ['采购项目编号：ZJ-2024-0012（采购代理编号：ABC-01）', 'ZJ-2024-0012'],
    ['投標編號：LCSD/CS/2026/118\n截標時間：2026年12月4日', 'LCSD/CS/2026/118'],
    ['合約編號：HY/2026/15', 'HY/2026/15'],
    ['機關名稱：某區公所\n標案案號：FS1160412', 'FS1160412'],
    ['招標人：某鎮人民政府\n標案編號：ZB-2028-SG-011', 'ZB-2028-SG-011'],
    ['采购组织：某电器（天津）有限公司\n寻源单号：SRC-2037-1107', 'SRC-2037-1107'],
    ['供应商门户\n定标单号：DB-2037-0915\n采购单位：某光伏电力有限公司', 'DB-2037-0915'],
  ])('%j → %s', (text, code) => {
    expect(extractProjectCode(text)).toBe(code);
  });

  it('reads an investment code under a 项目代码 header that spaces, not bars, its columns', () => {
    const text = '项目代码 项目名称 建设地点 总投资（万元）\n2029-350823-32-03-061275 年产2万吨铜箔项目 某县工业区 42000';
    expect(extractProjectCode(text)).toBe('2029-350823-32-03-061275');
    expect(extractProjectCode('项目代码 项目名称\n2029-35082-32-03-061275 某项目')).toBeNull();
  });

  it('prefers the tender number over a plan number or an investment code', () => {
    const text = '投资项目代码：2504-360923-04-01-319709\n采购计划编号：\n2026NCZ(SZS)000206\n项目编号：\nZHAJZBNX-2026-01';
    expect(extractProjectCode(text)).toBe('ZHAJZBNX-2026-01');
    expect(extractProjectCode('投资项目代码：2602-361025-04-01-292418\n【信息时间： 2026-03-31】')).toBe('2602-361025-04-01-292418');
  });

  it('falls back on a plan or filing number (采购计划编号, 备案号) when the notice has no other', () => {
    expect(extractProjectCode('采购计划编号：ABJH-YX-2027-12\n需求单位：某镇中心学校')).toBe('ABJH-YX-2027-12');
    expect(extractProjectCode('备案号：ZCBA-2027-0733\n使用单位：某镇卫生院')).toBe('ZCBA-2027-0733');
    expect(extractProjectCode('招标备案号：ZBBA-2027-11\n招标编号：ZB-2027-05')).toBe('ZB-2027-05');
  });

  it('reads the order number of an e-mall purchase', () => {
    expect(extractProjectCode('订单编号:DMC20270619004512\n采购人:某医院')).toBe('DMC20270619004512');
  });

  it('reads an order or bidding-sheet number (订单号, 竞价单号, 询价单号)', () => {
    expect(extractProjectCode('订单号：ZG202709180021476\n采购单位：某街道办事处')).toBe('ZG202709180021476');
    expect(extractProjectCode('竞价单号：JJ2027091400358\n采购单位：某局')).toBe('JJ2027091400358');
    expect(extractProjectCode('询价单编号：XJD-2027-0088\n采购单位：某学院')).toBe('XJD-2027-0088');
    expect(extractProjectCode('采购单号 CG20270901007')).toBe('CG20270901007');
  });

  it('reads the number of a direct order from an online mall (订购单号, 订货单号)', () => {
    expect(extractProjectCode('订购单号：WS20271015000842\n采购单位：某镇中心幼儿园')).toBe('WS20271015000842');
    expect(extractProjectCode('订货单号 DH-2027-10-0317\n供应商：某商贸有限公司')).toBe('DH-2027-10-0317');
  });

  it('reads the number of a 比价 or 议价 procedure', () => {
    expect(extractProjectCode('比价编号：LSCF-BJ-2027-041\n比价单位：某集团')).toBe('LSCF-BJ-2027-041');
    expect(extractProjectCode('议价编号：KFYY-YJ-2027-012\n采购单位：某医院')).toBe('KFYY-YJ-2027-012');
  });

  it('reads the number of a procedure’s documents as the tender’s', () => {
    expect(extractProjectCode('询价人：某中心\n询价文件编号：JKZX-XJ-2027-06')).toBe('JKZX-XJ-2027-06');
    expect(extractProjectCode('磋商文件编号：CS-2027-118\n采购人：某局')).toBe('CS-2027-118');
  });

  it('ignores placeholders and a neighbouring field', () => {
    expect(extractProjectCode('招标项目编号：以系统生成为准\n二、采购组织类型')).toBeNull();
    expect(extractProjectCode('项目代码：\n【信息时间： 2026-03-31】')).toBeNull();
    expect(extractProjectCode('招标公告编号\n/\n招标人')).toBeNull();
    expect(extractProjectCode('证书编号 12345')).toBeNull();
  });

  it('takes no website filing in a page footer for the procedure’s number', () => {
    expect(extractProjectCode('某区教育局 版权所有\n网站备案号：浙ICP备12345678号-2')).toBeNull();
    expect(extractProjectCode('备案号：京公网安备11010502030405号')).toBeNull();
    expect(extractProjectCode('采购计划备案号：ZJCG-2027-0088\n网站备案号：浙ICP备12345678号')).toBe('ZJCG-2027-0088');
  });
});

describe('extractProjectCode: method numbers and aggregator bars', () => {
  it('reads a 遴选编号, 征集编号 or 选聘编号 as the tender’s number', () => {
    expect(extractProjectCode('遴选编号：YY-LX-2027-031\n采购人：某医院')).toBe('YY-LX-2027-031');
    expect(extractProjectCode('征集编号：ZJ2027-008\n')).toBe('ZJ2027-008');
    expect(extractProjectCode('选聘编号：QNJT-XP-2029-02\n选聘人：某集团')).toBe('QNJT-XP-2029-02');
  });

  it('ends the code at the bar that joins an aggregator’s fields', () => {
    expect(extractProjectCode('中标公告 | 项目编号：XN-2027-HW-033 | 采购单位：某街道办事处')).toBe('XN-2027-HW-033');
    expect(extractProjectCode('项目编号：XN-2027-HW-033|采购单位：某街道办事处')).toBe('XN-2027-HW-033');
  });

  it('reads a bare 编号 in brackets after the project named in prose', () => {
    expect(extractProjectCode('某公司站场维修项目（编号：LCYC-BX-2027-014）于2027年8月26日组织比选。')).toBe('LCYC-BX-2027-014');
    expect(extractProjectCode('合同编号不详，发票编号：FP-001')).toBeNull();
  });

  it('reads an in-house number (校内编号, 院内编号) in brackets after the project', () => {
    expect(extractProjectCode('某学院实验室设备采购项目（校内编号：XY-ZC-2030-046）已于2030年6月5日完成询价。')).toBe('XY-ZC-2030-046');
    expect(extractProjectCode('某医院耗材项目（院内编号：YN-2030-12）')).toBe('YN-2030-12');
  });
});

describe('extractProjectCode: numbered fields run together', () => {
  it('ends the code where the next item’s number is glued to it', () => {
    expect(extractProjectCode('1、招标编号：[350101]RWZB[GK]20270132、招标项目内容：某设施采购3、采购单位：某医院')).toBe(
      '[350101]RWZB[GK]2027013',
    );
    expect(extractProjectCode('3、项目编号：SC-2027-0064、项目名称：某项目')).toBe('SC-2027-006');
    expect(extractProjectCode('1.项目编号：HBYD-2027-322.项目名称：某')).toBe('HBYD-2027-32');
    expect(extractProjectCode('(1)项目编号：XY-2027-02(2)项目名称：某')).toBe('XY-2027-02');
  });

  it('keeps digits that are no next item (another number, a lot in brackets, no numbering)', () => {
    expect(extractProjectCode('1、项目编号：ZB-2027-(2)号')).toBe('ZB-2027-(2)号');
    expect(extractProjectCode('项目编号：HBYD-2027-32\n2、项目名称：某')).toBe('HBYD-2027-32');
    expect(extractProjectCode('2、项目编号：ABC-2027-0312\n3、项目名称：某')).toBe('ABC-2027-0312');
  });
});

describe('extractProjectCode: the investment project code under its longer labels', () => {
  it('reads 投资项目统一代码 and 项目统一代码', () => {
    expect(extractProjectCode('投资项目统一代码：2708-130724-04-01-516732\n总投资：1亿元')).toBe('2708-130724-04-01-516732');
    expect(extractProjectCode('项目统一代码：2708-130724-04-01-516732')).toBe('2708-130724-04-01-516732');
  });
});

describe('extractProjectCode: labels an app writes in brackets', () => {
  it('reads the code after 【项目编号】 or [招标编号]', () => {
    expect(extractProjectCode('【项目名称】某幼儿园厨房设备采购项目\n【项目编号】RACG-2028-0562\n【预算金额】120万元')).toBe(
      'RACG-2028-0562',
    );
    expect(extractProjectCode('[招标编号]QA-2028-SG-02 [开标时间]2028-06-19')).toBe('QA-2028-SG-02');
    expect(extractProjectCode('【采购编号】：ZC2028-117')).toBe('ZC2028-117');
    // A bracketed label with no value is still no code.
    expect(extractProjectCode('【项目编号】\n【发布时间】2028-05-25')).toBeNull();
  });
});

describe('extractProjectCode and projectCodeOf: how codes are written', () => {
  it('keeps the single spaces between a code’s groups, and drops layout spaces beside Chinese', () => {
    expect(extractProjectCode('交易编号：YQ 2028 JL 0062\n最高投标限价：86.5万元')).toBe('YQ 2028 JL 0062');
    expect(extractProjectCode('招标编号：赣建区招字【2025】第 35 号\n工程概况')).toBe('赣建区招字【2025】第35号');
  });

  it('reads an intent’s own number (采购意向编号) when it has no other', () => {
    expect(extractProjectCode('需求单位：某区城市管理局\n采购意向编号：某城管意向（2028）08号\n预算金额：385万元')).toBe(
      '某城管意向(2028)08号',
    );
    expect(extractProjectCode('采购意向编号：YX-01\n项目编号：ZB-2028-01')).toBe('ZB-2028-01');
  });

  it('drops the bracket that closes a code at the end of a title, keeps a "#" ending it', () => {
    expect(projectCodeOf('某古镇游客中心办公家具采购询价公告（HXQY-XJ-2028-013）', '报价截止时间：2028年6月20日')).toBe('HXQY-XJ-2028-013');
    expect(projectCodeOf('某医院系统项目（SRJYZFCG-2022-003#）公开招标变更公告', '变更内容：见附件')).toBe('SRJYZFCG-2022-003#');
    expect(projectCodeOf('某项目公告(ZSHJ-2026-014(2))', '无')).toBe('ZSHJ-2026-014(2)');
  });
});

describe('extractProjectCode: a loan project contract package', () => {
  it('reads a loan project’s 采购包编号', () => {
    expect(extractProjectCode('贷款号：L0921A\n采购包编号：SD-YN-CW-01\n建设地点：某县某镇')).toBe('SD-YN-CW-01');
  });

  it('reads 合同编号 when no label of the procedure is given', () => {
    expect(extractProjectCode('项目名称：世界银行贷款某省城乡供水项目\n合同编号：WB-ZX-CW-07\n项目业主：某县水务局')).toBe('WB-ZX-CW-07');
  });

  it('prefers the procedure number to the contract number', () => {
    expect(extractProjectCode('合同编号：BJYL-HT-2028-0023\n项目编号：BJYL-2028-017')).toBe('BJYL-2028-017');
  });

  it('prefers the procurement’s number bracketed after its name to a labelled contract number', () => {
    const text = '合同编号：XPYE-HT-2036-011\n所属采购项目：某幼儿园教玩具采购项目（XLCG-2036-HW-045）\n采购人（甲方）：某幼儿园';
    expect(extractProjectCode(text)).toBe('XLCG-2036-HW-045');
  });
});

describe('extractProjectCode: Macau’s 招標案卷編號', () => {
  it('reads the number of a Macau tender dossier', () => {
    expect(extractProjectCode('開標地點：某局大樓\n招標案卷編號：OP/XX/2030/01')).toBe('OP/XX/2030/01');
  });
});

describe('extractProjectCode: Macau’s 諮詢編號 (own-b150)', () => {
  it('reads the number of a Macau 公开咨询 (a call for quotes)', () => {
    expect(extractProjectCode('咨询实体：某某署\n咨询编号：XX/CC/2037/01\n服务期：12个月')).toBe('XX/CC/2037/01');
  });

  it('reads no cost consultant’s job number (造价咨询编号) as the procedure’s', () => {
    expect(extractProjectCode('造价咨询编号：ZJZX-2037-01\n备注：无')).toBeNull();
  });
});

describe('extractProjectCode: a table flattened with single spaces', () => {
  it('ends a Latin code where the next cell’s Chinese words begin', () => {
    expect(extractProjectCode('项目法人 某县水利局 标段编号 JAXSL-2030-SG-03 第一中标候选人 某某建设有限公司')).toBe('JAXSL-2030-SG-03');
  });

  it('keeps a code’s own trailing 号 or 标段', () => {
    expect(extractProjectCode('项目编号：ABC-2030-15 号\n')).toMatch(/^ABC-2030-15\s?号$/u);
  });
});

describe('extractProjectCode: a code with Chinese parts', () => {
  it('keeps a code with Chinese parts (brackets in their half-width display form)', () => {
    expect(extractProjectCode('询比编号：XYZ（2030）询字第015号\n采购单位：某公司')).toBe('XYZ(2030)询字第015号');
  });
});

describe('extractProjectCode: more ways portals write a code', () => {
  it('reads Taiwan’s 案號 alone opening a line', () => {
    expect(extractProjectCode('機關名稱：某市政府\n案號：1130215A\n標案名稱：辦公設備採購')).toBe('1130215A');
  });
  it('does not read 案号 inside a sentence', () => {
    expect(extractProjectCode('某法院受理的案号：(2030)某0102民初123号一案')).toBeNull();
  });
  it('ends a code at the bracket closing a title tag', () => {
    expect(extractProjectCode('【项目编号：ABC-2030-001】某项目招标公告')).toBe('ABC-2030-001');
    expect(extractProjectCode('采购计划编号：[350503]QZMR[XJ]2030002\n')).toBe('[350503]QZMR[XJ]2030002');
  });
  it('joins a code wrapped after a hyphen', () => {
    expect(extractProjectCode('项目编号：ZJZC-2030-\n0456\n招标人：某局')).toBe('ZJZC-2030-0456');
    expect(extractProjectCode('标段编号：\nHNJT-2030-SG-\n03\n招标人：某局')).toBe('HNJT-2030-SG-03');
  });
});

describe('extractProjectCode: a closing bracket that is not the code’s', () => {
  it('keeps a bracketed year and ends at the sentence’s bracket', () => {
    expect(extractProjectCode('某项目(招标编号:QQZBZC[2019]1186)进行公开招标采购')).toBe('QQZBZC[2019]1186');
  });
});

describe('extractProjectCode: a code wholly inside a tag’s brackets', () => {
  it('reads the code inside the brackets', () => {
    expect(extractProjectCode('项目编号：【GXZC2030-G1-00456】\n采购人：某局')).toBe('GXZC2030-G1-00456');
    expect(extractProjectCode('项目编号：[AB-2030-01]\n')).toBe('AB-2030-01');
  });
  it('keeps brackets that are a part of the code', () => {
    expect(extractProjectCode('采购项目编号：[350503]QZMR[XJ]2030002\n')).toBe('[350503]QZMR[XJ]2030002');
  });
});

describe('extractProjectCode: quoted and wrapped codes', () => {
  it('reads the notice’s own code before one it quotes from an earlier round (原招标编号)', () => {
    const text = '本项目首次招标流标（原招标编号：HCJC-2030-SG-045），现重新招标。\n招标编号：HCJC-2030-SG-045-2\n';
    expect(extractProjectCode(text)).toBe('HCJC-2030-SG-045-2');
  });
  it('still reads the code a change quotes when it has none of its own', () => {
    expect(extractProjectCode('原公告项目编号：HBQB-2030-0315\n更正内容：…')).toBe('HBQB-2030-0315');
    expect(extractProjectCode('原公告的采购项目编号：AB-2030-7\n采购计划编号：某财采〔2030〕1号')).toBe('AB-2030-7');
  });
  it('joins a code’s last characters wrapped onto a line of their own', () => {
    expect(extractProjectCode('项目编号：QNYL2030ZC00\n87\n采购人：某医院')).toBe('QNYL2030ZC0087');
    expect(extractProjectCode('项目编号：AB-2030-01\n采购人：某局')).toBe('AB-2030-01');
    expect(extractProjectCode('项目编号：AB-2030-01，包号：1\n2\n')).toBe('AB-2030-01');
  });
});

describe('projectCodeOf: a code bracketed after the name', () => {
  it('reads it only when no label and no title gives one', () => {
    const body = '项目名称：某景区提升改造工程（BJWL-2031-008）\n招标人：某公司';
    expect(projectCodeOf('某景区提升改造工程中标候选人公示', body)).toBe('BJWL-2031-008');
    expect(projectCodeOf('某景区提升改造工程中标候选人公示', `项目编号：BJ-2031-99\n${body}`)).toBe('BJ-2031-99');
  });
});

describe('projectCodeOf: a procurement 文号 in the title, a 委托编号', () => {
  it('reads a 文号 in the title’s brackets when no label gives a code', () => {
    expect(projectCodeOf('某医院超声诊断仪采购项目（某财采〔2032〕17号）公开招标公告', '预算金额：198万元')).toBe('某财采〔2032〕17号');
    expect(projectCodeOf('某医院超声诊断仪采购项目（某财采〔2032〕17号）公开招标公告', '项目编号：AB-2032-01')).toBe('AB-2032-01');
    expect(projectCodeOf('某局养老服务竞争性磋商公告', '某局养老服务采购项目（某财采〔2032〕17号）采用竞争性磋商方式采购')).toBe(
      '某财采〔2032〕17号',
    );
  });

  it('reads a 委托编号 as a code of last resort', () => {
    expect(extractProjectCode('委托编号：ZHWT-2032-0417\n某招标有限公司受某公司委托')).toBe('ZHWT-2032-0417');
    expect(extractProjectCode('委托编号：WT-2032-01\n招标编号：ZB-2032-0417')).toBe('ZB-2032-0417');
  });

  it('reads a plan’s own 计划编号 as a code of last resort', () => {
    expect(extractProjectCode('计划编号：LCYY-JH-2033-07\n采购单位：某市人民医院')).toBe('LCYY-JH-2033-07');
    expect(extractProjectCode('计划编号：JH-2033-07\n项目编号：XM-2033-0417')).toBe('XM-2033-0417');
  });
});

describe('extractProjectCode: a correction or a re-tender', () => {
  it('reads the right number out of the quotation marks a correction sets it in', () => {
    const text = '原公告项目编号“DL-2034-071”录入有误，正确的项目编号为“DL-2034-017”，请以正确编号为准。';
    expect(extractProjectCode(text)).toBe('DL-2034-017');
  });

  it('reads the first round’s number in the bracket after 首次公告 only after this round’s own', () => {
    const text = '本项目首次公告于2034年5月30日发布（项目编号：PZ-0093），因故招标失败。\n项目编号：PZ-0093-2';
    expect(extractProjectCode(text)).toBe('PZ-0093-2');
  });
});

describe('extractProjectCode: a correction of the number itself', () => {
  it('reads the corrected number, not the quoted original notice’s', () => {
    const text = '原公告的采购项目编号：YHZC-2036-017\n更正内容：原公告中项目编号“YHZC-2036-017”有误，正确的项目编号为“YHZC-2036-071”。';
    expect(extractProjectCode(text)).toBe('YHZC-2036-071');
  });

  it('takes no value from a label followed by a quotation that runs on', () => {
    expect(extractProjectCode('说明：项目编号“AB-2036-01”系笔误，以采购文件为准')).toBeNull();
  });
});

describe('extractProjectCode: a market survey’s number (own-b165)', () => {
  it('reads a 调研编号 as the number', () => {
    expect(extractProjectCode('调研编号：LQZY-DY-2039-06\n调研单位：某学院')).toBe('LQZY-DY-2039-06');
  });
});
