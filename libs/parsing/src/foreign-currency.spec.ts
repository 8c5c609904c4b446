import { parseBulletin } from './bulletin-parser';
import { foreignCurrencyAt, isForeignAmount, pricedInForeignCurrency, pricedInOwnCurrency } from './foreign-currency';

describe('foreign-currency amounts', () => {
  it('sees a currency named beside the amount', () => {
    expect(isForeignAmount('预算金额:新台币480万元\n截止投标:…', '预算金额:新台币480万元')).toBe(true);
    expect(isForeignAmount('工程预算:1,200,000.00(澳门元)', '工程预算:1,200,000.00')).toBe(true);
    expect(isForeignAmount('采购预算:人民币300万元(约合42万美元)', '采购预算:人民币300万元')).toBe(false);
    expect(isForeignAmount('采购预算:300万元\n进口设备可用美元报价', '采购预算:300万元')).toBe(false);
  });

  it('sees the moneys international tenders price imported goods in, 日元 after 万 too', () => {
    expect(isForeignAmount('中标价格：4,286万日元', '4,286万')).toBe(true);
    expect(isForeignAmount('中标价格：JPY 98,650,000（CIP长春）', '98,650,000')).toBe(true);
    expect(isForeignAmount('中标金额：52万瑞士法郎', '52万')).toBe(true);
    expect(pricedInForeignCurrency('中标价：GBP 386,500.00')).toBe(true);
    // A date before a holiday, and software named with its year, are no money.
    expect(pricedInForeignCurrency('合同履行期限：2031年1月1日元旦前完成，成交金额：86,000元')).toBe(false);
    expect(pricedInForeignCurrency('采购内容：AutoCAD 2024正版软件授权，成交金额：86,000元')).toBe(false);
    const award = parseBulletin({
      title: '某大学电子显微镜采购项目中标结果公告',
      body: '中标人：某某科技贸易有限公司\n中标金额：9,865万日元',
    });
    expect(award.awardYuan).toBeNull();
  });

  it('tells a notice priced only in a foreign currency', () => {
    expect(pricedInForeignCurrency('判给金额:MOP 1,050,000.00')).toBe(true);
    expect(pricedInForeignCurrency('成交金额:人民币105万元,折合约15万美元')).toBe(false);
    expect(pricedInForeignCurrency('中标单位:某某完美元素科技有限公司\n中标金额:86万元')).toBe(false);
    expect(pricedInForeignCurrency('项目地点:香港元朗 合约金额:HK$ 3,200,000')).toBe(true);
  });

  it('stores no budget or award amount in yuan for such notices', () => {
    const tender = parseBulletin({ title: '某區公所圖書室改善工程招標', body: '預算金額：新臺幣2,400,000元\n截止投標：2027年3月2日17時' });
    expect(tender.budgetYuan).toBeNull();
    const award = parseBulletin({
      title: '某公園步道修繕工程判給公告',
      body: '判給公司：某某建築工程有限公司\n判給金額：澳門元 980,000.00',
    });
    expect(award.winners).toEqual(['某某建築工程有限公司']);
    expect(award.awardYuan).toBeNull();
    expect(parseBulletin({ title: '某县图书馆改造工程招标公告', body: '预算金额:240万元' }).budgetYuan).toBe(2_400_000);
  });

  it('reads plain 元 in a Taiwan, Hong Kong or Macau bulletin as that region’s money', () => {
    expect(pricedInOwnCurrency('決標金額:2,968,000元', '710000')).toBe(true);
    expect(pricedInOwnCurrency('中标金额:人民币80万元', '810000')).toBe(false);
    expect(pricedInOwnCurrency('中标金额:80万元', '440305')).toBe(false);
    const award = parseBulletin({
      title: '新竹縣竹北市公所 決標公告：道路標線重新劃設工程',
      body: '機關名稱：新竹縣竹北市公所\n得標廠商：竹塹交通工程有限公司\n決標金額：2,968,000元',
    });
    expect(award.winners).toEqual(['竹塹交通工程有限公司']);
    expect(award.awardYuan).toBeNull();
  });
});

describe('foreignCurrencyAt', () => {
  it('sees a currency right after a figure', () => {
    expect(foreignCurrencyAt('欧元\n投标保证金：人民币20万元')).toBe(true);
    expect(foreignCurrencyAt(' USD (CIP)')).toBe(true);
    expect(foreignCurrencyAt('(美元)')).toBe(true);
    expect(foreignCurrencyAt('元')).toBe(false);
    expect(foreignCurrencyAt('，折合美元约…')).toBe(false);
  });
});
