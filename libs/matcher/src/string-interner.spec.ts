import { StringInterner } from './string-interner';

describe('StringInterner', () => {
  it('gives dense ids, the same id for equal strings, and finds them after growing', () => {
    const interner = new StringInterner();
    const words = Array.from({ length: 5000 }, (_, i) => `词${i % 2500}${i % 3 === 0 ? '' : ''}`);
    const ids = words.map((w) => interner.intern(w));
    expect(interner.size).toBe(2500);
    expect(ids.slice(0, 3)).toEqual([0, 1, 2]);
    words.forEach((w, i) => expect(interner.find(w)).toBe(ids[i]));
    expect(interner.values[ids[2600]]).toBe(words[2600]);
    expect(interner.find('missing')).toBe(-1);
    expect(interner.intern('')).toBe(2500);
  });
});
