import { toMatchText } from '@app/text';
import { bodySections } from './body-sections';

describe('bodySections', () => {
  it('moves the agency section and its address out of the main text', () => {
    const s = bodySections('采购人信息|名称:焦作市青少年体育训练中心|地址:焦作市解放中路|2.采购代理机构信息|名称:某公司|地址:郑州市金水区');
    expect(s.main).toContain('焦作市解放中路');
    expect(s.main).not.toContain('郑州市');
    expect(s.otherParties).toContain('郑州市金水区');
  });

  it('ends an other-party section at the next buyer or contact label', () => {
    const s = bodySections('中标人:成都某公司|项目联系方式|地址:泸定县');
    expect(s.otherParties).toContain('成都某公司');
    expect(s.otherParties).not.toContain('泸定');
    expect(s.main).toContain('泸定县');
  });

  it('ends a winner section at the buyer’s own address given by its kind (学校地址, 医院地址)', () => {
    const s = bodySections('成交供应商：临沂某医疗设备有限公司|公示期3天|医院地址：临沂市兰山区解放路27号');
    expect(s.otherParties).toContain('临沂某医疗设备有限公司');
    expect(s.main).toContain('兰山区');
    expect(bodySections('其他响应供应商：广州某科技有限公司|学校地址：海口市美兰区某路58号').main).toContain('美兰区');
  });

  it('ends a winner section at the campus a multi-site university or hospital buys for (校区地址, 院区地址)', () => {
    expect(bodySections('成交供应商：郑州某科技有限公司|公示期：7月10日至7月14日(校区地址：伊川县白沙镇)').main).toContain('伊川县');
    expect(bodySections('供应商：广州某医疗器械有限公司|院区地址：某市南沙区某路8号').main).toContain('南沙区');
  });

  it('keeps an agency’s 单位地址 in its section', () => {
    const s = bodySections('采购代理机构信息|单位名称：某设备成套股份有限公司|单位地址：南京市鼓楼区某路18号');
    expect(s.otherParties).toContain('鼓楼区');
    expect(s.main).not.toContain('鼓楼区');
  });

  it('ends a winner section at the buyer named 采购单位 or 招标单位', () => {
    const s = bodySections('中标供应商:南京某医疗器械有限公司|中标金额:人民币83.28万元|采购单位地址:江苏省南京市秦淮区');
    expect(s.otherParties).toContain('南京某医疗器械有限公司');
    expect(s.main).toContain('江苏省南京市秦淮区');
    expect(bodySections('中标人:成都某公司|招标单位:泸定县某局').main).toContain('泸定县某局');
  });

  it('ends a winner section at a site label and reads the site as key text', () => {
    const s = bodySections('成交供应商:福建某科技有限公司|地址:福州市鼓楼区五四路|主要标的信息:智能平板|交货地点:南京市鼓楼区各中小学');
    expect(s.otherParties).toContain('福州市鼓楼区');
    expect(s.otherParties).not.toContain('南京');
    expect(s.key).toBe('南京市鼓楼区各中小学');
  });

  it('reads the firms of a drug or device purchase (中选企业, 生产企业, 生产地址, 配送企业) as other parties', () => {
    const s = bodySections(
      '按照湖北省医疗保障局牵头组织的联盟采购安排|拟中选企业:武汉某药业有限公司(品种:某颗粒;生产地址:吉林省通化市东昌区)',
    );
    expect(s.main).toContain('湖北省');
    expect(s.otherParties).toContain('吉林省通化市');
    expect(s.main).not.toContain('通化');
    const t = bodySections('议价产品:某导管|投标企业:长沙某医疗器械有限公司|生产企业:苏州某医疗科技有限公司(江苏省苏州市)');
    expect(t.main).not.toContain('苏州');
    expect(t.otherParties).toContain('江苏省苏州市');
  });

  it('reads a contract notice’s 乙方 and its address as another party, up to the 甲方', () => {
    const s = bodySections('甲方:青田县某街道办事处|乙方:温州某建设有限公司|乙方地址:温州市鹿城区学院路|合同金额:38万元');
    expect(s.main).toContain('青田县');
    expect(s.otherParties).toContain('温州市鹿城区');
    expect(s.main).not.toContain('温州');
    const first = bodySections('乙方(供应商):合肥某科技有限公司,合肥市蜀山区|甲方(采购人):舒城县某中学');
    expect(first.otherParties).toContain('合肥市蜀山区');
    expect(first.main).toContain('舒城县某中学');
  });

  it('moves a candidate’s 业绩 and 奖项 tables out of the main text up to the evaluation account', () => {
    const rows = '|某设计有限公司|佛山市顺德区某地块新建厂房设计|39.16|胡某|'.repeat(12);
    const body = `二、评标结果|中标候选人名称|某设计有限公司|业绩|单位名称|项目名称|合同金额(万元)|项目负责人${rows}奖项|单位名称|奖项名称|某设计有限公司|2024年佛山市优秀勘察设计项目|评标情况|评标工作在宜昌市夷陵区公共资源交易中心进行`;
    const s = bodySections(body);
    expect(s.main).not.toContain('佛山');
    expect(s.main).toContain('宜昌市夷陵区');
  });

  it('does not treat a heading such as 中标候选人公示 as a section', () => {
    expect(bodySections('中标候选人公示|五峰土家族自治县某项目').main).toContain('五峰');
  });

  it('reads a delivery site (配送地点) as key text, like a 交货地点', () => {
    const s = bodySections('一、项目名称:食堂食材配送服务|二、配送地点:某市南岸区某路66号|三、学校地址:某市北城区某街28号');
    expect(s.key).toContain('南岸区某路66号');
    expect(s.key).not.toContain('北城区');
  });

  it('moves venues and bank details out of the main text', () => {
    const s = bodySections('开标地点:南昌市红谷滩丰和大道1318号|开户银行:贵阳农村商业银行|工程地点:永修县');
    expect(s.main).not.toMatch(/南昌|贵阳/);
    expect(s.otherParties).toMatch(/南昌.*贵阳/);
  });

  it("moves an investor's seat (总部位于…的) out of the main text, and keeps the site", () => {
    const s = bodySections('总部位于深圳市南山区的某饮品集团与英德市签订投资协议,计划在英红镇建设基地');
    expect(s.main).not.toContain('南山区');
    expect(s.otherParties).toContain('深圳市南山区');
    expect(s.main).toContain('英德市签订投资协议');
    expect(bodySections('该公司注册地在杭州,项目位于龙游县').main).toContain('龙游县');
  });

  it('collects the values of buyer, project and site labels', () => {
    expect(bodySections('招标人|泸定县住房和城乡建设局|工程地点:泸定县城|其他').key).toBe('泸定县住房和城乡建设局|泸定县城');
  });
});

