import { parseBulletin } from './bulletin-parser';
import { opensWithRole } from './role-lead';

describe('opensWithRole', () => {
  it('takes a role with 为 or 是 at the start as a sentence', () => {
    expect(opensWithRole('招标人为某某建设有限公司')).toBe(true);
    expect(opensWithRole('采购单位是某某物业有限公司')).toBe(true);
  });

  it('leaves names, even those with an agency word', () => {
    expect(opensWithRole('招标代理有限公司')).toBe(false);
    expect(opensWithRole('湖南潇湘招标咨询有限公司')).toBe(false);
  });
});

describe('agency of a notice that only states its buyer in prose', () => {
  it('takes no agency from the sentence naming the buyer', () => {
    const parsed = parseBulletin({
      title: '某项目经理部商品混凝土采购招标公告',
      body:
        '招标编号：ZB-2031-WZ-01\n一、招标条件\n本招标项目所需商品混凝土已具备招标条件，招标人为中铁建某某建设有限公司某某项目经理部，现对其进行公开招标。\n' +
        '投标文件递交截止时间：2031年8月10日10时00分',
    });
    expect(parsed.agency).toBeNull();
  });
});
