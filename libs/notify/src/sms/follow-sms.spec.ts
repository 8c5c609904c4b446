import { followSmsParams, renderFollowSms } from './follow-sms';

describe('followSmsParams', () => {
  it('names the new deadline, not the old one', () => {
    const params = followSmsParams({
      projectNames: ['滨江区江堤步道提升改造工程施工招标公告'],
      changes: ['截止时间由 12月20日 09:30 改为 12月27日 09:30'],
      count: 1,
    });
    expect(params).toEqual({ name: '滨江区江堤步道提升改造…', change: '截止时间改为12月27日 09:30' });
    expect(renderFollowSms(params, '标讯订阅')).toBe(
      '【标讯订阅】您关注的项目「滨江区江堤步道提升改造…」有新公告：截止时间改为12月27日 09:30。拒收请回复R',
    );
  });

  it('names the winner and amount, and a cancellation', () => {
    expect(
      followSmsParams({ projectNames: ['江堤步道'], changes: ['中标单位：某某建设集团有限公司', '中标金额：452万元'], count: 1 }).change,
    ).toBe('中标：某某建设集团有限公司，中标金额：452万元');
    expect(followSmsParams({ projectNames: ['江堤步道'], changes: ['项目已终止或废标'], count: 1 }).change).toBe('项目已终止或废标');
  });

  it('keeps links and 【】 out of the variables and stays within the length providers allow', () => {
    const params = followSmsParams({
      projectNames: ['【广告】http://evil.example/x 江堤', '北岸公园'],
      changes: ['中标单位：某某建设集团有限公司、另一家建设工程有限公司、第三家联合体成员有限公司 www.evil.example'],
      count: 2,
    });
    expect(params.name).toBe('广告 江堤等2个项目');
    expect(params.change).not.toMatch(/http|www|【|】/);
    expect([...params.change].length).toBeLessThanOrEqual(35);
  });

  it('counts the notices when nothing changed that the project shows', () => {
    expect(followSmsParams({ projectNames: ['江堤步道'], changes: [], count: 2 })).toEqual({ name: '江堤步道', change: '2条' });
  });
});
