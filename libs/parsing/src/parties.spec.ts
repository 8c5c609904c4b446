import { readParties } from './parties';

const read = (text: string, title = '', titleFallback = true) => readParties(text, title, { titleFallback });

describe('readParties', () => {
  it('never takes the winner a result title names for the buyer', () => {
    expect(readParties('经评审，现予公示。', '关于确定甲建设有限公司为某工程中标人的公示', { titleFallback: true }).buyer).toBeNull();
    expect(readParties('中标价：100万元', '关于甲建设集团有限公司中标某镇道路工程的公示', { titleFallback: true }).buyer).toBeNull();
    expect(readParties('中标金额：468,000.00元', '关于甲物业管理有限公司的中标公示', { titleFallback: true }).buyer).toBeNull();
    expect(readParties('预算：10万元', '某县人民医院设备采购公告', { titleFallback: true }).buyer).toBe('某县人民医院');
  });

  it('reads labelled buyer and agency, on the same or the next line', () => {
    const text =
      '九、联系方式\n1.采购人信息\n名 称:某县教育体育局\n地址:某县某路8号\n2.采购代理机构信息\n名 称:\n某某工程咨询有限公司\n地址:某市某路';
    expect(read(text)).toEqual({ buyer: '某县教育体育局', agency: '某某工程咨询有限公司' });
  });

  it('reads 组织单位 as the body running its own selection, never a 代理组织单位', () => {
    expect(read('项目编号：X-01\n组织单位：某某县财政局\n存放资金：5000万元').buyer).toBe('某某县财政局');
    expect(read('2.组织单位:某某镇中心小学\n3.采购主体:学生家长').buyer).toBe('某某镇中心小学');
    expect(read('代理组织单位：某某招标有限公司\n项目名称：某项目', '', false).buyer).toBeNull();
  });

  it('reads 需求单位 and 使用单位 as the buyer, never a 交付使用单位 in prose', () => {
    expect(read('项目编号：X-01\n需求单位：某某街道办事处\n代理机构：某某招标有限公司').buyer).toBe('某某街道办事处');
    expect(read('备案号：B-02\n使用单位：某某镇卫生院\n终止原因：需求变化', '', false).buyer).toBe('某某镇卫生院');
    expect(read('工程竣工后移交使用单位：某某社区', '', false).buyer).toBeNull();
  });

  it("reads a loan project's 执行机构 as the buyer, never a 采购执行机构", () => {
    expect(read('贷款号：4518-PRC\n执行机构：某市交通运输局\n采购代理：某某国际招标有限公司').buyer).toBe('某市交通运输局');
    expect(read('Loan No.: 4602\nExecuting Agency: 某市生态环境局\nAgent: 某某国际招标有限公司').buyer).toBe('某市生态环境局');
    expect(read('采购执行机构：某某招标有限公司\n采购人：某县医院').buyer).toBe('某县医院');
  });

  it('drops a note on foreign capital after a buyer’s name', () => {
    expect(read('招标人：某某国际医院有限公司（外商独资医疗机构）\n中标人：某某机电安装工程有限公司').buyer).toBe('某某国际医院有限公司');
    expect(read('采购人：某某国际大学(中外合作办学)\n项目编号：W-01', '', false).buyer).toBe('某某国际大学');
  });

  it('drops a note on Hong Kong or Macau capital, or on the parent group, after a buyer’s name', () => {
    expect(read('招标人：某某文旅发展有限公司（澳门投资企业）\n中标人：某某幕墙有限公司').buyer).toBe('某某文旅发展有限公司');
    expect(read('招标人：某某(深圳)置业有限公司(香港某某集团全资附属公司)\n工程名称：某办公楼装修').buyer).toBe('某某(深圳)置业有限公司');
  });

  it('reads 比选代理 as the agency of a selection (比选)', () => {
    expect(read('比选人：某镇人民政府\n比选代理：某某工程咨询有限公司\n第一中选人：某某建设有限公司')).toEqual({
      buyer: '某镇人民政府',
      agency: '某某工程咨询有限公司',
    });
  });

  it('reads 集中采购机构 as the agency that runs the purchase', () => {
    expect(read('采购人:某区人民医院\n集中采购机构:某某招标代理有限公司\n中标供应商:某某医疗科技有限公司')).toEqual({
      buyer: '某区人民医院',
      agency: '某某招标代理有限公司',
    });
  });

  it('reads a military purchase’s 采购机构 (its 采购站) as the agency, only as a field of its own', () => {
    expect(read('采购单位：中国人民解放军63715部队\n采购机构：某某联勤保障中心某某采购站\n采购方式：竞争性谈判')).toEqual({
      buyer: '中国人民解放军63715部队',
      agency: '某某联勤保障中心某某采购站',
    });
    expect(read('四、采购机构：某某联勤保障中心某某采购站').agency).toBe('某某联勤保障中心某某采购站');
    expect(read('采购人：某县人民医院\n本项目由政府采购机构：某某公司组织').agency).toBeNull();
  });

  it('reads a state firm’s 采购组织机构 as the agency, never a 组织机构代码', () => {
    expect(read('采购人：某某港务有限公司\n采购组织机构：某某工程咨询有限公司\n采购方式：询比采购')).toEqual({
      buyer: '某某港务有限公司',
      agency: '某某工程咨询有限公司',
    });
    expect(read('采购人：某某港务有限公司\n采购组织机构代码：91510000MA6X12345K').agency).toBeNull();
  });

  it('keeps 质量 inside a body’s name, while "质量：" opens a field', () => {
    expect(read('采购人:某市质量技术监督局\n项目编号:X-2').buyer).toBe('某市质量技术监督局');
    expect(read('建设单位:某县建设工程质量监督站\n工期:90日历天').buyer).toBe('某县建设工程质量监督站');
  });

  it('reads a bank’s branch whole, not up to the group’s 公司', () => {
    expect(read('采购人:中国某银行股份有限公司某省分行\n采购方式:公开招标').buyer).toBe('中国某银行股份有限公司某省分行');
    expect(read('采购单位:某农村商业银行股份有限公司某支行\n项目编号:X-1').buyer).toBe('某农村商业银行股份有限公司某支行');
    expect(read('采购人:某县教育局 开户银行:某银行某支行').buyer).toBe('某县教育局');
  });

  it("reads a works contract's 发包单位 and an inquiry's 询比人 as the buyer", () => {
    expect(read('发包单位:某县某某乡人民政府\n联系人:王先生').buyer).toBe('某县某某乡人民政府');
    expect(read('询比人:某市某镇中心小学\n地址:某镇某路1号').buyer).toBe('某市某镇中心小学');
  });

  it('reads 比价单位 and 比价人 as the buyer, never 参与比价单位', () => {
    expect(read('比价单位：株洲市芦淞区城市发展集团有限公司\n参与比价单位：3家').buyer).toBe('株洲市芦淞区城市发展集团有限公司');
    expect(read('比价人：某县自来水有限公司\n成交单位：某建材有限公司').buyer).toBe('某县自来水有限公司');
    expect(read('参与比价单位：某建材有限公司、某五金有限公司').buyer).toBeNull();
  });

  it("reads an intermediary selection's 选取单位 as the buyer, never 被选取单位 or a random draw", () => {
    expect(read('选取单位：某市某区发展和改革局\n中选单位：某招标代理有限公司').buyer).toBe('某市某区发展和改革局');
    expect(read('被选取单位：某造价咨询有限公司').buyer).toBeNull();
    expect(read('从中介服务超市随机选取单位：某评估有限公司').buyer).toBeNull();
  });

  it('reads 询价单位 and 比选单位 as the buyer, never 被询价单位', () => {
    expect(read('询价单位：某市某镇人民政府\n项目编号：XJ-01').buyer).toBe('某市某镇人民政府');
    expect(read('比选单位:某县某某中学\n联系人:李老师').buyer).toBe('某县某某中学');
    expect(read('被询价单位:某某贸易有限公司\n报价:1000元').buyer).toBeNull();
  });

  it('reads 业主, 项目业主单位, 委托单位 and 遴选人 as the buyer, never 受委托单位', () => {
    expect(read('业主：某某县交通运输局\n地址:某路').buyer).toBe('某某县交通运输局');
    expect(read('项目业主单位：某某县水利局').buyer).toBe('某某县水利局');
    expect(read('项目法人单位：某某县水务投资有限公司').buyer).toBe('某某县水务投资有限公司');
    expect(read('委托单位：某某县自然资源局').buyer).toBe('某某县自然资源局');
    expect(read('遴选人：某某县财政局').buyer).toBe('某某县财政局');
    expect(read('受委托单位：某某工程咨询有限公司').buyer).toBeNull();
  });

  it('skips a sentence that opens with a party label', () => {
    expect(read('采购人应在中标通知书发出后与某某建设有限公司签订合同。').buyer).toBeNull();
    expect(read('业主应在中标通知书发出后与中标人某某建设有限公司签订合同。').buyer).toBeNull();
  });

  it('reads fields in tables and run-together excerpts', () => {
    expect(read('工程编号 X1\n建设单位名称 某市第一中学\n工程名称 某楼改造').buyer).toBe('某市第一中学');
    expect(read('招标人 |\n某县城市投资发展有限公司\n工程名称 |').buyer).toBe('某县城市投资发展有限公司');
    expect(read('项目名称:某系统维保项目建设单位:某市人民医院中标人信息某公司').buyer).toBe('某市人民医院');
  });

  it('skips notes on the label and sentences that only mention a party', () => {
    expect(read('经采购人确认,现将结果公布如下\n建设单位(或招标人):某镇人民政府(盖章)').buyer).toBe('某镇人民政府');
  });

  it('reads "某代理受某单位委托"', () => {
    expect(read('某某项目管理有限公司受某市妇幼保健院的委托,对某设备采购项目进行公开招标')).toEqual({
      buyer: '某市妇幼保健院',
      agency: '某某项目管理有限公司',
    });
    expect(read('项目业主为某某投资有限公司,招标人为某某投资有限公司,委托代理机构为某某招标有限公司。')).toEqual({
      buyer: '某某投资有限公司',
      agency: '某某招标有限公司',
    });
  });

  it('reads a label whose bracketed role note comes before its 名称', () => {
    expect(read('项目业主(招标人)名称:某县交通运输局\n招标编号：AB-2032-008').buyer).toBe('某县交通运输局');
  });

  it('never takes the line above a 受 opening a line (the title) for the agency', () => {
    expect(read('某县某项目监理服务中标结果公示\n受某县农业农村局委托,某某项目管理有限公司对某项目进行了公开招标')).toEqual({
      buyer: '某县农业农村局',
      agency: '某某项目管理有限公司',
    });
  });

  it('takes the addressee of an approval letter as the buyer', () => {
    expect(read('某发改投〔2026〕12号\n某镇人民政府:\n你单位报来的项目建议书收悉。').buyer).toBe('某镇人民政府');
    // A service centre, station or institute is 你中心, 你站, 你所 to the authority.
    expect(read('某镇建设管理服务中心：\n你中心报来的《关于审批某道路工程项目建议书的请示》收悉。').buyer).toBe('某镇建设管理服务中心');
    expect(read('某县水利工作站：\n你站报来的可行性研究报告收悉。').buyer).toBe('某县水利工作站');
  });

  it('falls back to the organisation a title opens with, whole', () => {
    expect(read('', '某某大学第一医院手术室设备采购公告').buyer).toBe('某某大学第一医院');
    expect(read('', '某市中心医院污水站改造工程招标公告').buyer).toBe('某市中心医院');
    expect(read('', '某某工程咨询有限公司关于某项目的招标公告').buyer).toBeNull();
    expect(read('', '某市人民医院设备采购', false).buyer).toBeNull();
  });

  it('keeps masked names as written and drops placeholders', () => {
    expect(read('采购人:****管理局\n地址:***').buyer).toBe('****管理局');
    expect(read('采购人:/\n代理机构:无').agency).toBeNull();
  });
});

