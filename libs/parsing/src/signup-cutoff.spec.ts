import { parseBulletin } from './bulletin-parser';
import { signupCutoff } from './signup-cutoff';

describe('signupCutoff', () => {
  it('reads the close of registration in a letting', () => {
    expect(signupCutoff('某村集体鱼塘承包经营权发包公告\n起始承包费：每年3万元\n报名时间：2033年7月1日至2033年7月12日16:00止')).toEqual(
      new Date('2033-07-12T08:00:00Z'),
    );
    expect(signupCutoff('门面房公开招租公告\n年租金底价：18.6万元\n报名截止时间：2030年6月28日17时')).toEqual(
      new Date('2030-06-28T09:00:00Z'),
    );
    expect(signupCutoff('仓库出租公告\n报名时间：即日起至2031年3月5日17:00')).toEqual(new Date('2031-03-05T09:00:00Z'));
  });

  it('reads the 报名截止 of a call to join a framework list', () => {
    expect(signupCutoff('空调协议供货入围征集公告\n报名截止时间：2029年11月20日17时00分')).toEqual(new Date('2029-11-20T09:00:00Z'));
  });

  it('leaves 报名 alone in a procurement, and a window with no end', () => {
    expect(signupCutoff('某工程施工招标公告\n报名时间：2030年10月8日至2030年10月14日17:00')).toBeNull();
    expect(signupCutoff('门面房出租公告\n报名时间：2030年10月8日起')).toBeNull();
  });

  it('is the deadline only where no bid cut-off is stated', () => {
    const letting = {
      title: '某镇集体资产出租公告',
      body: '租赁期限：5年\n报名时间：2031年4月1日至2031年4月10日17:00\n竞价方式：现场竞价',
    };
    expect(parseBulletin(letting).deadlineAt).toEqual(new Date('2031-04-10T09:00:00Z'));
    const withBids = { ...letting, body: `${letting.body}\n竞租申请文件递交截止时间：2031年4月15日9:30` };
    expect(parseBulletin(withBids).deadlineAt).toEqual(new Date('2031-04-15T01:30:00Z'));
  });

  it('reads the 报名截止 of a 中介超市 selection, whose 竞价 or draw comes later', () => {
    expect(signupCutoff('网上中介超市选取公告\n服务金额上限：12.8万元\n报名截止时间：2034年1月18日17:00\n竞价时间：另行通知')).toEqual(
      new Date('2034-01-18T09:00:00Z'),
    );
  });

  it('reads the 报名截止 of a unit choosing suppliers by 遴选', () => {
    expect(signupCutoff('某县人民医院现就医用耗材配送服务进行院内公开遴选\n报名截止时间：2035年3月20日17:30')).toEqual(
      new Date('2035-03-20T09:30:00Z'),
    );
  });

  it('reads the close of registration of a village collective letting small works (own-b163)', () => {
    expect(signupCutoff('发包人：某镇某村股份经济合作社\n控制价：28万元\n报名截止：2038年7月3日下午3时整\n比选时间：另行通知')).toEqual(
      new Date('2038-07-03T07:00:00Z'),
    );
    expect(
      signupCutoff(
        '发包方：某镇某村村民委员会\n报名时间及方式：自公告之日起至2038年5月20日下午4时30分止，携相关资料到某县农村产权交易中心现场报名。',
      ),
    ).toEqual(new Date('2038-05-20T08:30:00Z'));
    expect(
      signupCutoff(
        '某村股份经济合作社对村道工程进行公开比选。\n有意者请于2038年4月15日下午3时前携营业执照到镇农村集体“三资”管理服务站报名，逾期不予受理。',
      ),
    ).toEqual(new Date('2038-04-15T07:00:00Z'));
  });

  it('leaves a date before a 报名 in another clause alone', () => {
    expect(signupCutoff('发包人：某村村民委员会\n开工时间：2038年5月1日前完成。报名须带营业执照')).toBeNull();
  });
});
