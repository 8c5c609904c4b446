import { divisionCityOf } from './bingtuan-division';

describe('divisionCityOf', () => {
  it('gives the city a 兵团 division is governed with', () => {
    expect(divisionCityOf('采购单位：第七师一二三团中学')).toBe('659010'); // 胡杨河市
    expect(divisionCityOf('招标人：新疆生产建设兵团第三师某团场')).toBe('659003'); // 图木舒克市
    expect(divisionCityOf('农八师148团连队道路')).toBe('659001'); // 石河子市
    expect(divisionCityOf('十师182团供水工程')).toBe('659005'); // 北屯市
    expect(divisionCityOf('第十四师某团卫生院，兵团项目')).toBe('659009'); // 昆玉市
    expect(divisionCityOf('第十三师红星二场，兵团')).toBe('659011'); // 新星市
  });

  it('names nothing without the 兵团, for divisions without a city, or for two divisions', () => {
    expect(divisionCityOf('第一师范学院实验室设备采购')).toBeNull();
    expect(divisionCityOf('某部第七师营区维修')).toBeNull();
    expect(divisionCityOf('第十二师某团场')).toBeNull();
    expect(divisionCityOf('第一师和第二师兵团联合采购')).toBeNull();
    expect(divisionCityOf('七师傅维修部')).toBeNull();
  });
});
