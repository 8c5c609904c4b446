import { intentOwner } from './intent-owner';

describe('intentOwner', () => {
  it('reads the body that makes its purchase intents public in the opening sentence', () => {
    expect(intentOwner('根据有关规定，现将某县疾病预防控制中心2028年5月至7月采购意向公开如下：')).toBe('某县疾病预防控制中心');
    expect(intentOwner('现将某市某区教育局2028年第二季度政府采购意向公开如下')).toBe('某市某区教育局');
    expect(intentOwner('现将某镇人民政府采购意向公布如下：')).toBe('某镇人民政府');
    expect(intentOwner('现就某县自然资源局2028年采购意向公开如下：')).toBe('某县自然资源局');
  });

  it('names nobody for 本单位 or a sentence about something else', () => {
    expect(intentOwner('现将本单位2028年1月至3月采购意向公开如下')).toBeNull();
    expect(intentOwner('现将中标结果公示如下')).toBeNull();
  });
});
