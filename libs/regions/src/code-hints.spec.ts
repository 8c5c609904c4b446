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
    expect(regionOfAreaCode('024')).toBe('210000');
  });

  it('finds area codes in the ways notices print landlines', () => {
    expect(areaCodesIn('电话:023-63891234;传真:(0536)8123456;联系方式:0931-*;手机:13812345678')).toEqual(['023', '0536', '0931']);
    expect(areaCodesIn('联系电话：02341699600')).toEqual(['023']);
    expect(areaCodesIn('编号 2026-0123-45 金额 0.5万元 项目编号:0724-2101D84N5697')).toEqual([]);
  });
});

describe('regionOfProjectCode', () => {
  it('reads the division code inside an investment project code or a bracketed prefix', () => {
    expect(regionOfProjectCode('项目代码:2511-441481-04-01-178391')).toBe('441481');
    expect(regionOfProjectCode('项目编号:[350503]ZDZB[GK]2022020-1')).toBe('350503');
    expect(regionOfProjectCode('项目编号:2511-999999-04-01-178391')).toBeNull();
  });
});
