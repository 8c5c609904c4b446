import { addressedPairBuyer } from './addressed-pair';

describe('addressedPairBuyer', () => {
  it('takes the addressee that is no agency when a buyer and its agency are written to', () => {
    expect(addressedPairBuyer('某市某区第二实验小学、福建某某项目管理有限公司：\n本机关于2033年4月10日收到某公司的投诉。')).toBe(
      '某市某区第二实验小学',
    );
    expect(addressedPairBuyer('某区财政局关于暂停某项目政府采购活动的通知\n某区人民医院、某招标代理有限公司：\n本机关收到投诉。')).toBe(
      '某区人民医院',
    );
  });

  it('reads nothing from a letter to one firm or to all bidders', () => {
    expect(addressedPairBuyer('洛阳宏泰市政工程有限公司：\n你单位提出的异议已收悉。')).toBeNull();
    expect(addressedPairBuyer('各潜在投标人：\n本项目暂停。')).toBeNull();
    expect(addressedPairBuyer('项目名称：某工程、某配套工程：\n')).toBeNull();
  });
});