describe('readParties: plan tables and bracketed names', () => {
  it('reads the buyer column of a flattened plan table', () => {
    const text =
      '序号\n| 项目名称\n| 招标人\n| 建设内容\n| 预计招标时间\n1\n| 某镇农事服务中心建设项目\n| 某县某镇人民政府\n| 新建仓库一座\n| 2026年5月';
    expect(read(text).buyer).toBe('某县某镇人民政府');
  });

  it('keeps a bracket that belongs to the name and stops at the next numbered item', () => {
    expect(read('采购人:某市工人文化宫(某市劳模学院、某市工会干部培训中心)\n地址:某路').buyer).toBe(
      '某市工人文化宫(某市劳模学院、某市工会干部培训中心)',
    );
    expect(read('采购人:某市第二总医院4、建议截止时间:2026年11月8日').buyer).toBe('某市第二总医院');
  });
});

describe('readParties: agencies named without a label', () => {
  const withFallback = (text: string, title = '') => readParties(text, title, { titleFallback: true, agencyFallback: true });

  it('reads "委托某公司", a run-together label and a procurement centre', () => {
    expect(withFallback('致:各潜在供应商\n我院委托某某招标有限公司对下列项目进行采购').agency).toBe('某某招标有限公司');
    expect(withFallback('采购方式公开招标代理机构某某建设项目管理有限公司代理机构联系电话').agency).toBe('某某建设项目管理有限公司');
    expect(withFallback('2.采购代理机构信息\n名称:某县政府采购中心\n地址:某路').agency).toBe('某县政府采购中心');
  });

  it('reads the agency a buyer entrusts in the middle of a sentence without the verb', () => {
    const text = '本项目采购单位为某市第三中学，委托某某招标代理有限公司进行公开招标。';
    expect(withFallback(text).agency).toBe('某某招标代理有限公司');
  });

  it('takes an adviser named in the title or the signature when asked to', () => {
    expect(withFallback('更正内容见附件', '[某市本级]某某招标咨询有限公司关于某医院设备项目的更正公告').agency).toBe(
      '某某招标咨询有限公司',
    );
    expect(readParties('特此公告\n某某工程造价咨询有限公司\n2026年1月3日', '', { titleFallback: true }).agency).toBeNull();
  });
});

