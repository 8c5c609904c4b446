import { renamedTownEntries } from './renamed-towns';
import { resolveRegion } from './index';
import type { NameEntry } from './name-index';

const entry = (code: string): NameEntry => ({ code, kind: 'town', rank: 2, commonWord: false, needsBoundary: false });

describe('renamedTownEntries', () => {
  const towns = new Map([
    ['泽当街道', [entry('540502')]],
    ['尼尔基镇', [entry('150722')]],
    ['曲卓木乡', [entry('540530')]],
    ['雄梅镇', [entry('540625')]],
    ['城南街道', [entry('540202')]],
    ['城南镇', [entry('330381')]],
  ]);

  it('reads a 镇 no township holds as the 街道 or 乡 of its stem, and a 街道 as the 镇', () => {
    expect(renamedTownEntries('泽当镇', towns)).toEqual([entry('540502')]);
    expect(renamedTownEntries('曲卓木镇', towns)).toEqual([entry('540530')]);
    expect(renamedTownEntries('尼尔基街道', towns)).toEqual([entry('150722')]);
  });

  it('never reads a 乡 name another way, nor a name a township holds', () => {
    expect(renamedTownEntries('雄梅乡', towns)).toBeUndefined();
    expect(renamedTownEntries('城南镇', towns)).toBeUndefined();
  });

  it('reads a town written under its former or its newer township word as its county', () => {
    expect(resolveRegion({ title: '泽当镇滨河社区雨污管网改造工程施工招标公告' })?.code).toBe('540502');
    expect(resolveRegion({ title: '曲卓木镇牧民活动中心维修工程比选公告' })?.code).toBe('540530');
  });
});
