import { locateRegion } from './region';

describe('locateRegion', () => {
  it('resolves region text to the most specific code with its names', () => {
    expect(locateRegion({ regionText: '重庆市渝中区', title: '', body: '' })).toEqual({
      code: '500103',
      path: ['重庆市', '渝中区'],
    });
  });

  it('falls back to the buyer and title', () => {
    expect(locateRegion({ buyer: '焦作市青少年体育训练中心', title: '某采购项目', body: '' })?.path.slice(0, 2)).toEqual([
      '河南省',
      '焦作市',
    ]);
  });

  it('does not let a contract notice’s 乙方 address outvote the 甲方', () => {
    const body = '合同编号:HT-01\n甲方:青田县某街道办事处\n乙方:温州某建设有限公司\n乙方地址:温州市鹿城区学院路22号\n合同金额:380,000.00元';
    expect(locateRegion({ title: '合同公告', body })?.path).toEqual(['浙江省', '丽水市', '青田县']);
  });

  it('is null when nothing names a place', () => {
    expect(locateRegion({ title: '某采购项目', body: '' })).toBeNull();
  });
});

describe('locateRegion: hints where no place is named', () => {
  it('takes the city of the buyer’s telephone area code', () => {
    const body = '采购人信息\n名称:某区实验小学\n联系电话:023-68123456\n代理机构信息\n名称:某咨询有限公司';
    expect(locateRegion({ title: '某小学课桌椅采购公告', body })?.path).toEqual(['重庆市']);
    expect(locateRegion({ title: '某局办公设备采购', body: '联系人:王工 电话:(0536)8123456' })?.path).toEqual(['山东省', '潍坊市']);
  });

  it('ignores the agency’s telephone', () => {
    const body = '采购代理机构:某招标咨询有限公司\n联系电话:010-88886666';
    expect(locateRegion({ title: '某医院设备采购', body })).toBeNull();
  });

  it('reads a buyer’s phone after 代理 in prose (a notice choosing agencies, 代理服务费由…支付)', () => {
    const body =
      '我所拟遴选3家采购代理机构，为我所提供代理服务。\n代理服务费由中标供应商支付，我所不另行支付。\n联系人：条件保障处 马老师\n电话：0931-496xxxx';
    expect(locateRegion({ title: '某研究所采购代理机构遴选公告', body })?.path).toEqual(['甘肃省', '兰州市']);
    // A block the agency's label or company opens is still the agency's.
    expect(locateRegion({ title: '某研究所设备采购', body: '采购代理机构\n名称：某某招标有限公司\n电话：0931-496xxxx' })).toBeNull();
  });

  it('takes a campus given its own address as the place, before the institution’s name', () => {
    const body = '现将我校烟台校区（烟台市莱山区观海路346号）采购意向公开如下：\n1.采购项目名称：模拟教学设备；预算金额：128万元';
    expect(locateRegion({ buyer: '滨州医学院', title: '滨州医学院采购意向公开', body })?.path).toEqual(['山东省', '烟台市', '莱山区']);
  });

  it('refines a province to the city of the area code, never jumps to another province', () => {
    expect(locateRegion({ title: '河北省某学校食堂改造', body: '联系电话:0311-86012345' })?.path).toEqual(['河北省', '石家庄市']);
    expect(locateRegion({ title: '河北省某学校食堂改造', body: '联系电话:0755-86012345' })?.path).toEqual(['河北省']);
  });

  it('keeps only the province for an area code several cities dial (0898 is all of 海南)', () => {
    expect(locateRegion({ title: '某镇农贸市场改造项目', body: '采购人：某镇人民政府\n联系电话：0898-23321156' })?.path).toEqual([
      '海南省',
    ]);
    const body = '采购人：那大镇人民政府\n地址：那大镇人民中路36号\n联系电话：0898-23321156';
    expect(locateRegion({ title: '那大镇农贸市场智慧化改造项目竞争性磋商公告', body })?.path).toEqual(['海南省', '儋州市']);
  });

  it('lets a phone choose the province of a town several provinces have before naming its own city', () => {
    // 木鱼镇 is a town of 神农架林区 and of 青川县; 0719 is dialled in 十堰 and in 神农架.
    const body = '招标人：木鱼镇人民政府\n联系电话：0719-3452271';
    expect(locateRegion({ title: '木鱼镇游客服务中心外立面改造工程招标公告', body })?.path).toEqual(['湖北省', '神农架林区']);
  });

  it('places a body named by its 兵团 division and regiment in the division’s city, before a phone’s prefecture', () => {
    const body = '采购单位：第七师一二三团中学\n联系电话：0992-3281456';
    expect(locateRegion({ title: '学生公寓床具采购询价公告', body })?.path).toEqual(['新疆维吾尔自治区', '胡杨河市']);
    // A regiment's farm named with its county stays in that county.
    const farm = '招标人：新疆生产建设兵团第六师奇台农场\n建设地点：昌吉回族自治州奇台县境内';
    expect(locateRegion({ title: '高标准农田建设项目施工招标公告', body: farm })?.path).toEqual([
      '新疆维吾尔自治区',
      '昌吉回族自治州',
      '奇台县',
    ]);
  });

  it('lets a town of 嘉峪关 choose between the cities that dial 0937', () => {
    const body = '招标人：新城镇人民政府\n联系电话：0937-6227415';
    expect(locateRegion({ title: '新城镇横沟村灌溉渠衬砌工程招标公告', body })?.path).toEqual(['甘肃省', '嘉峪关市']);
  });

  it('reads the county from an investment project code', () => {
    const body = '项目代码:2306-500236-04-01-123456\n建设地点:某乡某村';
    expect(locateRegion({ title: '关于某乡产业路项目立项的批复', body })?.path).toEqual(['重庆市', '奉节县']);
  });

  it('places a province’s own department in its capital when nothing else is named, and only a 厅', () => {
    const body = '采购人：湖北省财政厅（省直单位）';
    expect(locateRegion({ buyer: '湖北省财政厅(省直单位)', title: '机关办公楼消防设施改造公开招标公告', body })?.path).toEqual([
      '湖北省',
      '武汉市',
    ]);
    expect(locateRegion({ buyer: '广西壮族自治区教育厅', title: '某系统采购', body: '' })?.path).toEqual(['广西壮族自治区', '南宁市']);
    // A place named in the notice says more than the seat; a provincial 局 is left at the province.
    expect(locateRegion({ buyer: '湖北省交通运输厅', title: '郧阳区某公路改建工程招标', body: '' })?.path).toEqual([
      '湖北省',
      '十堰市',
      '郧阳区',
    ]);
    expect(locateRegion({ buyer: '福建省机关事务管理局', title: '省直机关空调协议供货入围征集', body: '' })?.path).toEqual(['福建省']);
  });

  it('places a province’s own hospital or university in its capital', () => {
    expect(locateRegion({ buyer: '山东省立第三医院', title: '某系统维保服务中标公告', body: '' })?.path).toEqual(['山东省', '济南市']);
    expect(locateRegion({ buyer: '某大学附一院(安徽省立医院)', title: '某项目变更通知', body: '' })?.path).toEqual(['安徽省', '合肥市']);
    expect(locateRegion({ buyer: '广西壮族自治区人民医院', title: '某设备采购', body: '' })?.path).toEqual(['广西壮族自治区', '南宁市']);
    expect(locateRegion({ buyer: '浙江大学医学院附属邵逸夫医院', title: '某改造项目单一来源公示', body: '' })?.path).toEqual([
      '浙江省',
      '杭州市',
    ]);
    expect(locateRegion({ buyer: '吉林大学第一医院', title: '某产品市场调研会公告', body: '' })?.path).toEqual(['吉林省', '长春市']);
    expect(locateRegion({ buyer: '山东中医药大学第二附属医院', title: '某系统需求公示', body: '' })?.path).toEqual(['山东省', '济南市']);
    // Those that are not in the capital, or whose name only ends in a province's (某某河北大学), stay put.
    expect(locateRegion({ buyer: '河北大学附属医院', title: '某设备采购', body: '' })?.path).toEqual(['河北省']);
    expect(locateRegion({ buyer: '河北工程大学附属医院', title: '某设备采购', body: '' })?.path).toEqual(['河北省']);
    // A city's hospital, or a province named in passing, stays where the names put it.
    expect(locateRegion({ buyer: '山东某医院', title: '某设备采购', body: '' })?.path).toEqual(['山东省']);
  });

  it('reads a provincial hospital or university from the opening sentence when there is no buyer or title', () => {
    const body = '3月2日，湖南中医药大学发布说明：我校附属医院一项目暂停采购。其他学校另有安排。';
    expect(locateRegion({ title: '', body })?.path).toEqual(['湖南省', '长沙市']);
    // Only the opening sentence speaks for the bulletin: a university named later is not its subject.
    expect(locateRegion({ title: '', body: '3月2日，某市发布说明。湖南中医药大学另有安排。' })?.path).toEqual(['湖南省']);
  });

  it('reads the city from a provincial procurement number', () => {
    expect(locateRegion({ title: '某院区更衣系统改造项目合同', body: '合同编号JSZC-320100-ABCD-G2027-0325001' })?.path).toEqual([
      '江苏省',
      '南京市',
    ]);
  });

  it('carries the names on below the city a hint gives', () => {
    // 鼓楼区 is in 南京, 福州, 徐州 and 开封: the buyer's 025 phone says which.
    const body = '采购人信息\n名称:鼓楼区教育局\n联系电话:025-83721560';
    expect(locateRegion({ buyer: '鼓楼区教育局', title: '鼓楼区教育局课桌椅采购', body })?.path).toEqual(['江苏省', '南京市', '鼓楼区']);
    // The agency's phone never names the place, but may choose between the places a name may be.
    const agencyPhone = '招标人：城关区住房和城乡建设局\n招标代理机构：某建设咨询有限公司\n联系电话：0931-8468xxx';
    expect(locateRegion({ title: '城关区老旧小区改造施工招标公告', body: agencyPhone })?.path).toEqual(['甘肃省', '兰州市', '城关区']);
    const noName = '招标人：某县住房和城乡建设局\n招标代理机构：某建设咨询有限公司\n联系电话：0931-8468xxx';
    expect(locateRegion({ title: '某县老旧小区改造施工招标公告', body: noName })).toBeNull();
    const site = '项目代码:2509-610425-04-01-583217\n建设地点:某镇';
    expect(locateRegion({ title: '某镇污水处理站提标改造', body: site })?.path).toEqual(['陕西省', '咸阳市', '礼泉县']);
  });

  it('lets a labelled postcode choose among the places a name may be, never adding one', () => {
    // 新城区 is in 西安 and in 呼和浩特: 710032 is a 陕西 postcode.
    const body = '采购单位：长乐西路社区卫生服务中心\n地址：新城区长乐西路118号（邮编：710032）';
    expect(locateRegion({ title: '设备采购公告', body })?.path).toEqual(['陕西省', '西安市', '新城区']);
    expect(locateRegion({ title: '设备采购公告', body: body.replace('710032', '010050') })?.path).toEqual([
      '内蒙古自治区',
      '呼和浩特市',
      '新城区',
    ]);
    expect(locateRegion({ title: '设备采购公告', body: '采购单位：某中心\n邮编：710032' })).toBeNull();
  });
});

