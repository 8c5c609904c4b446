import { districtOfBareCityZone } from './bare-city-zone';

describe('districtOfBareCityZone', () => {
  it('reads a bare 高新区 in a city whose zone is run with one district as that district', () => {
    expect(districtOfBareCityZone('430200', '项目位置：高新区栗雨工业园珠江北路以西')).toBe('430211');
    expect(districtOfBareCityZone('420800', '采购单位：高新区管委会社会事务局')).toBe('420804');
    expect(districtOfBareCityZone('420200', '建设地点：黄石市经开区汪仁镇')).toBe('420205');
  });

  it("leaves other cities, and another place's zone, alone", () => {
    expect(districtOfBareCityZone('430100', '项目位于高新区麓谷')).toBeNull();
    expect(districtOfBareCityZone('430200', '项目位于醴陵高新区')).toBeNull();
    expect(districtOfBareCityZone('430200', '株洲市自然资源和规划局')).toBeNull();
    expect(districtOfBareCityZone(null, '高新区')).toBeNull();
  });
});