describe('readParties: agency names that contain label words', () => {
  it('keeps 某某招标代理有限公司 whole', () => {
    const text = '1.采购人信息\n名 称:某市第一人民医院\n2.采购代理机构信息\n名 称:某某招标代理有限公司\n地 址:某省某市';
    expect(read(text)).toEqual({ buyer: '某市第一人民医院', agency: '某某招标代理有限公司' });
  });
});

describe('readParties: spaced labels, titles, project names and signatures', () => {
  it('reads a label spaced out to fill its cell, with the value on the next line', () => {
    expect(read('五、联系方式\n招 标 人:\n某市教育局(某市体育局)\n地    址:\n某市某路1号').buyer).toBe('某市教育局(某市体育局)');
    expect(read('采 购 单 位:某县人民医院').buyer).toBe('某县人民医院');
  });

  it('reads the buyer after a call for comments that opens the title', () => {
    expect(read('', '关于征集某通信有限公司某维保服务项目技术规范书意见的公告').buyer).toBe('某通信有限公司');
    expect(read('', '关于公开征求某县人民医院设备采购需求意见的公告').buyer).toBe('某县人民医院');
  });

  it('reads a township centre’s clinic or school in a title as one body', () => {
    expect(read('采购需求:DR设备1台', '某镇中心卫生院2027年7月政府采购意向').buyer).toBe('某镇中心卫生院');
    expect(read('', '某镇中心小学运动场改造工程招标公告').buyer).toBe('某镇中心小学');
    // A service centre is a body of its own.
    expect(read('', '某县政务服务中心小型设备采购公告').buyer).toBe('某县政务服务中心');
  });

  it('reads road and railway units named 段, never a 标段', () => {
    expect(read('招标人:某县公路管理段\n2027年6月14日').buyer).toBe('某县公路管理段');
    expect(read('项目业主为某县公路管理段,建设资金来自车购税。').buyer).toBe('某县公路管理段');
    expect(read('招标人:第一标段').buyer).toBeNull();
  });

  it('reads a railway depot or a mine after its group company to the unit, not to the 公司', () => {
    expect(read('招标人:某铁路局集团有限公司某某车务段\n联系人:赵工').buyer).toBe('某铁路局集团有限公司某某车务段');
    expect(read('招标人为某铁路局集团有限公司某机务段,资金来源为大修资金。').buyer).toBe('某铁路局集团有限公司某机务段');
    expect(read('采购单位:某能源集团某煤业有限责任公司某某煤矿\n采购方式:询价').buyer).toBe('某能源集团某煤业有限责任公司某某煤矿');
    expect(read('采购单位:某石油天然气股份有限公司某油田分公司某某作业区\n电话:1').buyer).toBe(
      '某石油天然气股份有限公司某油田分公司某某作业区',
    );
    // A bare 作业区 names a place of work, not who buys.
    expect(read('采购人:某县水务局 某某作业区').buyer).toBe('某县水务局');
  });

  it('reads the addressee of an approval that opens with the title of the request it answers', () => {
    const body =
      '文件编号:\n\n发布时间:\n\n某省林业和草原局:\n\n《某省林业和草原局关于申报某防火站建设项目的请示》(某林字〔2027〕8号)收悉。';
    expect(read(body, '', false).buyer).toBe('某省林业和草原局');
    // A field list with a book title in it is no letter.
    expect(read('项目名称:\n《某县志》编纂出版服务', '', false).buyer).toBeNull();
  });

  it('reads the addressee of an approval that opens with 报来', () => {
    expect(read('某县某镇人民政府:\n报来《关于某周转房建设工程初步设计概算的函》收悉。', '', false).buyer).toBe('某县某镇人民政府');
  });

  it('reads the buyer from a title an agency heads, a doubled name once, a bracket closed', () => {
    expect(read('', '[某市本级]某某招标咨询有限公司关于某市人民医院就其某系统项目公开招标变更公告').buyer).toBe('某市人民医院');
    expect(read('', '某市第三人民医院某市第三人民医院某系统项目废标公告').buyer).toBe('某市第三人民医院');
    expect(read('', '某大学附一院(某省立医院)智慧手术室项目变更通知').buyer).toBe('某大学附一院(某省立医院)');
  });

  it('reads the buyer a change notice’s project name opens with', () => {
    expect(read('一、项目基本情况\n原公告的采购项目名称:某县人民医院更衣柜采购项目\n首次公告日期:2027年3月30日').buyer).toBe(
      '某县人民医院',
    );
  });

  it('reads the signer above the closing date, unless it is an agency or the notice is a press report', () => {
    expect(read('请各投标单位按重新发布的公告参加投标。\n某县水务局\n2027年3月1日').buyer).toBe('某县水务局');
    expect(read('感谢您的支持和理解。\n\n某某实业发展有限公司\n\n2027年1月30日').buyer).toBe('某某实业发展有限公司');
    expect(read('特此公告。\n某某招标代理有限公司\n2027年3月1日').buyer).toBeNull();
    expect(read('经研究,同意立项。\n某县发展和改革局\n2027年3月1日', '', false).buyer).toBeNull();
  });

  it('reads the buyer after the year or an opening bracket of a title, and 保健院', () => {
    expect(read('', '2027年某通信集团某市分公司某区新建机房项目询比采购公告').buyer).toBe('某通信集团某市分公司');
    expect(read('', '( 某市某区税务局2028年物业管理服务 )需求公示').buyer).toBe('某市某区税务局');
    expect(read('', '某区妇幼保健院手术权限管理系统竞争性磋商公告').buyer).toBe('某区妇幼保健院');
  });

  it('reads Hong Kong departments, from a label or from a title saying whom it supplies', () => {
    expect(read('为某署供应一批物品\n招标编号:AB/PT/1\n发布部门:消防处\n截标日期:2027-08-25').buyer).toBe('消防处');
    expect(read('', '为水务署某大楼提供保安员服务').buyer).toBe('水务署');
    expect(read('', '为香港海关某管制站提供洁净服务').buyer).toBe('香港海关');
  });

  it('reads a hotel buyer that an agency acts for', () => {
    expect(read('某某工程咨询有限公司受某某投资发展有限公司某某大酒店委托,就布草洗涤项目进行公开招标').buyer).toBe(
      '某某投资发展有限公司某某大酒店',
    );
  });

  it('prefers a plan-table cell that is a name over a neighbouring project name', () => {
    const table =
      '序号\n| 项目名称\n| 建设单位(招标人)\n| 项目概况\n| 招标方式\n1\n| 某市中心城区社区服务设施提升改造项目\n| 监理\n| 某市国有资产投资集团有限公司\n| 改建闲置房屋\n| 公开招标';
    expect(read(table).buyer).toBe('某市国有资产投资集团有限公司');
  });

  it('names the hospital, not its campus, when a title opens with both', () => {
    expect(read('', '某市工人医院某山院区介入治疗室行为管理系统市场调研公告').buyer).toBe('某市工人医院');
  });

  it('keeps a hospital’s second name in brackets after it', () => {
    expect(read('', '关于某市人民医院(某市第四医院)手术智能柜租赁项目更正公告').buyer).toBe('某市人民医院(某市第四医院)');
    expect(read('', '某市中医医院(中西医结合医院)手术室设备采购公告').buyer).toBe('某市中医医院(中西医结合医院)');
    expect(read('', '某市人民医院(二期)手术室设备采购公告').buyer).toBe('某市人民医院');
  });

  it('reads Taiwan’s 机关名称 as the buyer and an enterprise platform’s 招标机构 as the agency', () => {
    expect(read('机关名称:某市某区公所\n标案案号:FS1160412\n得标厂商:某营造有限公司').buyer).toBe('某市某区公所');
    expect(read('招标人:某油田分公司\n招标机构:某某国际招标有限公司\n开标时间:2027年4月12日')).toEqual({
      buyer: '某油田分公司',
      agency: '某某国际招标有限公司',
    });
  });

  it.each([
    '中共某县委党校',
    '四川省某某监狱',
    '某市气象台',
    '某州广播电视台',
    '国有某某林场',
    '黑龙江省某某农场',
    '某市人民公园',
    '某市某某水库',
  ])('reads a %s as a buyer', (name) => {
    expect(read(`采购人:${name}\n成交供应商:甲科技有限公司`).buyer).toBe(name);
  });

  it('reads the buyer a heading opens the body with, when the title opens with a place', () => {
    const title = '某省某市某区2026年高标准农田建设项目勘察设计中标候选人公示';
    const text = `${title}\n某市某区农业农村局2026年高标准农田建设项目勘察设计\n评标结果公示\n排名 | 单位名称 | 报价`;
    expect(read(text, title).buyer).toBe('某市某区农业农村局');
    expect(read(`${title}\n项目概况:某市某区农业农村局…`, title).buyer).toBeNull();
    expect(read('某项目结果公告\n甲科技有限公司以125,000.00元的报价成交。', '某项目结果公告').buyer).toBeNull();
  });
});

