import { committeeDepartment } from './committee-department';
import { leadingOrg } from './org-names';

describe('committeeDepartment', () => {
  it('reads the bureau or office a zone committee buys through', () => {
    expect(committeeDepartment('某新区管理委员会', '教育和社会保障局2032年第二季度政府采购意向')).toBe('教育和社会保障局');
    expect(committeeDepartment('某高新区管委会', '办公室公务用车租赁项目')).toBe('办公室');
  });

  it('leaves the committee alone when no department follows', () => {
    expect(committeeDepartment('某开发区管理委员会', '办公楼屋面防水维修工程招标公告')).toBeNull();
    expect(committeeDepartment('某开发区管理委员会', '关于公安分局配套用房的公告')).toBeNull();
    expect(committeeDepartment('某开发区管理委员会', '2032年物业服务采购公告')).toBeNull();
    expect(committeeDepartment('某县人民政府', '办公室设备采购')).toBeNull();
  });

  it('lets a title keep the department as the buyer', () => {
    expect(leadingOrg('某某新区管理委员会教育和社会保障局2032年第二季度政府采购意向')).toBe('某某新区管理委员会教育和社会保障局');
    expect(leadingOrg('某某新区管理委员会邻里中心改造工程招标公告')).toBe('某某新区管理委员会');
  });
});
