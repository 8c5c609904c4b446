import { neededBy } from './needed-by';

describe('neededBy', () => {
  it('reads the body whose need a purchase meets', () => {
    expect(neededBy('根据某市第一人民医院的需要，某公司对某项目进行公开招标。')).toBe('某市第一人民医院');
    expect(neededBy('根据某县交通运输局的工作需要，现对某工程进行比选。')).toBe('某县交通运输局');
  });
  it('reads no one from an act, a plain need or an agency', () => {
    expect(neededBy('根据工作需要，现对某项目进行询价。')).toBeNull();
    expect(neededBy('根据《政府采购法》的需要，')).toBeNull();
    expect(neededBy('根据某某招标代理有限公司的需要，')).toBeNull();
  });
});
