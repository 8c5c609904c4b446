import { dropAgentRoleNote } from './agent-role-note';

describe('dropAgentRoleNote', () => {
  it('drops a 代建 note after a tendering body', () => {
    expect(dropAgentRoleNote('某市城市建设投资有限公司(代建单位)')).toBe('某市城市建设投资有限公司');
    expect(dropAgentRoleNote('某市建设投资集团有限公司(代建)')).toBe('某市建设投资集团有限公司');
    expect(dropAgentRoleNote('某县城投公司(项目代建单位)')).toBe('某县城投公司');
  });

  it('drops a 受…委托 note naming whom the body acts for', () => {
    expect(dropAgentRoleNote('某城发建设管理有限责任公司(受项目业主委托实施建设管理)')).toBe('某城发建设管理有限责任公司');
    expect(dropAgentRoleNote('某代建中心(受某县教育局委托)')).toBe('某代建中心');
  });

  it('keeps other brackets and a 代建 word inside the name', () => {
    expect(dropAgentRoleNote('某某会计师事务所(特殊普通合伙)')).toBe('某某会计师事务所(特殊普通合伙)');
    expect(dropAgentRoleNote('某市政府投资项目代建中心')).toBe('某市政府投资项目代建中心');
    expect(dropAgentRoleNote('某代建管理有限公司(代建)')).toBe('某代建管理有限公司');
  });
});