describe('readParties: results told in one sentence', () => {
  it('never reads the name a 招标人 decides on as the buyer', () => {
    expect(read('经评标委员会评审，招标人确定甲建设工程有限公司为中标人。', '', false).buyer).toBeNull();
    expect(read('采购人拟定乙科技有限公司为成交供应商。', '', false).buyer).toBeNull();
  });

  it('reads whose project it was from a sentence that opens with "某单位的某工程"', () => {
    const title = '某市某区老旧小区改造工程中标结果公告';
    const text = `${title}\n某市某区住房和城乡建设局的老旧小区改造工程(项目编号：X-2027-031)于2027年7月2日开标，确定甲建设有限公司为中标人。`;
    expect(read(text, title).buyer).toBe('某市某区住房和城乡建设局');
    // A company's own project told in a sentence does not name a buyer this way.
    expect(read(`${title}\n甲建设有限公司的报价为100万元。`, title).buyer).toBeNull();
  });
});

describe('readParties: selecting bodies and site offices', () => {
  it('reads 征集人 (who sets up a framework agreement) as the buyer', () => {
    expect(read('三、征集人：某市财政局\n四、集中采购机构：某市政府采购中心').buyer).toBe('某市财政局');
    expect(read('被征集人应在期限内响应\n采购人：某区人民医院').buyer).toBe('某区人民医院');
  });

  it('reads a buyer’s or an agency’s name wrapped onto the next line', () => {
    expect(read('采购人：某市某区消\n防救援大队\n代理机构：某某项目\n管理有限公司\n长按识别二维码')).toEqual({
      buyer: '某市某区消防救援大队',
      agency: '某某项目管理有限公司',
    });
  });

  it('reads 遴选单位 as the buyer, without its role in the group it leads', () => {
    expect(read('遴选编号:X-01\n遴选单位:某县人民医院(某县医疗共同体牵头单位)\n遴选结果:').buyer).toBe('某县人民医院');
  });

  it('keeps a contractor’s 项目经理部 whole', () => {
    expect(read('采购单位:甲建设集团有限公司某市某小区改造项目经理部\n项目地点:某市').buyer).toBe(
      '甲建设集团有限公司某市某小区改造项目经理部',
    );
    // 项目经理 on its own still opens a field of its own.
    expect(read('中标人:乙建设有限公司项目经理:张三\n招标人:某县住房和城乡建设局').buyer).toBe('某县住房和城乡建设局');
  });

  it('drops where a buyer sits, in brackets after its name', () => {
    expect(read('招标人：甲化工有限公司（某县某工业园区）\n联系人：马工').buyer).toBe('甲化工有限公司');
    expect(read('采购人：乙煤业有限公司（某县某镇）\n代理机构：丙招标代理有限公司').buyer).toBe('乙煤业有限公司');
  });

  it('drops a street address in brackets after an agency’s name, labelled or not (text as normalised)', () => {
    expect(read('采购人:某镇人民政府\n采购代理机构:甲项目管理有限公司(某市某区人民西路318号)').agency).toBe('甲项目管理有限公司');
    expect(read('招标人:某局\n招标代理:乙咨询有限公司(住所:某市某区民族大道136号)').agency).toBe('乙咨询有限公司');
    // A long road is numbered by its parts (段) before the house number.
    expect(read('采购人:某医院\n代理机构:丙招标代理有限公司(某市某区某中路二段98号)').agency).toBe('丙招标代理有限公司');
    // A bracket that is part of the name stays.
    expect(read('招标人:某局\n招标代理:丙工程咨询事务所(普通合伙)').agency).toBe('丙工程咨询事务所(普通合伙)');
  });
});

