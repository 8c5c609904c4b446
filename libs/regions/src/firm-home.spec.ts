import { dropFirmHome } from './firm-home';

describe('dropFirmHome', () => {
  it('cuts the home of an anonymous investing firm out of a headline', () => {
    expect(dropFirmHome('天津滨海新区一家企业投资12亿元在张掖建设光伏组件项目')).toBe('|投资12亿元在张掖建设光伏组件项目');
    expect(dropFirmHome('快讯：深圳一企业落户某县')).toBe('快讯：|落户某县');
  });

  it('keeps places that say where the work is', () => {
    expect(dropFirmHome('某县一家企业年产5万吨项目开工')).toBe('某县一家企业年产5万吨项目开工');
    expect(dropFirmHome('某市某区老旧小区改造工程招标公告')).toBe('某市某区老旧小区改造工程招标公告');
    expect(dropFirmHome('某县企业投资建设光伏项目')).toBe('某县企业投资建设光伏项目');
    expect(dropFirmHome('某县一企业投资3亿元建设光伏项目')).toBe('某县一企业投资3亿元建设光伏项目');
    expect(dropFirmHome('某县一企业在建项目完成投资过半')).toBe('某县一企业在建项目完成投资过半');
  });
});
