import { postcodeProvincesIn } from './postcodes';

describe('postcodeProvincesIn', () => {
  it('gives the province of a labelled postcode by its first two digits', () => {
    expect(postcodeProvincesIn('地址：新城区长乐西路118号（邮编：710032）')).toEqual(['610000']);
    expect(postcodeProvincesIn('邮政编码 010010，电话0471-1234567')).toEqual(['150000']);
    expect(postcodeProvincesIn('邮编200233；邮编：201100')).toEqual(['310000']);
  });

  it('reads no bare six digits and no unassigned range', () => {
    expect(postcodeProvincesIn('预算金额：710032元，项目代码610102')).toEqual([]);
    expect(postcodeProvincesIn('邮编：999077')).toEqual([]);
    expect(postcodeProvincesIn('邮编：7100321')).toEqual([]);
  });
});
