import { fullerBareBuyer } from './bare-level-buyer';

describe('fullerBareBuyer', () => {
  it('puts back the county a signature or later field writes before the bare name', () => {
    const text = '招标人为县第一高级中学，招标代理机构为某公司。\n招标人：宁陵县第一高级中学\n联系人：孟老师';
    expect(fullerBareBuyer('县第一高级中学', text)).toBe('宁陵县第一高级中学');
    expect(fullerBareBuyer('区教育局', '采购人：区教育局\n落款：商丘市睢阳区教育局')).toBe('睢阳区教育局');
    expect(fullerBareBuyer('县人民医院', '采购人：县人民医院\n沛县人民医院')).toBe('沛县人民医院');
  });

  it('keeps a bare name the text never writes with its place, and any name with one', () => {
    expect(fullerBareBuyer('区人力资源和社会保障局', '名称：区人力资源和社会保障局\n地址：长沙市天心区书院路9号')).toBe(
      '区人力资源和社会保障局',
    );
    expect(fullerBareBuyer('县疾病预防控制中心', '某某县疾病预防控制中心')).toBe('县疾病预防控制中心');
    expect(fullerBareBuyer('宁陵县第一高级中学', '宁陵县第一高级中学')).toBe('宁陵县第一高级中学');
    expect(fullerBareBuyer(null, '宁陵县第一高级中学')).toBeNull();
  });
});
