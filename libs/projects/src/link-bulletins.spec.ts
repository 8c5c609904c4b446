import { foldPartyName, linkBulletins, linkKeys, normaliseProjectCode, projectCore, type LinkInput } from './index';

const day = (d: string) => new Date(`${d}T00:00:00+08:00`);

describe('projectCore', () => {
  it.each([
    ['渝中区解放碑步道改造工程施工招标公告', '渝中区解放碑步道改造工程施工'],
    ['渝中区解放碑步道改造工程施工招标更正公告', '渝中区解放碑步道改造工程施工'],
    ['关于渝中区解放碑步道改造工程施工的中标结果公告', '渝中区解放碑步道改造工程施工'],
    ['渝中区解放碑步道改造工程施工(二次)招标公告', '渝中区解放碑步道改造工程施工'],
    ['渝中区解放碑步道改造工程施工重新招标公告', '渝中区解放碑步道改造工程施工'],
    ['渝中区解放碑步道改造工程施工（CQ-2026-0001）答疑二', '渝中区解放碑步道改造工程施工'],
  ])('%s → %s', (title, core) => {
    expect(projectCore(title)).toBe(core);
  });

  it('keeps lots apart', () => {
    expect(projectCore('某某学校食堂改造一标段招标公告')).not.toBe(projectCore('某某学校食堂改造二标段招标公告'));
  });

  it('drops the buyer where the title repeats it, with or without the province', () => {
    expect(projectCore('四川省某某市人民医院某某市人民医院手术室设备采购公告', '某某市人民医院')).toBe('手术室设备');
  });
});

describe('foldPartyName', () => {
  it('folds the usual variants of one company', () => {
    const names = [
      '某某建设集团有限责任公司',
      '某某建设集团有限公司',
      '某某建設集團有限公司',
      ' 某某建设集团有限公司江苏分公司',
      '某某建设集团（有限公司）',
    ];
    expect(new Set(names.map(foldPartyName)).size).toBe(1);
  });
  it('keeps different organisations apart', () => {
    expect(foldPartyName('某某市第一人民医院')).not.toBe(foldPartyName('某某市第二人民医院'));
  });
});

describe('normaliseProjectCode', () => {
  it('reads one code in every spelling and refuses masked ones', () => {
    expect(normaliseProjectCode('ＣＱ-2026-001 ')).toBe(normaliseProjectCode('cq2026001'));
    expect(normaliseProjectCode('****')).toBeNull();
    expect(normaliseProjectCode('12')).toBeNull();
  });
});

describe('linkBulletins', () => {
  const tender: LinkInput = {
    id: 't',
    title: '某某区滨江路改造工程施工招标公告',
    buyer: '某某区住房和城乡建设局',
    projectCode: 'MM-2026-017',
    publishedAt: day('2026-03-01'),
  };
  const correction: LinkInput = {
    id: 'c',
    title: '某某区滨江路改造工程施工招标更正公告',
    buyer: '某某区住建局',
    projectCode: 'MM-2026-017',
    publishedAt: day('2026-03-08'),
  };
  const award: LinkInput = {
    id: 'a',
    title: '关于某某区滨江路改造工程施工的中标结果公示',
    buyer: '某某区住房和城乡建设局',
    projectCode: null,
    publishedAt: day('2026-04-02'),
  };
  const other: LinkInput = {
    id: 'o',
    title: '某某区滨江路绿化养护采购公告',
    buyer: '某某区住房和城乡建设局',
    projectCode: 'MM-2026-018',
    publishedAt: day('2026-03-02'),
  };

  it('joins a tender, its correction (same code) and its award (same buyer and name)', () => {
    const p = linkBulletins([award, other, correction, tender]);
    expect(p.get('t')).toBe(p.get('c'));
    expect(p.get('t')).toBe(p.get('a'));
    expect(p.get('o')).not.toBe(p.get('t'));
  });

  it('gives the same key whatever the input order or later notices', () => {
    const first = linkBulletins([tender, correction]).get('t');
    expect(linkBulletins([award, correction, tender]).get('t')).toBe(first);
  });

  it('does not join notices further apart than the window', () => {
    const late = { ...award, id: 'late', publishedAt: day('2027-03-01') };
    const p = linkBulletins([tender, late]);
    expect(p.get('late')).not.toBe(p.get('t'));
  });

  it('needs a buyer to join on a short, generic name', () => {
    expect(linkKeys({ title: '手术室行为管理系统采购公告', buyer: null, projectCode: null })).toEqual([]);
  });
});

describe('lots', () => {
  it('keeps lots of one code apart and joins the notices of one lot', () => {
    const at = day('2026-03-01');
    const lot1 = { id: 'l1', title: '某某中学运动场改造一标段招标公告', buyer: '某某中学', projectCode: 'ZX-2026-9', publishedAt: at };
    const lot2 = { id: 'l2', title: '某某中学运动场改造第二标段招标公告', buyer: '某某中学', projectCode: 'ZX-2026-9', publishedAt: at };
    const lot1Award = {
      id: 'l1a',
      title: '某某中学运动场改造第1标段中标候选人公示',
      buyer: null,
      projectCode: 'ZX-2026-9',
      publishedAt: at,
    };
    const p = linkBulletins([lot1, lot2, lot1Award]);
    expect(p.get('l1')).not.toBe(p.get('l2'));
    expect(p.get('l1a')).toBe(p.get('l1'));
  });
});