describe('readParties: a public purchasing centre acting for the buyer', () => {
  it('reads the centre as the agency, past the short-name notes of both parties', () => {
    const text = '某省政府采购中心（以下简称“招标代理机构”）受某大学附属医院（以下简称“招标人”）的委托，对某维护服务进行公开招标';
    expect(read(text, '', false)).toEqual({ buyer: '某大学附属医院', agency: '某省政府采购中心' });
    expect(read('某市公共资源交易中心受某市第一中学委托，对某项目进行询价采购', '', false)).toEqual({
      buyer: '某市第一中学',
      agency: '某市公共资源交易中心',
    });
  });
});

describe('readParties: owners of planned works and purchases', () => {
  it('reads who invests in the works of a press report, never who builds them or a description', () => {
    expect(read('该项目由甲能源集团有限公司投资建设，总投资12亿元。', '', false).buyer).toBe('甲能源集团有限公司');
    expect(read('项目由甲建工集团有限公司承建，总投资3亿元。', '', false).buyer).toBeNull();
    expect(read('该项目由县属国有平台公司投资建设。', '', false).buyer).toBeNull();
  });

  it('reads an owner whose name holds the verb (某开发建设有限公司投资建设) whole, and a bureau that 组织实施 its works', () => {
    expect(read('该项目由乙园区开发建设有限公司投资建设，总投资4.8亿元。', '', false).buyer).toBe('乙园区开发建设有限公司');
    expect(read('工程全长28公里，由丙县交通运输局组织实施，2027年开工。', '', false).buyer).toBe('丙县交通运输局');
    expect(read('项目由丙县援藏工作队组织建设，总投资3000万元。', '', false).buyer).toBe('丙县援藏工作队');
    expect(read('项目由丁建设工程有限公司建设，工期一年。', '', false).buyer).toBeNull();
  });

  it('reads 申报单位 of an approval and the 预算单位 of an intent, not its 主管预算单位', () => {
    expect(read('申报单位：丁新能源有限公司\n总投资：5亿元', '', false).buyer).toBe('丁新能源有限公司');
    expect(read('主管预算单位：某市卫生健康委员会\n预算单位：某市人民医院\n预算金额：500万元', '', false).buyer).toBe('某市人民医院');
  });
});

describe('readParties: a signature as re-publishers print it', () => {
  it('reads the signer before a date with its figures left out, past page links, on the line of the last sentence', () => {
    expect(read('本次招标作流标处理。 某市环保科技城管理委员会 年月日\n快捷阅读').buyer).toBe('某市环保科技城管理委员会');
    expect(read('特此通知\n某县水务局 2027年3月1日').buyer).toBe('某县水务局');
  });

  it('takes no field before a date for a signer', () => {
    expect(read('开标时间 2027年3月1日').buyer).toBeNull();
  });
});

describe('readParties: the company a dated press report opens with', () => {
  it('reads the company whose project the report is about', () => {
    const body = '某项目获核准\n10月28日，甲电力新能源开发有限公司某风电项目获得省发展改革委核准，核准容量49.9兆瓦。';
    expect(read(body, '', false).buyer).toBe('甲电力新能源开发有限公司');
    expect(read('某项目开工\n近日，丙能源有限公司年产5万吨新材料项目在某镇开工。', '', false).buyer).toBe('丙能源有限公司');
  });

  it('never reads a company that wins, builds or signs for the works as the owner', () => {
    expect(read('10月28日，乙建设集团有限公司中标某县城区道路改造工程。', '', false).buyer).toBeNull();
    expect(read('10月28日，戊建工集团有限公司承建的某医院项目主体封顶。', '', false).buyer).toBeNull();
  });
});

describe('readParties: labels in English', () => {
  it('reads Tenderee, Purchaser and Tendering Agent as fields with their colon', () => {
    expect(read('Tenderee: 青禾县水务局\nTendering Agent: 远山国际招标有限公司', '', false)).toEqual({
      buyer: '青禾县水务局',
      agency: '远山国际招标有限公司',
    });
    expect(read('Purchaser：青禾县人民医院', '', false).buyer).toBe('青禾县人民医院');
    expect(read('The buyer will sign the contract with 远山科技有限公司.', '', false).buyer).toBeNull();
  });
});

describe('readParties: buyer in plan tables and award letters', () => {
  it('joins a buyer name a narrow plan-table column wrapped onto two lines', () => {
    const text =
      '序号\n| 项目名称\n| 建设\n单位（或招标人）\n| 项目概况\n| 预计\n招标时间\n1\n| 青禾县河道清淤工程\n| 青禾县水利\n管理局\n| 清淤约3公里\n| 2027年5月';
    expect(read(text, '', false).buyer).toBe('青禾县水利管理局');
  });

  it('reads who sent the award letter in a winner’s own announcement', () => {
    const text = '近日，远山路桥股份有限公司收到青禾市城乡交通投资集团有限公司发来的《中标通知书》，公司成为某大桥工程的中标人。';
    expect(read(text, '', false).buyer).toBe('青禾市城乡交通投资集团有限公司');
    expect(read('公司收到某某招标代理有限公司发出的中标通知书。', '', false).buyer).toBeNull();
  });
});

describe('readParties: a result that cites its grounds, and a winner’s track record', () => {
  it('reads whose works it was after "根据…的规定，", across wrapped lines', () => {
    const text =
      '某市工程建设项目中标人公告\n编号：Q2027001\n根据有关法律法规和该工程招标文件的规定，\n青禾文旅开发有限公司\n的\n青禾湖游客中心装修工程\n中标候选人公示已经结束，现将中标人公告如下：\n中标人名称\n远山装饰有限公司';
    expect(read(text, '青禾湖游客中心装修工程').buyer).toBe('青禾文旅开发有限公司');
  });

  it('never reads the 申报单位 of a winner’s similar work or award as the buyer', () => {
    const text = '中标人名称\n远山装饰有限公司\n企业类似业绩\n项目名称\n某小区装饰工程\n奖项名称\n类似业绩\n申报单位\n远山装饰有限公司';
    expect(read(text, '', false).buyer).toBeNull();
    expect(read('项目名称：某村道路硬化工程\n申报单位：青禾县某镇人民政府', '', false).buyer).toBe('青禾县某镇人民政府');
  });
});

describe('readParties: the body a change names after citing its grounds', () => {
  it('reads who is to change its own contract, over an older name in the title', () => {
    const text =
      '青禾大学东湖医院病房家具采购合同公示 依据《某市财政局关于加强合同备案管理的通知》有关规定，青禾大学附属南岸医院拟对青禾大学东湖医院病房家具采购合同部分条款进行变更';
    expect(read(text, '青禾大学东湖医院病房家具采购合同公示').buyer).toBe('青禾大学附属南岸医院');
    expect(read('根据有关规定，现将结果公示如下：\n中标人：远山科技有限公司', '').buyer).toBeNull();
  });
});

