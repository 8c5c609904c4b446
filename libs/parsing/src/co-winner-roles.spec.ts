import { parseBulletin } from './bulletin-parser';

describe('winners named by their role: underwriters and co-insurers (own-b176)', () => {
  it('reads a bond issuer’s 主承销商 and 联席主承销商', () => {
    const parsed = parseBulletin({
      title: '某城投集团有限公司2041年公司债券承销商选聘结果公示',
      body: '选聘人：某城投集团有限公司\n选聘结果：\n主承销商：甲证券股份有限公司（承销费率：0.6‰）\n联席主承销商：乙证券有限责任公司\n公示期：三个工作日',
    });
    expect(parsed.winners).toEqual(['甲证券股份有限公司', '乙证券有限责任公司']);
  });

  it('reads the insurers sharing a 大病保险 by their role', () => {
    const parsed = parseBulletin({
      title: '某市医疗保障局城乡居民大病保险承办机构采购中标结果公告',
      body: '采购人：某市医疗保障局\n中标供应商：\n主承办：甲人寿保险股份有限公司某中心支公司（承保份额60%）\n共保方：乙财产保险股份有限公司某分公司（承保份额40%）',
    });
    expect(parsed.winners).toEqual(['甲人寿保险股份有限公司某中心支公司', '乙财产保险股份有限公司某分公司']);
  });

  it('reads no winner from a call naming the role sought', () => {
    const parsed = parseBulletin({
      title: '某城投集团有限公司公司债券主承销商选聘公告',
      body: '选聘人：某城投集团有限公司\n选聘事项：选聘主承销商1家\n响应文件递交截止时间：2041年4月9日17:30',
    });
    expect(parsed.winners).toEqual([]);
  });
});
