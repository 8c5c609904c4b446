import { proseDocketCode, titleDocketCode } from './title-docket-code';

describe('titleDocketCode', () => {
  it('reads a procurement 文号 in the title’s brackets', () => {
    expect(titleDocketCode('某县人民医院超声诊断仪采购项目（某财采〔2032〕17号）公开招标公告')).toBe('某财采〔2032〕17号');
    expect(titleDocketCode('某中学课桌椅采购(某政采[2031]第045号)终止公告')).toBe('某政采[2031]第045号');
  });

  it('leaves a policy or an approval 文号 alone', () => {
    expect(titleDocketCode('关于转发《政府采购意向公开通知》（财库〔2020〕10号）的通知')).toBeNull();
    expect(titleDocketCode('某污水管网工程（某发改投〔2032〕38号）施工招标公告')).toBeNull();
    expect(titleDocketCode('某项目（二标段）中标公告')).toBeNull();
  });
});

describe('proseDocketCode', () => {
  it('reads a procurement 文号 in a bracket closing the project’s name', () => {
    expect(proseDocketCode('某局养老服务采购项目（某财采〔2032〕17号）采用竞争性磋商方式采购')).toBe('某财采〔2032〕17号');
  });

  it('leaves a policy cited after its title alone', () => {
    expect(proseDocketCode('根据《某省政府采购管理办法》（某财购〔2021〕1号），现将有关事项公告如下')).toBeNull();
  });
});
