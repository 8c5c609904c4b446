import { addFormerTownNames } from './former-towns';
import { resolveRegion } from './index';
import type { NameEntry } from './name-index';

const entry = (code: string): NameEntry => ({ code, kind: 'town', rank: 2, commonWord: false, needsBoundary: false });

describe('addFormerTownNames', () => {
  it('adds the 镇 name of a 街道 that no township holds', () => {
    const towns = new Map([['泽当街道', [entry('540502')]]]);
    addFormerTownNames(towns);
    expect(towns.get('泽当镇')).toEqual([entry('540502')]);
  });

  it('leaves a 镇 name that a township holds to that township', () => {
    const towns = new Map([
      ['城南街道', [entry('540202')]],
      ['城南镇', [entry('330381')]],
    ]);
    addFormerTownNames(towns);
    expect(towns.get('城南镇')).toEqual([entry('330381')]);
  });

  it('reads a town written under its former name as its county', () => {
    expect(resolveRegion({ title: '泽当镇滨河社区雨污管网改造工程施工招标公告' })?.code).toBe('540502');
  });
});