describe('locateRegion: the agency’s company name', () => {
  it('chooses between the cities of a shared district name when nothing stronger does', () => {
    const body = '采购人：向阳区市容环境卫生服务中心\n代理机构：佳木斯市某某招标有限公司\n预算：80万元';
    const found = locateRegion({ buyer: '向阳区市容环境卫生服务中心', agency: '佳木斯市某某招标有限公司', title: '清雪设备采购', body });
    expect(found?.path).toEqual(['黑龙江省', '佳木斯市', '向阳区']);
  });

  it('still leaves the place to the work’s own names (an agency of the capital, a county’s project)', () => {
    const body = '招标人：凤凰县农业农村局\n招标代理：湖南某某招标代理有限公司（长沙市岳麓区某路1号）';
    const found = locateRegion({
      buyer: '凤凰县农业农村局',
      agency: '长沙某某招标代理有限公司',
      title: '高标准农田建设项目施工招标公告',
      body,
    });
    expect(found?.path).toEqual(['湖南省', '湘西土家族苗族自治州', '凤凰县']);
  });

  it('places an aid body (对口支援指挥部, 援藏工作队) by the site, not by the province that sends it', () => {
    const found = locateRegion({
      buyer: '上海市对口支援新疆工作前方指挥部',
      title: '上海援疆叶城县第二小学食堂改造项目招标公告',
      body: '招标人：上海市对口支援新疆工作前方指挥部\n开标地点：上海市徐汇区某路1号\n联系电话：021-60000000',
    });
    expect(found?.path).toEqual(['新疆维吾尔自治区', '喀什地区', '叶城县']);
  });
});
