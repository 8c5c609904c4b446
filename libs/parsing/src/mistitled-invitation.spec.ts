import { classifyCategory } from './category';
import { bodyOnlyInvites } from './mistitled-invitation';

describe('a result title over an invitation', () => {
  const invitation =
    '青禾职业学院拟对校园广播系统升级进行竞争性磋商，现欢迎合格的供应商参加本次采购活动。\n递交响应文件截止时间：2027年5月12日9:30';

  it('reads a body that only invites bids as a tender', () => {
    expect(bodyOnlyInvites(invitation)).toBe(true);
    expect(classifyCategory({ title: '青禾职业学院校园广播系统升级采购成交公告', body: invitation })).toBe('tender');
  });

  it('keeps the result when the body speaks of a winner or a ranking', () => {
    const result = `${invitation}\n成交供应商：青禾声像科技有限公司`;
    expect(bodyOnlyInvites(result)).toBe(false);
    expect(classifyCategory({ title: '青禾职业学院校园广播系统升级采购成交公告', body: result })).toBe('award');
    expect(classifyCategory({ title: '某项目评审结果公示', body: '潜在供应商已于4月完成报名，评审结果如下。' })).toBe('award');
  });
});
