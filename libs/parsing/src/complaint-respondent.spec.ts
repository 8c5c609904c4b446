import { respondentBuyer } from './complaint-respondent';

describe('respondentBuyer', () => {
  it('takes the respondent that is no agency as the buyer', () => {
    expect(
      respondentBuyer('投诉人：甲信息技术有限公司\n被投诉人：晋中市榆次区教育局、山西晋阳中正招标代理有限公司\n相关供应商：乙公司'),
    ).toBe('晋中市榆次区教育局');
    expect(respondentBuyer('被投诉人1：某市政府采购中心\n被投诉人2：某市第一人民医院')).toBe('某市第一人民医院');
  });

  it('reads nothing when only the agency was complained against or none is named', () => {
    expect(respondentBuyer('被投诉人：某某工程咨询有限公司')).toBeNull();
    expect(respondentBuyer('投诉人：甲公司\n投诉事项：评分不公')).toBeNull();
  });
});
