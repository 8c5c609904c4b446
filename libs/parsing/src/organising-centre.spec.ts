import { organisingCentre } from './organising-centre';

describe('organisingCentre', () => {
  it("reads the province's purchasing centre that runs a branch's tendering", () => {
    const text = '招标人：某通信股份有限公司某市分公司\n组织单位：某通信股份有限公司某省分公司采购中心\n招标控制价：296万元';
    expect(organisingCentre(text, '某通信股份有限公司某市分公司')).toBe('某通信股份有限公司某省分公司采购中心');
  });

  it('reads a 采购组织单位 too', () => {
    const text = '采购人：某集团某公司\n采购组织单位：某集团招标中心';
    expect(organisingCentre(text, '某集团某公司')).toBe('某集团招标中心');
  });

  it('reads nothing where no buyer field stands beside it', () => {
    expect(organisingCentre('组织单位：某县财政局采购中心\n项目名称：资金存放银行遴选', null)).toBeNull();
  });

  it('reads nothing where the organiser is no purchasing centre', () => {
    expect(organisingCentre('招标人：某县某小学\n组织单位：某县教育局', '某县某小学')).toBeNull();
  });
});
