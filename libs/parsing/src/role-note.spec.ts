import { isRoleNote, roleNoted } from './role-note';

describe('roleNoted', () => {
  const prose = '某市某区档案馆(采购人)委托某某招标代理有限公司(采购代理机构)就某项目以竞争性磋商方式进行采购';

  it('reads the buyer and the agency named before their bracketed roles', () => {
    expect(roleNoted(prose, 'buyer')).toBe('某市某区档案馆');
    expect(roleNoted(prose, 'agency')).toBe('某某招标代理有限公司');
  });

  it('leaves out a word the sentence puts before the name', () => {
    expect(roleNoted('某某咨询有限公司受某县水利局(招标人)委托，对某工程进行公开招标', 'buyer')).toBe('某县水利局');
  });

  it('reads a role glossed in English, and a name with a bracketed part inside it', () => {
    const text = '2. 某市城市建设投资（集团）有限公司（业主 Employer）拟对有意参加本合同投标的申请人进行资格预审。';
    expect(roleNoted(text.replace(/（/gu, '(').replace(/）/gu, ')'), 'buyer')).toBe('某市城市建设投资(集团)有限公司');
    expect(roleNoted('某县档案馆(采购人)委托某某招标代理有限公司(采购代理机构)就某项目', 'agency')).toBe('某某招标代理有限公司');
  });

  it('takes no role note without a name right before it', () => {
    expect(roleNoted('经评审，(采购人)确认如下', 'buyer')).toBeNull();
    expect(roleNoted('中标人由某局确定', 'buyer')).toBeNull();
  });
});

describe('isRoleNote', () => {
  it('tells a bracketed role from a field label', () => {
    const text = '某局(采购人)委托';
    expect(isRoleNote(text, 3, 6)).toBe(true);
    expect(isRoleNote('采购人：某局', 0, 3)).toBe(false);
  });
});

describe('roleNoted: a role given as the short name to come', () => {
  it('reads the name before (以下简称“采购人”) and (以下称“代理机构”)', () => {
    expect(roleNoted('某县人民医院(以下简称“采购人”)拟采购一批设备', 'buyer')).toBe('某县人民医院');
    expect(roleNoted('某某招标有限公司(以下称"代理机构")受托', 'agency')).toBe('某某招标有限公司');
    expect(isRoleNote('某院(以下简称“采购人”)拟', 8, 11)).toBe(true);
  });
});

describe('roleNoted: a loan project’s bilingual roles', () => {
  it('reads the name before a role glossed in English first, and before 执行机构 or 实施单位', () => {
    const text = '2. 某县住房和城乡建设局(Executing Agency 执行机构)现邀请合格投标人就某污水处理厂设备提交密封投标。';
    expect(roleNoted(text, 'buyer')).toBe('某县住房和城乡建设局');
    expect(isRoleNote(text, text.indexOf('执行机构'), text.indexOf('执行机构') + 4)).toBe(true);
    expect(roleNoted('某县水利局(项目实施单位)现邀请合格投标人', 'buyer')).toBe('某县水利局');
  });

  it('reads the name before a role followed by the short name to come', () => {
    const text = '1. 某市世界银行贷款项目管理办公室(招标人，以下简称“项目办”)邀请合格投标人';
    expect(roleNoted(text, 'buyer')).toBe('某市世界银行贷款项目管理办公室');
    expect(isRoleNote(text, text.indexOf('招标人'), text.indexOf('招标人') + 3)).toBe(true);
  });

  it('still takes no agent for the buyer', () => {
    expect(roleNoted('某某国际招标有限公司(采购执行机构)受托', 'buyer')).toBeNull();
  });
});