describe('readParties: a dated report of a body holding its own purchase', () => {
  it('reads the school that holds a purchase, never a company that wins it', () => {
    const text = '3月9日，青禾县东街小学校在学校会议室进行学生床铺采购竞争性谈判，三家公司参加。';
    expect(read(text, '', false).buyer).toBe('青禾县东街小学校');
    expect(read(`为改善就餐条件，${text}`, '', false).buyer).toBe('青禾县东街小学校');
    expect(read('3月9日，远山家具有限公司在青禾县东街小学校的采购中成交。', '', false).buyer).toBeNull();
  });

  it('reads a body holding the review or the talks of its own purchase, never an agency holding them (own-b69)', () => {
    expect(read('2029年5月9日，青禾市第一人民医院在我院行政楼会议室组织了本项目的院内谈判。', '', false).buyer).toBe('青禾市第一人民医院');
    expect(read('2029年3月20日，中国电信股份有限公司青禾分公司在本公司会议室组织了本项目的评审。', '', false).buyer).toBe(
      '中国电信股份有限公司青禾分公司',
    );
    expect(read('2029年3月20日，青禾远山招标代理有限公司在本公司开标室组织了本项目的开标。', '', false).buyer).toBeNull();
  });
});

describe('readParties: a finance authority answering a request about another body’s purchase', () => {
  it('reads the body whose project the request names, in full, never the finance bureau', () => {
    const text =
      '青禾市东岸区财政局:\n你单位《关于区文化和旅游局2027年灯会活动项目申请采用竞争性磋商方式采购的请示》收悉。现答复如下:\n青禾市东岸区文化和旅游局2027年灯会活动项目同意采用竞争性磋商方式采购。';
    expect(read(text, '', false).buyer).toBe('青禾市东岸区文化和旅游局');
    expect(read('某镇人民政府：\n你单位报来的《某村道路工程的请示》收悉。', '', false).buyer).toBe('某镇人民政府');
  });
});

describe('readParties: agency labels ending in 单位 or 人', () => {
  it('reads 招标代理单位 and 采购代理人 without the label’s tail', () => {
    expect(read('招标人：青禾县城投有限公司\n招标代理单位：远山工程项目管理有限公司\n联系人：李', '', false).agency).toBe(
      '远山工程项目管理有限公司',
    );
    expect(read('采购人：青禾县水务局\n采购代理人：远山招标咨询有限公司\n地址：某路', '', false).agency).toBe('远山招标咨询有限公司');
  });
});

describe('readParties: an agency named in the title', () => {
  it('reads an agency in brackets at the end of a title, or opening it after the day', () => {
    expect(read('中标金额：10万元', '关于青禾县医院病房家具采购的中标结果公告[远山招标代理有限公司]', false).agency).toBe(
      '远山招标代理有限公司',
    );
    expect(read('中标金额：10万元', '2027年3月1日远山工程咨询有限公司监控系统中标结果公告', false).agency).toBe('远山工程咨询有限公司');
    expect(read('中标金额：10万元', '青禾县医院病房家具采购公告[青禾县医院]', false).agency).toBeNull();
  });
});

describe('readParties: a call for comments in the title', () => {
  it('reads whoever calls for comments, not the unit after the verb', () => {
    expect(read('采购内容：见文件', '青禾电信征集东岸分公司2027年机房改造项目技术规范意见的公告').buyer).toBe('青禾电信');
    expect(read('采购内容：见文件', '关于征集青禾县人民医院设备采购需求意见的公告').buyer).toBe('青禾县人民医院');
  });
});

describe('readParties: buyers and agencies that are hard to read', () => {
  it('reads the buyer before a comma and the agency after it ("受某局委托，某公司对…")', () => {
    expect(read('各潜在供应商：\n受某市某区综合行政执法局委托，某某招标代理有限公司对某运维服务项目进行公开招标。', '', false)).toEqual({
      buyer: '某市某区综合行政执法局',
      agency: '某某招标代理有限公司',
    });
  });

  it('reads names followed by their roles in brackets, and no label inside the bracket', () => {
    const text = '某市某区档案馆(采购人)委托某某鼎信招标代理有限公司(采购代理机构)就某项目以竞争性磋商方式进行采购';
    expect(read(text, '', false)).toEqual({ buyer: '某市某区档案馆', agency: '某某鼎信招标代理有限公司' });
  });

  it('keeps the lead of a joint purchase as the buyer', () => {
    expect(read('采购人：某区教育体育局(牵头单位)、某区卫生健康委员会\n预算金额：100万元').buyer).toBe('某区教育体育局');
  });

  it('reads 集采机构 as the agency’s label', () => {
    expect(read('采购人：某区教育体育局\n集采机构：某区政府采购中心\n联系人：某').agency).toBe('某区政府采购中心');
  });

  it('reads the body that means to buy in the opening sentence before a title’s place', () => {
    expect(read('某市某区某镇人民政府拟对某古镇游客中心办公家具采购项目进行询价。', '某古镇游客中心办公家具采购询价公告').buyer).toBe(
      '某市某区某镇人民政府',
    );
  });
});

