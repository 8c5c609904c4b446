import { wonInTitle } from './winner-headline';

describe('wonInTitle', () => {
  it('reads the firm that 以…中标 or 中标 a project as the one who won', () => {
    expect(wonInTitle('某路桥建设有限公司以1,236.5万元中标某公路提质改造工程', '某路桥建设有限公司')).toBe(true);
    expect(wonInTitle('某科技有限公司中标某县智慧校园项目', '某科技有限公司')).toBe(true);
  });

  it('leaves a buyer naming its notice', () => {
    expect(wonInTitle('某县交通运输局中标结果公示', '某县交通运输局')).toBe(false);
    expect(wonInTitle('某医院中标候选人公示', '某医院')).toBe(false);
    expect(wonInTitle('某县人民医院设备采购项目中标公告', '某县人民医院')).toBe(false);
  });
});
