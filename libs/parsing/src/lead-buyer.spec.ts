import { leadBuyer } from './lead-buyer';

describe('leadBuyer', () => {
  it('keeps the buyer a joint purchase marks as its lead', () => {
    expect(leadBuyer('某市某区教育体育局(牵头单位)、某市某区卫生健康委员会')).toBe('某市某区教育体育局');
    expect(leadBuyer('某县财政局、某县人民医院(牵头)')).toBe('某县人民医院');
    expect(leadBuyer('某市第一中学(牵头采购人);某市第二中学')).toBe('某市第一中学');
  });

  it('leaves buyers without a lead note as written', () => {
    expect(leadBuyer('某某发展有限公司、某某开发有限公司')).toBe('某某发展有限公司、某某开发有限公司');
    expect(leadBuyer('某区教育局')).toBe('某区教育局');
    expect(leadBuyer(null)).toBeNull();
  });

  it('drops a note that only says the purchase is joint', () => {
    expect(leadBuyer('某县中医院、某县妇幼保健院(联合采购)')).toBe('某县中医院、某县妇幼保健院');
  });
});