describe('readParties: owners in press reports and bilingual notices', () => {
  it('reads a project’s 实施主体 or 建设主体 as its owner', () => {
    expect(read('项目实施主体为鄂尔多斯某某新材料科技有限公司，总投资46.5亿元。', '', false).buyer).toBe('鄂尔多斯某某新材料科技有限公司');
    expect(read('该项目建设主体为某县国有资产投资经营集团有限公司，由某某工程项目管理有限公司代建。', '', false).buyer).toBe(
      '某县国有资产投资经营集团有限公司',
    );
  });

  it('reads the body that 负责建设 the works, never one that builds it for the owner', () => {
    expect(read('该项目由某县城市资产经营有限公司负责建设，总投资3.2亿元。', '', false).buyer).toBe('某县城市资产经营有限公司');
    expect(read('该项目由某某工程项目管理有限公司代建，总投资3.2亿元。', '', false).buyer).toBeNull();
    expect(read('该项目由某县产业投资集团有限公司投资，总投资2亿元。', '', false).buyer).toBe('某县产业投资集团有限公司');
  });

  it("reads the company that 实施 the works (a builder's name aside), after a group's word for its subsidiary", () => {
    expect(read('项目总投资18亿元，由某某（英德）供应链有限公司实施，建设茶叶加工厂。', '', false).buyer).toBe(
      '某某（英德）供应链有限公司',
    );
    expect(read('该项目由某某路桥工程有限公司实施，工期两年。', '', false).buyer).toBeNull();
    expect(read('项目由集团全资附属公司广东某某智能厨电有限公司负责建设，预计投产。', '', false).buyer).toBe('广东某某智能厨电有限公司');
    expect(read('项目由其控股子公司某某新能源有限公司投资建设。', '', false).buyer).toBe('某某新能源有限公司');
  });

  it('reads the Hong Kong department that 负责推展 (負責推展) the works as their owner', () => {
    expect(read('工程由土木工程拓展署负责推展，主要包括约六十公顷的工地平整。', '', false).buyer).toBe('土木工程拓展署');
    expect(read('该体育馆由康乐及文化事务署负责兴建，设有主场馆一个。', '', false).buyer).toBe('康乐及文化事务署');
  });

  it('reads the body a report names 作为项目建设单位', () => {
    expect(read('6月26日，工程通水。某县水务局作为项目建设单位，会同设计、施工单位进行了检查。', '', false).buyer).toBe('某县水务局');
  });

  it('prefers the Chinese name of a party labelled in English first', () => {
    const text =
      'Employer: Hezhou Urban Construction Investment Development Co., Ltd.\n业主：贺州市某某投资开发有限公司\n招标代理机构：广西某某招标有限公司';
    expect(read(text).buyer).toBe('贺州市某某投资开发有限公司');
    expect(read('Employer: Hezhou Urban Construction Investment Development Co., Ltd.\nTel: 0774-5286xxxx').buyer).toBe(
      'Hezhou Urban Construction Investment Development Co., Ltd.',
    );
  });

  it('reads 甲方 as the buyer only when its note says it is the 采购人/发包人', () => {
    expect(read('合同编号：X-01\n甲方(采购人)：某县水务局\n乙方(供应商)：某水利工程有限公司').buyer).toBe('某县水务局');
    expect(read('甲方(发包人)：某镇人民政府\n乙方(承包人)：某建设有限公司').buyer).toBe('某镇人民政府');
    // A bare 甲方 may be a lessor or any other party to any agreement.
    expect(read('甲方：某物业管理有限公司\n乙方：某餐饮有限公司', '', false).buyer).toBeNull();
    // In a procurement notice (a contract notice) the 甲方 beside a 乙方 is the side that bought.
    expect(read('合同名称：环卫作业服务合同\n甲方：某街道办事处\n乙方：某环境有限公司').buyer).toBe('某街道办事处');
  });

  it('reads "由某公司建设，" as the owner unless the name is a builder\'s', () => {
    expect(read('该项目总投资12.8亿元，由某市开发投资集团有限公司建设，计划明年竣工。', '', false).buyer).toBe('某市开发投资集团有限公司');
    expect(read('该项目由某省建工集团有限公司建设，工期两年。', '', false).buyer).toBeNull();
    expect(read('该项目由某路桥工程有限公司建设。', '', false).buyer).toBeNull();
  });

  it('reads a name ending in 办公室 whole and the lessor (出租方, 招租人) of a lease let out as the buyer', () => {
    expect(read('建设单位：某区某街道城市建设和管理办公室\n施工单位：某市政工程有限公司').buyer).toBe('某区某街道城市建设和管理办公室');
    expect(read('采购人：某县人民政府办公室\n预算金额：10万元').buyer).toBe('某县人民政府办公室');
    expect(read('出租方：某市某区某街道办事处\n联系电话：0513-1').buyer).toBe('某市某区某街道办事处');
    expect(read('招租人：某县机关事务服务中心\n起始价：每年8万元').buyer).toBe('某县机关事务服务中心');
  });

  it('ends a name at the bracket that closes its label, and takes no office a body names as its own', () => {
    const scheme = '某农贸市场新建项目（建设单位：某区城市建设投资有限公司）规划设计方案已报我局审查。';
    expect(read(scheme, '', false).buyer).toBe('某区城市建设投资有限公司');
    const held = '2029年5月9日，我院采购管理办公室组织对本项目进行院内竞争性谈判。';
    expect(read(held, '', false).buyer).not.toBe('我院采购管理办公室');
  });
  it('takes the buyer of a complaint ruling from those complained against, not the finance bureau heading it', () => {
    const text = '投诉人：甲信息技术有限公司\n被投诉人：某区教育局、某招标代理有限公司\n处理决定：驳回投诉。\n某区财政局\n2029年8月27日';
    expect(read(text, '某区财政局政府采购投诉处理决定书').buyer).toBe('某区教育局');
  });
});

describe('readParties: Macau’s 招标实体 (own-b76)', () => {
  it('reads the 招标实体 field as the buyer', () => {
    expect(read('招标实体：公共建设局\n公开招标编号：DSOP/OP/2030/027').buyer).toBe('公共建设局');
  });
});

describe('readParties: Macau’s 招標實體', () => {
  it('reads the 招标实体 of a Macau tender as its buyer', () => {
    expect(read('招标实体：某某建设局\n招标方式：公开招标\n截标日期及时间：2030年1月9日').buyer).toBe('某某建设局');
  });
});

describe('readParties: Macau’s 諮詢實體 (own-b150)', () => {
  it('reads the 咨询实体 of a Macau 公开咨询 (a call for quotes) as its buyer', () => {
    expect(read('咨询实体：某某署\n咨询编号：XX/CC/2037/01\n递交报价单截止日期：2037年7月10日').buyer).toBe('某某署');
  });
});

describe('readParties: the procuring party among other bodies', () => {
  it('reads Hong Kong’s 采购实体 (採購實體) as the buyer', () => {
    expect(read('采购实体：某某处\n合约编号：GLSD/2030/01\n获批承办商：甲工程有限公司').buyer).toBe('某某处');
  });

  it('prefers the 采购人 to a 使用单位 or 需求单位 named before it', () => {
    expect(read('使用单位：某县人民医院检验科\n采购人：某县人民医院\n联系人：李主任').buyer).toBe('某县人民医院');
    expect(read('需求单位：某厂生产技术处\n采购人：某某化工有限公司').buyer).toBe('某某化工有限公司');
  });

  it('reads the 招标人 even where a 项目业主 hands the tendering to its 代建单位', () => {
    const text =
      '某学校改扩建工程（项目业主：某区教育局）由某区代建中心担任招标人，现进行招标。\n招标人：某区政府投资项目代建中心\n代理机构：某某项目管理有限公司';
    expect(read(text).buyer).toBe('某区政府投资项目代建中心');
  });

  it('does not read a 招标人 sentence on through 委托 into its agent’s name', () => {
    const text = '现由招标人某镇卫生院委托某某工程咨询有限公司对该项目施工进行公开招标。\n招 标 人：某镇卫生院\n地址：某路1号';
    expect(read(text).buyer).toBe('某镇卫生院');
  });

  it('reads each party from the 名称 column of a contact table whose first column is the role', () => {
    const text =
      '角色 | 名称 | 地址 | 联系人 | 电话\n采购人 | 某市某街道办事处 | 某村 | 林先生 | 0591-1234567\n采购代理机构 | 某某项目管理有限公司 | 某路158号 | 陈女士 | 0591-7654321';
    expect(read(text, '某街道社区养老服务照料中心运营服务项目磋商公告')).toEqual({
      buyer: '某市某街道办事处',
      agency: '某某项目管理有限公司',
    });
  });

  it('reads no agency where the field is masked as (略)', () => {
    expect(read('采购人：某县***局\n采购代理机构:(略)\n预算金额:***万元').agency).toBeNull();
  });
});

