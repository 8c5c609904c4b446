import { parseBulletin } from './bulletin-parser';
import { dropOtherScriptGlosses } from './other-script';

describe('dropOtherScriptGlosses', () => {
  it('takes a bracketed Mongolian gloss out of a label', () => {
    expect(dropOtherScriptGlosses('采购人（ᠬᠤᠳᠠᠯᠳᠤᠨ ᠠᠪᠤᠭᠴᠢ）：某旗农牧和科技局')).toBe('采购人：某旗农牧和科技局');
    expect(dropOtherScriptGlosses('项目编号（ᠲᠥᠰᠥᠯ ᠤᠨ ᠳ᠋ᠤᠭᠠᠷ）：ABC-2037-01')).toBe('项目编号：ABC-2037-01');
  });

  it('keeps the Chinese side of a value written in both scripts', () => {
    expect(dropOtherScriptGlosses('采购人：قوشۇق ناھىيەلىك ئىدارىسى／某县乡村振兴局')).toBe('采购人：某县乡村振兴局');
    expect(dropOtherScriptGlosses('采购人：某县乡村振兴局／قوشۇق ناھىيەلىك')).toBe('采购人：某县乡村振兴局');
    expect(dropOtherScriptGlosses('采购人：의란진 인민정부（某市某镇人民政府）')).toBe('采购人：某市某镇人民政府');
    expect(dropOtherScriptGlosses('采购单位：某县教育局（장백현 교육국）')).toBe('采购单位：某县教育局');
    expect(dropOtherScriptGlosses('ཉོ་མཁན། 采购人（ཉོ་མཁན།）：某县农业农村局')).toBe('ཉོ་མཁན། 采购人：某县农业农村局');
  });

  it('leaves Chinese brackets, slashes and whole other-script lines alone', () => {
    expect(dropOtherScriptGlosses('供应商名称：某公司（北京）／联合体')).toBe('供应商名称：某公司（北京）／联合体');
    expect(dropOtherScriptGlosses('연길시 입찰공고\n采购人：某镇人民政府')).toBe('연길시 입찰공고\n采购人：某镇人民政府');
  });

  it('reads the buyer and agency of a bilingual page', () => {
    const parsed = parseBulletin({
      title: '某旗2037年草原围栏建设项目公开招标公告',
      body:
        'ᠬᠤᠳᠠᠯᠳᠤᠨ ᠠᠪᠬᠤ ᠶᠢᠨ ᠵᠠᠷ\n项目编号（ᠲᠥᠰᠥᠯ ᠤᠨ ᠳ᠋ᠤᠭᠠᠷ）：ABGQ-ZC-2037-014\n采购人（ᠬᠤᠳᠠᠯᠳᠤᠨ ᠠᠪᠤᠭᠴᠢ）：阿巴嘎旗农牧和科技局\n' +
        '采购代理机构（ᠤᠷᠤᠯᠠᠭᠴᠢ ᠪᠠᠢᠭᠤᠯᠤᠯᠭ᠎ᠠ）：内蒙古某某招标代理有限公司\n预算金额：438万元',
    });
    expect(parsed.buyer).toBe('阿巴嘎旗农牧和科技局');
    expect(parsed.agency).toBe('内蒙古某某招标代理有限公司');
    expect(parsed.projectCode).toBe('ABGQ-ZC-2037-014');
  });
});
