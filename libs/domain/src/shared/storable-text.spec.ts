import { findUnstorableText, unstorableTextReason } from './storable-text';

describe('storable text', () => {
  it('accepts ordinary text, CJK and astral characters (a proper surrogate pair)', () => {
    expect(unstorableTextReason('渝中区道路改造 𠀀 emoji 🚧 tab\tnewline\n')).toBeNull();
  });

  it('refuses NUL and lone surrogates, high or low', () => {
    expect(unstorableTextReason('a\u0000b')).toMatch(/NUL/);
    expect(unstorableTextReason('x\ud800')).toMatch(/surrogate/);
    expect(unstorableTextReason('\udc00x')).toMatch(/surrogate/);
    expect(unstorableTextReason('\ud83d\ud83d\udea7')).toMatch(/surrogate/);
  });

  it('names the path of every bad string and key, skipping the fields asked for', () => {
    const errors = findUnstorableText(
      { name: 'ok', keywords: ['道路', 'a\u0000'], nested: { ['k\u0000']: 1 }, items: ['\u0000'] },
      '',
      new Set(['items']),
    );
    expect(errors.map((e) => e.field).sort()).toEqual(['keywords.1', 'nested.k\u0000']);
  });

  it('walks deep values without recursion', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorableText(deep)).toHaveLength(1);
  });
});
