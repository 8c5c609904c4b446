import { cityOfBareZoneBuyer } from './bare-zone-buyer';

describe('cityOfBareZoneBuyer', () => {
  const agencyInHefei = '采购代理机构信息\n名称：某招标代理有限公司\n地址：合肥市蜀山区长江西路669号\n联系方式：0551-65318820';

  it("takes the one city around a bare zone body's notice when that city has such a zone", () => {
    expect(cityOfBareZoneBuyer('340000', '经开区社会事业局', agencyInHefei)).toBe('340100');
    expect(cityOfBareZoneBuyer(null, '经开区社会事业局', agencyInHefei)).toBe('340100');
    expect(cityOfBareZoneBuyer('340000', '高新区管委会', '联系电话：0551-65318820')).toBe('340100');
    // A street corner's words (交口) are no county in an address.
    expect(cityOfBareZoneBuyer(null, '经开区社会事业局', `地址：莲花路与紫云路交口管委会大楼\n${agencyInHefei}`)).toBe('340100');
  });

  it('leaves a city with no zone of the kind, clues that disagree, and named zones alone', () => {
    // 黄山 (0559) has no state-level economic or high-tech zone in the division data.
    expect(cityOfBareZoneBuyer('340000', '经开区社会事业局', '电话：0559-2512345')).toBeNull();
    expect(cityOfBareZoneBuyer('340000', '经开区社会事业局', `${agencyInHefei}\n供应商地址：芜湖市镜湖区北京中路218号`)).toBeNull();
    expect(cityOfBareZoneBuyer('340000', '芜湖经开区社会事业局', agencyInHefei)).toBeNull();
    expect(cityOfBareZoneBuyer('340000', '经开区社会事业局', '无电话')).toBeNull();
  });

  it('leaves a code already below the province alone', () => {
    expect(cityOfBareZoneBuyer('340200', '经开区社会事业局', agencyInHefei)).toBeNull();
  });
});