describe('readParties: a name masked as (略)', () => {
  it('reads no agency when the site hides it, not the line below', () => {
    expect(read('采购人：某市某局\n代理机构：(略)\n更多详情请登录会员查看').agency).toBeNull();
  });
  it('still drops a note on the label before the name', () => {
    expect(read('采购人：某市某局\n代理机构(盖章)：某某招标代理有限公司').agency).toBe('某某招标代理有限公司');
  });
});

describe('readParties: buyers named outside a tidy form', () => {
  it('reads the body a purchase is for (根据某单位的需要), never an act or the agency', () => {
    expect(read('根据某州人民医院的需要，某某招标咨询有限公司对某设备采购项目进行公开招标。').buyer).toBe('某州人民医院');
    expect(read('根据工作需要，现对办公家具进行询价。', '', false).buyer).toBeNull();
    expect(read('根据某某招标咨询有限公司的安排，现对某项目进行询价。', '', false).buyer).toBeNull();
  });

  it('drops the role an agency sentence gives before the buyer’s name', () => {
    const text = '某某工程咨询有限公司受项目业主某市某区住房和城乡建设局委托，对某工程进行公开招标。';
    expect(read(text, '', false)).toEqual({ buyer: '某市某区住房和城乡建设局', agency: '某某工程咨询有限公司' });
    expect(read('受建设单位某县水利局委托，某某项目管理有限公司对某工程施工进行公开招标。', '', false).buyer).toBe('某县水利局');
  });

  it('reads a buyer named as the short name the notice goes on to use (以下简称“采购人”)', () => {
    expect(read('某市某区人民医院(以下简称“采购人”)拟采购一批医用冷链设备。', '', false).buyer).toBe('某市某区人民医院');
  });

  it('reads 采购机关 (Taiwan’s 採購機關) as the buyer beside its 招标机构', () => {
    expect(read('采购机关：某市政府水利局\n招标机构：某市政府采购处')).toEqual({ buyer: '某市政府水利局', agency: '某市政府采购处' });
  });

  it('reads the 采购单位 before a 需求单位 listed above it, and a 需求单位 alone', () => {
    expect(read('需求单位：某供电公司设备管理部\n采购单位：某省电力有限公司某供电公司').buyer).toBe('某省电力有限公司某供电公司');
    expect(read('需求单位：某县第一中学\n预算：10万元').buyer).toBe('某县第一中学');
  });

  it('reads a buyer after an aggregator’s tag that holds its label', () => {
    expect(read('【项目编号】X-2030-01\n【采购人】某县水务局\n【成交供应商】某建设工程有限公司', '', false).buyer).toBe('某县水务局');
  });

  it('reads a change’s buyer from the name of the notice it corrects', () => {
    const text = '一、原公告名称：某市某区教育局智慧黑板采购项目公开招标公告\n二、更正内容：…\n某某招标代理有限公司\n2030年7月5日';
    expect(read(text, '更正公告').buyer).toBe('某市某区教育局');
  });
});

describe('readParties: Hong Kong’s 采购部门 and Macau’s 判给实体 (own-b104)', () => {
  it('reads the department bought for and the awarding body as the buyer', () => {
    expect(read('招标编号：GLSD/DH/2031/07\n货品／服务：供应某设备\n采购部门：卫生署\n截标日期及时间：2031年5月16日').buyer).toBe('卫生署');
    expect(read('判给实体：市政署\n公开招标编号：IAM/OP/2031/04\n判给对象：某某建筑置业有限公司').buyer).toBe('市政署');
  });

  it('leaves 采购部门 inside a sentence alone', () => {
    expect(read('请各采购部门：按时报送计划。').buyer).toBeNull();
  });
});

describe('readParties: PPP and concession procurements', () => {
  it('reads the 项目实施机构 (实施机构) as the buyer, never the 政府方出资代表 or a 咨询机构', () => {
    expect(read('项目编号：P-01\n项目实施机构：某某区水务局\n政府方出资代表：某某水务投资有限公司').buyer).toBe('某某区水务局');
    expect(read('实施机构：某某市城市管理局\n采购代理机构：某某项目管理有限公司')).toEqual({
      buyer: '某某市城市管理局',
      agency: '某某项目管理有限公司',
    });
    expect(read('项目实施机构为某某县交通运输局，政府方出资代表为某某县城投公司。').buyer).toBe('某某县交通运输局');
    expect(read('咨询实施机构：某某咨询有限公司\n政府方出资代表：某某城投有限公司', '', false).buyer).toBeNull();
  });
});

describe('readParties: village and township projects', () => {
  it('reads the 项目实施单位 as the buyer, never a 施工 or 监理 实施单位', () => {
    expect(read('项目名称：大坪村茶叶基地产业路\n项目实施单位：某某县官舟镇人民政府\n补助资金：75万元', '', false).buyer).toBe(
      '某某县官舟镇人民政府',
    );
    expect(read('实施单位：某某县某镇某村村民委员会\n施工单位：某某建筑有限公司', '', false).buyer).toBe('某某县某镇某村村民委员会');
    expect(read('施工实施单位：某某建筑有限公司\n监理实施单位：某某监理有限公司', '', false).buyer).toBeNull();
  });
});

describe("readParties: a company's supplier portal", () => {
  it('reads the 采购组织 field as the buyer, never 采购组织形式', () => {
    expect(read('询价单号：RFQ-01\n采购组织：华亿电器（芜湖）有限公司\n项目名称：厂房屋面翻新').buyer).toBe('华亿电器（芜湖）有限公司');
    expect(read('采购人：某县人民医院\n采购组织形式：分散采购').buyer).toBe('某县人民医院');
  });

  it("cuts the group's unit written in brackets after the registered name", () => {
    expect(read('招标单位：西安某某房地产开发有限公司（某某地产西北区域）\n项目名称：土方工程').buyer).toBe('西安某某房地产开发有限公司');
  });
});

describe('readParties: a village signature with contact lines below it (own-b163)', () => {
  it('reads the signer above the date past 监督电话 and 联系人 lines', () => {
    expect(read('现予公示，公示期5天。\n某镇某村村民委员会\n2038年5月27日\n监督电话：0354-5xxxxxx').buyer).toBe('某镇某村村民委员会');
    expect(read('特此公告。\n某镇某村村民委员会\n2038年5月27日\n联系人：李某\n联系电话：0354-5xxxxxx').buyer).toBe('某镇某村村民委员会');
  });
});
