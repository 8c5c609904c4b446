import { resolveRegion } from './index';
import type { ResolveRegionInput } from './region.types';

// Bulletins written for these tests, each with a trap that notices really set: old county names,
// district names shared by several cities, agencies from elsewhere, zones that are not districts.
const CASES: [string, ResolveRegionInput, string][] = [
  [
    'renamed county: the buyer still says 凤翔县, the title 凤翔区',
    {
      regionText: '陕西省 / 全国公共资源交易平台（陕西省）',
      buyer: '凤翔县教育事业服务中心',
      agency: '宝鸡正衡工程咨询有限公司',
      title: '宝鸡市凤翔区中学体育场地设施提升采购项目采购公告',
    },
    '610305',
  ],
  [
    'ambiguous 江北区 settled by the platform city',
    {
      regionText: '宁波阳光采购服务平台',
      buyer: '宁波市江北区市政设施养护中心',
      agency: '宁波市德润工程咨询有限公司',
      title: '江北区路灯及交通护栏维修项目竞争性磋商采购公告',
      body: '宁波市德润工程咨询有限公司受宁波市江北区市政设施养护中心委托，现就江北区路灯及交通护栏维修项目进行竞争性磋商',
    },
    '330205',
  ],
  [
    '市本级 region text, district from the buyer; 江南 is not 江南区',
    {
      regionText: '宜昌 / 市本级 (xiaqucode 420501)',
      buyer: '宜昌市点军区农业农村局',
      title: '点军区江南片区田园综合体配套道路设计中标结果公告',
      body: '招标人:\n宜昌市点军区农业农村局\n建设地点\n点军区联棚乡、土城乡。\n招标机构:\n湖北天正工程咨询有限公司',
    },
    '420504',
  ],
  [
    'autonomous prefecture short form (甘孜州) and an opening venue in another county',
    {
      regionText: '四川省 / 全国公共资源交易平台（四川省·甘孜州）',
      buyer: '泸定县住房和城乡建设局',
      title: '泸定县城区供水管网改造工程施工',
      body: '招标人\n泸定县住房和城乡建设局\n招标代理机构\n成都博远工程管理有限公司\n开标地点\n甘孜州康定市公共资源交易中心三楼',
    },
    '513322',
  ],
  [
    'functional zone across two cities stays at the province',
    {
      regionText: '赣江新区本级 (region_code 361201)',
      buyer: '江西赣江新区城市建设有限公司',
      agency: '南昌市建科工程咨询有限公司',
      title: '[赣江新区本级]赣江新区儒乐湖片区雨水泵站新建工程(网)',
      body: '工程地点 |\n江西省赣江新区直管区儒乐湖大街\n(2)、招标代理机构：南昌市建科工程咨询有限公司，地址：江西省南昌市青山湖区高新大道18号',
    },
    '360000',
  ],
  [
    'no title or region text; the agency is a 陕西 company with a 宁夏 branch',
    {
      buyer: '平罗县人民医院',
      agency: '陕西汇智项目管理有限公司宁夏分公司',
      body:
        '陕西汇智项目管理有限公司宁夏分公司受平罗县人民医院委托，现对平罗县人民医院全自动生化分析仪采购项目进行公开招标\n' +
        '采购人：平罗县人民医院\n地址：平罗县\n代理机构：陕西汇智项目管理有限公司宁夏分公司\n代理机构地址：宁夏银川市金凤区北京中路',
    },
    '640221',
  ],
  [
    'region text names only a zone (开发区); the title names the city',
    { regionText: '开发区 (region_code 360703)', title: '[开发区]赣州城南物流园仓储中心消防工程施工' },
    '360700',
  ],
  [
    'municipality county from a short form in the title',
    {
      regionText: '重庆市 / 重庆市',
      buyer: '重庆某农旅开发有限公司',
      title: '垫江牡丹湖景区步道改造工程的中标候选人公示',
    },
    '500231',
  ],
  [
    'company buyer named after its branch city; the title names the county',
    {
      regionText: '福建',
      buyer: '中国移动通信集团福建有限公司龙岩分公司',
      title: '中国移动通信集团福建有限公司龙岩分公司2026年连城县基站配套电源改造项目比选公告',
    },
    '350825',
  ],
  [
    'a contractor from 北京 as the buyer of work in 抚州',
    {
      regionText: '抚州市本级 (region_code 361001)',
      buyer: '北京某建设集团有限公司',
      title: '[抚州市本级]抚州高新区人才公寓建设项目（一标段）-幕墙工程',
    },
    '361000',
  ],
];

describe('resolveRegion on bulletins with regional traps', () => {
  it.each(CASES)('%s', (_why, input, expected) => {
    expect(resolveRegion(input)?.code).toBe(expected);
  });

  it('still finds 抚州 for the contractor case without region text', () => {
    const [, input] = CASES[CASES.length - 1];
    expect(resolveRegion({ ...input, regionText: null })?.code).toBe('361000');
  });
});
