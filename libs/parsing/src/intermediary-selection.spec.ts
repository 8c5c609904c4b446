import { parseBulletin } from './bulletin-parser';
import { selectsIntermediary } from './intermediary-selection';

describe('a notice choosing an intermediary the way a 中介服务超市 does', () => {
  it('knows it by its way of choosing', () => {
    expect(selectsIntermediary('选取方式：随机抽取')).toBe(true);
    expect(selectsIntermediary('某项目测绘服务竞价选取公告')).toBe(true);
    expect(selectsIntermediary('本项目采用择优选取')).toBe(true);
    expect(selectsIntermediary('审计中介机构选聘公告')).toBe(true);
  });

  it('does not take an ordinary tender for one', () => {
    expect(selectsIntermediary('评标委员会成员从专家库中随机抽取')).toBe(false);
    expect(selectsIntermediary('某工程施工招标公告')).toBe(false);
  });

  it('reads the close of registration as the deadline of such a notice', () => {
    const parsed = parseBulletin({
      title: '某镇卫生院改造项目施工图设计服务选取公告',
      body: '业主单位：某镇卫生院\n预算金额：30,000.00元\n选取方式：随机抽取\n报名截止时间：2040年6月22日17:00',
    });
    expect(parsed.deadlineAt?.toISOString()).toBe('2040-06-22T09:00:00.000Z');
  });
});