describe('bodySections: winners in run-together excerpts', () => {
  it('puts a supplier address without a colon with the other parties', () => {
    const body = toMatchText('三、中标(成交)信息供应商名称供应商地址中标金额某某科技有限公司浙江省余姚市某路28号9,299,188.12元');
    expect(bodySections(body).main).not.toContain('余姚');
    expect(bodySections(body).otherParties).toContain('余姚');
  });

  it('moves the lead of an excerpt cut inside a later section out of the main text', () => {
    const s = bodySections('某市某医疗器械有限公司;五、中标(成交)信息:包组A|六、主要标的信息');
    expect(s.main).not.toContain('某市');
    expect(s.otherParties).toContain('某市某医疗器械有限公司');
    const address = bodySections('某市某区海安路13号2307房J2i中标(成交)金额:253.8万元J2i四、主要标的信息');
    expect(address.main).not.toContain('某区');
  });

  it('keeps the lead of a notice that starts at its first heading or has none', () => {
    expect(bodySections('某县某局|一、项目基本情况|二、采购需求').main).toContain('某县某局');
    expect(bodySections('某县某局某设备采购项目成交公告').main).toContain('某县某局');
  });

  it('ends a winner section at a site named by what stands there (电站地址, 厂区地点) and reads it as key text', () => {
    const s = bodySections('中标人:某省某勘察院有限公司;某市某科技有限公司|中标价:100元|电站地址:某州某县某乡');
    expect(s.main).toContain('某州某县某乡');
    expect(s.otherParties).not.toContain('某州某县');
    expect(s.key).toContain('某州某县某乡');
    expect(bodySections('成交供应商:某公司|厂区地点:某县某工业园').key).toContain('某县某工业园');
  });

  it('ends an agency section at the site given by its street address (项目地址)', () => {
    const s = bodySections('代理单位:湖南某项目管理有限公司|项目地址:荷塘区新华西路199号|采购内容:座椅');
    expect(s.otherParties).toContain('湖南某项目管理有限公司');
    expect(s.main).toContain('荷塘区新华西路199号');
    expect(s.key).toBe('荷塘区新华西路199号');
  });

  it('ends a party section at 项目所在地 and reads it as key text', () => {
    const s = bodySections('代理单位:湖南某项目管理有限公司|地址:长沙市岳麓区某路1号|项目所在地:荷塘区');
    expect(s.otherParties).toContain('长沙市岳麓区');
    expect(s.main).toContain('荷塘区');
    expect(s.key).toBe('荷塘区');
  });

  it('starts an agency section at a bare 招标代理 or 采购代理 label', () => {
    const s = bodySections('招标人:龙沙镇人民政府|招标代理:重庆某咨询有限公司(渝北区金开大道68号)|变更内容:');
    expect(s.otherParties).toContain('渝北区');
    expect(s.main).not.toContain('渝北区');
    expect(bodySections('采购代理:某公司(南宁市青秀区)|采购人:某县某局').main).toContain('某县某局');
    expect(bodySections('招标代理机构费用:由中标人支付').otherParties).not.toContain('招标代理机构费用');
  });

  it('moves a 监理 or 施工单位 section and its address out of the main text', () => {
    const s = bodySections('比选人:永兴镇人民政府|中选价:536000元|监理单位:某监理有限公司|地址:遂宁市船山区|联系电话:0825-1234567');
    expect(s.otherParties).toContain('遂宁市船山区');
    expect(s.main).not.toContain('遂宁');
    expect(bodySections('施工单位:巴彦县某建筑有限公司|工期:60天').otherParties).toContain('巴彦县');
  });

  it('ends a party section at a foot signed by a 镇 government or a village body', () => {
    const s = bodySections('成交单位:英德市某建筑有限公司|成交价:326500元|雷州市白沙镇人民政府|2033年8月2日');
    expect(s.otherParties).toContain('英德市');
    expect(s.main).toContain('雷州市白沙镇人民政府');
    expect(bodySections('中标人:某公司|拜泉县龙泉镇某村村民委员会').main).toContain('拜泉县');
    // A label's value is no foot: the winner's line stays with the winner.
    expect(bodySections('中标人:某县某镇人民政府下属某公司').main).not.toContain('某县');
  });

  it('ends a supplier section at the next numbered item of a field list', () => {
    const s = bodySections('四、拟定供应商:郑州某仪器有限公司(原制造商)|五、理由:原厂封闭系统|八、联系地址:河南省郑州市金水区北环路36号');
    expect(s.otherParties).toContain('郑州某仪器有限公司');
    expect(s.main).toContain('金水区北环路');
    expect(bodySections('中标人:甲公司|地址:天河区某路1号|二级资质').otherParties).toContain('二级资质');
  });

  it('moves the complaining supplier, the contested one and the agency among the respondents out', () => {
    const s = bodySections(
      '投诉人:长沙某信息技术有限公司|地址:长沙市岳麓区麓谷大道1号|被投诉人一:某职业学院|地址:长沙市天心区芙蓉南路2号|被投诉人二:||地址:长沙市开福区湘江中路3号|相关供应商:株洲某科技有限公司',
    );
    expect(s.main).toContain('天心区');
    expect(s.main).not.toContain('岳麓区');
    expect(s.main).not.toContain('开福区');
    expect(s.otherParties).toContain('株洲某科技有限公司');
    expect(bodySections('被投诉人二:某招标咨询有限公司|地址:开福区').otherParties).toContain('开福区');
    expect(bodySections('异议人:某建设工程有限公司|地址:西工区|被质疑人:某局').main).not.toContain('西工区');
  });

  it('moves a trading centre’s bracketed address out of the main text, under any heading', () => {
    const s = bodySections(
      toMatchText('截止时间：2033年9月22日14点30分|地点：长沙市公共资源交易中心（长沙市岳麓区岳麓大道218号）|地址：长沙市天心区书院路9号'),
    );
    expect(s.main).toContain('长沙市公共资源交易中心');
    expect(s.main).not.toContain('岳麓区');
    expect(s.otherParties).toContain('岳麓区');
    expect(s.main).toContain('天心区');
  });

  it('ends a winner’s section at a unit’s signature over its date', () => {
    const s = bodySections('成交供应商:合肥某家具有限公司|供应商地址:合肥市蜀山区望江西路866号||蚌埠市禹会区教育体育局|2033年10月8日');
    expect(s.otherParties).toContain('蜀山区');
    expect(s.main).toContain('禹会区教育体育局');
    // A firm's name over a date stays in its section: a winner may be listed so.
    expect(bodySections('中标人:|合肥某家具有限公司|2033年10月8日').otherParties).toContain('合肥某家具有限公司');
  });
});
