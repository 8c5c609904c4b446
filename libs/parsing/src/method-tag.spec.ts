import { readNoticeKind } from './category';
import { methodTagKind } from './method-tag';

const kind = (title: string, body = '') => readNoticeKind({ title, body });

describe('methodTagKind: an app push tagged only with a purchasing method', () => {
  it('reads a bare method tag over a project name as a tender', () => {
    const tender = { category: 'tender', stage: 'invitation' };
    expect(kind('【招标】某县城区背街小巷路灯改造工程', '预算：321.6万元\n招标单位：某县城市管理局\n截止时间：2028-06-16 09:00')).toEqual(
      tender,
    );
    expect(kind('[询价]某镇卫生院DR设备采购项目')).toEqual(tender);
    expect(kind('【政府采购】某中学课桌椅更新项目', '预算金额：48万元')).toEqual(tender);
    expect(kind('【竞争性磋商】某街道保洁服务项目').category).toBe('tender');
  });

  it('leaves a title or another tag that names a kind to decide', () => {
    expect(kind('【招标】某项目中标结果公告').category).toBe('award');
    expect(kind('【采购】某医院2028年7至8月政府采购意向').category).toBe('intent');
    expect(kind('【招标】【更正】某县小学维修工程招标公告')).toEqual({ category: 'change', stage: 'correction' });
    expect(kind('【中标】某县人饮巩固提升工程', '中标单位：某公司\n中标金额：¥1,582,600.00').category).toBe('award');
    expect(kind('【拟建项目】某市城区雨污分流工程', '总投资：3.85亿元\n项目阶段：立项').category).toBe('proposed');
  });

  it('needs the tag to be the method alone', () => {
    expect(methodTagKind('【招标代理】')).toBeNull();
    expect(methodTagKind('【采购人】')).toBeNull();
    expect(methodTagKind('【某县】')).toBeNull();
    expect(methodTagKind('[询价]')).not.toBeNull();
  });
});
