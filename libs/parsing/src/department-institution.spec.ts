import { institutionOfDepartment } from './department-institution';
import { readParties } from './parties';

describe('institutionOfDepartment', () => {
  it('gives the institution the title opens with for a bare department of it', () => {
    expect(institutionOfDepartment('机电工程学院', '洛阳理工职业学院')).toBe('洛阳理工职业学院');
    expect(institutionOfDepartment('检验科', '某市第二人民医院')).toBe('某市第二人民医院');
  });

  it('keeps a unit with its own place, a unit that is no department and a title with no institution', () => {
    expect(institutionOfDepartment('宿松县中医院', '宿松县卫生健康委员会')).toBeNull();
    expect(institutionOfDepartment('滨江区人民医院检验科', '杭州市滨江区人民医院')).toBeNull();
    expect(institutionOfDepartment('检验科', '某县卫生健康局')).toBeNull();
    expect(institutionOfDepartment('检验科', null)).toBeNull();
  });

  it('reads the institution as the buyer of a notice that names only the department (使用单位)', () => {
    const text = '采购编号：LY-2040-058\n项目名称：智能制造实训室设备\n使用单位：机电工程学院\n成交供应商：河南某科技有限公司';
    expect(readParties(text, '洛阳理工职业学院智能制造实训室设备履约验收公示', { titleFallback: true }).buyer).toBe('洛阳理工职业学院');
  });

  it('still prefers a 采购人 field over the department and the title', () => {
    const text = '采购人：中原科技大学\n使用单位：机电工程学院';
    expect(readParties(text, '洛阳理工职业学院设备采购公告', { titleFallback: true }).buyer).toBe('中原科技大学');
  });
});
