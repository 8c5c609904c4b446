import { parseBulletin } from './bulletin-parser';
import { nameBeforeNextLabel } from './run-together-cell';

describe('nameBeforeNextLabel', () => {
  it('takes a public body closed by the next field label', () => {
    expect(nameBeforeNextLabel('某县交通运输局联系人张工', 0, 'any')).toBe('某县交通运输局');
    expect(nameBeforeNextLabel('甲镇人民政府采购代理机构乙咨询有限公司', 0, 'any')).toBe('甲镇人民政府');
  });

  it('leaves a name running on into prose', () => {
    expect(nameBeforeNextLabel('某县交通运输局将于近期组织验收', 0, 'any')).toBeNull();
  });

  it('reads the buyer of a table stripped of its tags without separators', () => {
    const parsed = parseBulletin({
      title: '某乡渠道整治工程招标公告',
      body: '项目编号：QD-2031-01\n招标人某县水务局招标代理机构甲工程咨询有限公司\n最高投标限价：800,000.00元',
    });
    expect(parsed.buyer).toBe('某县水务局');
    expect(parsed.agency).toBe('甲工程咨询有限公司');
  });
});
