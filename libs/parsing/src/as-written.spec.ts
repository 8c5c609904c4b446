import { WrittenNames } from './as-written';
import { parseBulletin } from './bulletin-parser';

describe('WrittenNames', () => {
  it('gives a name back with the full-width brackets the notice wrote', () => {
    const names = new WrittenNames('采购人：济南市历下区教育和体育局（本级）\n联系人：王工');
    expect(names.of('济南市历下区教育和体育局(本级)')).toBe('济南市历下区教育和体育局（本级）');
  });

  it('gives a name back in the traditional characters the notice wrote', () => {
    const names = new WrittenNames('採購人：香港特別行政區政府水務署\n項目編號：WSD-2031-07');
    expect(names.of('香港特别行政区政府水务署')).toBe('香港特別行政區政府水務署');
  });

  it('joins a name wrapped over two lines, and drops the invisible marks inside it', () => {
    const names = new WrittenNames('代理机构：宇阳工程咨询\n（宁波）有限公司\n中标人：青岛\u00ad城阳\u200b建设有限公司');
    expect(names.of('宇阳工程咨询(宁波)有限公司')).toBe('宇阳工程咨询（宁波）有限公司');
    expect(names.of('青岛城阳建设有限公司')).toBe('青岛城阳建设有限公司');
  });

  it('finds the name after an emoji, which counts two units of the text', () => {
    const names = new WrittenNames('📢 中标候选人公示\n招标人：某市某区城市建设投资（集团）有限公司\n第一中标候选人：某建设有限公司');
    expect(names.of('某市某区城市建设投资(集团)有限公司')).toBe('某市某区城市建设投资（集团）有限公司');
  });

  it('keeps a Latin name its spaces', () => {
    const names = new WrittenNames('Purchaser: ＡＢＣ Water Supply Co., Ltd.（澳门）');
    expect(names.of('ABC Water Supply Co., Ltd.(澳门)')).toBe('ＡＢＣ Water Supply Co., Ltd.（澳门）');
  });

  it('leaves a name the notice does not hold, or holds already, as it is', () => {
    const names = new WrittenNames('采购人：某某市某某局');
    expect(names.of('某某市某某局')).toBe('某某市某某局');
    expect(names.of('另一家有限公司')).toBe('另一家有限公司');
    expect(names.of(null)).toBeNull();
  });
});

describe('parties as written by the parser', () => {
  it('reads traditional and full-width names and hands them on as written, from plain text and from HTML', () => {
    const plain = parseBulletin({
      title: '東莞市虎門鎮污水管網工程中標結果公告',
      body: '採購人：東莞市虎門鎮人民政府\n代理機構：廣東華誠（東莞）招標有限公司\n中標供應商：東莞市清源環保工程有限公司\n中標金額：¥1,586,000.00元',
    });
    expect(plain.buyer).toBe('東莞市虎門鎮人民政府');
    expect(plain.agency).toBe('廣東華誠（東莞）招標有限公司');
    expect(plain.winners).toEqual(['東莞市清源環保工程有限公司']);
    // Matching still sees the simplified form.
    expect(plain.bodyMatch).toContain('东莞市虎门镇人民政府');

    const html = parseBulletin({
      title: '某学校设备采购中标结果公告',
      bodyHtml:
        '<p>采购人：济南市历下区教育和体育局（本级）</p><table><tr><td>中标供应商</td><td>吉天（武汉）工程建设有限公司</td></tr></table><p>中标金额：100万元</p>',
    });
    expect(html.buyer).toBe('济南市历下区教育和体育局（本级）');
    expect(html.winners).toEqual(['吉天（武汉）工程建设有限公司']);
  });

  it('gives the project code back as written too', () => {
    expect(parseBulletin({ title: '某项目招标公告', body: '项目编号：榆城投招（2028）12号\n采购人：某局' }).projectCode).toBe(
      '榆城投招（2028）12号',
    );
  });

  it('keeps a buyer the source gave as the source gave it', () => {
    expect(parseBulletin({ title: '某项目招标公告', body: '采购人：某某局（本级）', buyer: '某某局(本级)' }).buyer).toBe('某某局(本级)');
  });
});
