import { areaCodesIn, regionOfAreaCode, regionOfProjectCode } from './code-hints';

describe('telephone area codes', () => {
  it('maps an area code to the city it serves', () => {
    expect(regionOfAreaCode('023')).toBe('500000');
    expect(regionOfAreaCode('0931')).toBe('620100'); // 兰州
    expect(regionOfAreaCode('0755')).toBe('440300'); // 深圳
    expect(regionOfAreaCode('0999')).toBe('654000'); // 伊犁
    expect(regionOfAreaCode('0123')).toBeNull();
  });

  it('keeps only the province for a code several cities share', () => {
    expect(regionOfAreaCode('0898')).toBe('460000'); // all of 海南, not only 海口
    expect(regionOfAreaCode('0775')).toBe('450000'); // 玉林 and 贵港
    expect(regionOfAreaCode('0728')).toBe('420000'); // 仙桃, 潜江 and 天门
    expect(regionOfAreaCode('0937')).toBe('620000'); // 酒泉 and 嘉峪关
  });

  it('gives the prefecture a code serves whole, not one of the counties listed after it', () => {
    expect(regionOfAreaCode('0897')).toBe('542500'); // 阿里地区, not 普兰县
    expect(regionOfAreaCode('0892')).toBe('540200'); // 日喀则, not 仲巴县
    expect(regionOfAreaCode('0551')).toBe('340100'); // 合肥, not 巢湖
  });

  it('gives the capital for a capital code that neighbouring cities were merged into', () => {
    expect(regionOfAreaCode('029')).toBe('610100'); // 西安, shared with 咸阳
    expect(regionOfAreaCode('024')).toBe('210100'); // 沈阳, shared with 铁岭 and 抚顺
    expect(regionOfAreaCode('028')).toBe('510100'); // 成都, shared with 资阳 and 眉山
    expect(regionOfAreaCode('0731')).toBe('430100'); // 长沙, shared with 湘潭 and 株洲
    expect(regionOfAreaCode('0851')).toBe('520000'); // 贵阳 and 遵义 are alike in size
  });

  it('reads a landline dialled from abroad with its 0 in brackets', () => {
    expect(areaCodesIn('电话：+86 (0)29 8832 4410')).toEqual(['029']);
    expect(areaCodesIn('Tel: +86-(0)591-87524410')).toEqual(['0591']);
  });

  it('finds area codes in grouped numbers and after the country code', () => {
    expect(areaCodesIn('电话：029 8765 4321；传真：0917-345 6789')).toEqual(['029', '0917']);
    expect(areaCodesIn('Tel: +86-29-87654321')).toEqual(['029']);
    expect(areaCodesIn('联系电话：+86 10 6512 3456')).toEqual(['010']);
    expect(areaCodesIn('电话：86-029-87654321')).toEqual(['029']);
    // Digits grouped like a phone but without one: a code, a count, a mobile.
    expect(areaCodesIn('编号 2027-0123-4567；数量：0311 1234；手机 13812345678')).toEqual([]);
  });

  it('finds area codes in the ways notices print landlines', () => {
    expect(areaCodesIn('电话:023-63891234;传真:(0536)8123456;联系方式:0931-*;手机:13812345678')).toEqual(['023', '0536', '0931']);
    expect(areaCodesIn('联系电话：02341699600')).toEqual(['023']);
    // Re-publishers mask the last digits with stars or x's.
    expect(areaCodesIn('电话：0591-8752****；传真：0891-6323xxx；0318-2136XXXX')).toEqual(['0591', '0891', '0318']);
    expect(areaCodesIn('型号0591-8752xxxxA')).toEqual([]);
    expect(areaCodesIn('编号 2026-0123-45 金额 0.5万元 项目编号:0724-2101D84N5697')).toEqual([]);
  });
});

describe('regionOfProjectCode', () => {
  it('reads the division code inside an investment project code or a bracketed prefix', () => {
    expect(regionOfProjectCode('项目代码:2511-441481-04-01-178391')).toBe('441481');
    expect(regionOfProjectCode('项目编号:[350503]ZDZB[GK]2022020-1')).toBe('350503');
    expect(regionOfProjectCode('项目编号:2511-999999-04-01-178391')).toBeNull();
  });

  it('reads a division code between a procurement number’s letters and its serial, or before a plan’s year', () => {
    expect(regionOfProjectCode('合同编号JSZC-320100-ABCD-G2027-0325001')).toBe('320100');
    expect(regionOfProjectCode('采购计划备案号429006-2027-00129')).toBe('429006');
    // The method's letters between the year and the serial (XJ 询价, CS 磋商).
    expect(regionOfProjectCode('项目编号：430626-2028-XJ-0153')).toBe('430626');
    expect(regionOfProjectCode('项目编号：430626-2028-CS0153')).toBe('430626');
    // 市辖区 (xxxx01) stands for the city.
    expect(regionOfProjectCode('原公告的采购项目编号:[350601]ABCD[GK]2027001')).toBe('350600');
  });

  it('reads a plan number written without dashes, the method letters after the year', () => {
    expect(regionOfProjectCode('项目编号：5226312028SG0007')).toBe('522631');
    expect(regionOfProjectCode('采购编号5133342027CS00118')).toBe('513334');
    // No letters after the year: a bare long number is no division code.
    expect(regionOfProjectCode('订单号5226312028000117')).toBeNull();
    expect(regionOfProjectCode('编号HX5226312028SG0007')).toBeNull();
  });

  it('reads 广西 procurement numbers by their letters', () => {
    expect(regionOfProjectCode('项目编号：GXZC2023-G1-004555-JGJD')).toBe('450000');
    expect(regionOfProjectCode('（项目编号：BSZC2020-G1-000218-YZLZ）')).toBe('451000');
    expect(regionOfProjectCode('项目编号：GLZC2026-C1-000123-GXBD')).toBe('450300');
    expect(regionOfProjectCode('项目编号：XXZC2023-G1-004555-JGJD')).toBeNull();
    expect(regionOfProjectCode('项目编号：BSZC2020-001')).toBeNull();
  });

  it('takes no date or serial for a division code', () => {
    expect(regionOfProjectCode('编号:ZB-270915-01')).toBeNull();
    expect(regionOfProjectCode('编号:GY-20270330-ZC002')).toBeNull();
    expect(regionOfProjectCode('编号:999999-2027-001')).toBeNull();
  });
});

describe('region of a public-resource trading number', () => {
  it('reads the division after the E of the national trading platform’s number', () => {
    expect(regionOfProjectCode('招标项目编号：E3205000082027002001')).toBe('320500');
    expect(regionOfProjectCode('项目编号:E1307240001234001001')).toBe('130724');
  });

  it('passes over an E inside a word or a number too short or too long for one', () => {
    expect(regionOfProjectCode('PE1307240001234001001')).toBeNull();
    expect(regionOfProjectCode('E4403000000123')).toBeNull();
  });
});
