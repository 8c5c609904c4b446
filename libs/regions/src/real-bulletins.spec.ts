import { resolveRegion } from './index';
import type { ResolveRegionInput } from './region.types';

// Fields of real bulletins from /work/shared/data/bulletins-real.jsonl (bodies cut short).
const CASES: [string, ResolveRegionInput, string][] = [
  [
    'renamed county: the buyer still says 凤翔县, the title 凤翔区',
    {
      regionText: '陕西省 / 全国公共资源交易平台（陕西省）',
      buyer: '凤翔县考试管理中心',
      agency: '宝鸡久兴工程项目管理有限公司',
      title: '宝鸡市凤翔区智慧中招体育考试设备采购项目采购公告',
    },
    '610305',
  ],
  [
    'ambiguous 江北区 settled by the platform city',
    {
      regionText: '宁波阳光采购服务平台',
      buyer: '宁波市江北区公路养护工程有限公司',
      agency: '宁波市盛达工程管理咨询有限公司',
      title: '江北区交通信号灯日常维修项目竞争性磋商采购公告',
      body: '宁波市盛达工程管理咨询有限公司受宁波市江北区公路养护工程有限公司的委托，现就江北区交通信号灯日常维修项目进行竞争性磋商',
    },
    '330205',
  ],
  [
    '市本级 region text, district from the buyer; 江南 is not 江南区',
    {
      regionText: '宜昌 / 市本级 (xiaqucode 420501)',
      buyer: '宜昌市点军区财政局',
      title: '点军区2025年度坝上江南美丽乡村片区建设项目设计中标结果公告',
      body: '招标人:\n宜昌市点军区财政局\n建设地点\n点军区点军街道、桥边镇。\n招标机构:\n湖北诺成工程咨询有限公司',
    },
    '420504',
  ],
  [
    'autonomous prefecture short form (甘孜州) and a venue in another county',
    {
      regionText: '四川省 / 全国公共资源交易平台（四川省·甘孜州）',
      buyer: '泸定县教育和体育局',
      title: '泸定县全民健身体育中心建设项目施工',
      body: '招标人\n泸定县教育和体育局\n招标代理机构\n成都一问工程技术咨询有限公司\n开标地点\n甘孜州康定县炉城镇沿河西路1号工商大厦',
    },
    '513322',
  ],
  [
    'functional zone across two cities stays at the province',
    {
      regionText: '赣江新区本级 (region_code 361201)',
      buyer: '江西唯铂莱置业有限公司',
      agency: '南昌市建筑技术咨询监理有限公司',
      title: '[赣江新区本级]唯铂莱赣江新区生物合成高价值天然产物污水处理站改扩建项目(网)',
      body: '工程地点 |\n江西省赣江新区直管区仲景路388号\n(2)、招标代理机构：南昌市建筑技术咨询监理有限公司，地址：江西省南昌市东湖区富大有路9 号',
    },
    '360000',
  ],
  [
    'no title or region text; the agency is a 陕西 company with a 宁夏 branch',
    {
      buyer: '平罗县中医医院',
      agency: '陕西恒瑞项目管理有限公司宁夏分公司',
      body:
        '陕西恒瑞项目管理有限公司宁夏分公司受平罗县中医医院委托，现对平罗县中医医院血液透析机设备项目进行公开招标\n' +
        '采购人：平罗县中医医院\n地址：平罗县\n代理机构：陕西恒瑞项目管理有限公司宁夏分公司\n代理机构地址： 宁夏银川市兴庆区丽景商贸城',
    },
    '640221',
  ],
  [
    'region text names only a zone (开发区); the title names the city',
    { regionText: '开发区 (region_code 360703)', title: '[开发区]赣州高铁西站商业综合体（含邹塘农贸市场）项目电梯采购及安装工程' },
    '360700',
  ],
  [
    'municipality county from a short form in the title',
    {
      regionText: '重庆市 / 重庆市',
      buyer: '重庆兴垫农业发展有限公司',
      title: '垫江体育文化公园改造提升工程--灯光工程的中标候选人公示',
    },
    '500231',
  ],
  [
    'company buyer named after its branch city; the title names the county',
    {
      regionText: '福建',
      buyer: '中国铁塔股份有限公司龙岩市分公司',
      title: '中国铁塔股份有限公司龙岩市分公司2026年福建省连城农民创业园管理委员会塔体广告宣传服务项目比选公告',
    },
    '350825',
  ],
  [
    'a contractor from 北京 as the buyer of work in 抚州',
    {
      regionText: '抚州市本级 (region_code 361001)',
      buyer: '北京城建集团有限责任公司',
      title: '[抚州市本级]东华理工大学抚州新校区建设项目（二标段）-干挂陶板工程',
    },
    '361000',
  ],
];

describe('resolveRegion on real bulletins', () => {
  it.each(CASES)('%s', (_why, input, expected) => {
    expect(resolveRegion(input)?.code).toBe(expected);
  });

  it('still finds 抚州 for the contractor case without region text', () => {
    const [, input] = CASES[CASES.length - 1];
    expect(resolveRegion({ ...input, regionText: null })?.code).toBe('361000');
  });
});
