import { soleDistrictOfCityBody } from './sole-district';

describe('the only urban district of a city', () => {
  const LINFEN = '141000'; // one district, 尧都区 (141002)
  const LISHUI = '331100'; // one district, 莲都区 (331102)
  const HANGZHOU = '330100'; // many districts

  it('places a body named after the city in its only district', () => {
    const buyer = '临汾市第五人民医院';
    expect(soleDistrictOfCityBody(LINFEN, buyer, `${buyer}采购护理床的公告`)).toBe('141002');
    expect(soleDistrictOfCityBody(LISHUI, '[丽水市本级]丽水市园林管理处', '丽水市园林管理处采购苗木')).toBe('331102');
  });

  it('leaves a city with several districts at the city', () => {
    expect(soleDistrictOfCityBody(HANGZHOU, '杭州市某某中学', '杭州市某某中学采购课桌')).toBeNull();
  });

  it('leaves the city when the notice names another county of it', () => {
    const buyer = '临汾市交通运输局';
    expect(soleDistrictOfCityBody(LINFEN, buyer, `${buyer}洪洞段道路养护项目`)).toBeNull();
    expect(soleDistrictOfCityBody(LINFEN, buyer, `${buyer}霍州市境内桥梁检测`)).toBeNull();
  });

  it('needs a buyer that opens with the city and names a body', () => {
    expect(soleDistrictOfCityBody(LINFEN, '某某建设有限公司', '临汾市某道路工程')).toBeNull();
    expect(soleDistrictOfCityBody(LINFEN, '临汾市', '临汾市')).toBeNull();
    expect(soleDistrictOfCityBody('140000', '山西省某某医院', '山西省某某医院')).toBeNull();
  });
});
