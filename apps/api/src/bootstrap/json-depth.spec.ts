import { jsonDepth, MAX_JSON_DEPTH, refuseDeepJson } from './json-depth';

const depthOf = (text: string) => jsonDepth(Buffer.from(text));

describe('jsonDepth', () => {
  it('counts nested objects and arrays', () => {
    expect(depthOf('1')).toBe(0);
    expect(depthOf('{"items":[{"a":1},{"b":[2]}]}')).toBe(4);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(depthOf('{"a":"[[[{{{","b":"\\"[[["}')).toBe(1);
  });

  it('stops counting once past the bound', () => {
    expect(depthOf('['.repeat(10_000))).toBe(10_000);
    expect(jsonDepth(Buffer.from('['.repeat(10_000)), 5)).toBe(6);
  });
});

describe('refuseDeepJson', () => {
  it('lets the limit through and refuses one level more, as a 400 body-parser error', () => {
    expect(() => refuseDeepJson(null, null, Buffer.from(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`))).not.toThrow();
    expect(() => refuseDeepJson(null, null, Buffer.from('['.repeat(MAX_JSON_DEPTH + 1)))).toThrow(
      expect.objectContaining({ status: 400, type: 'entity.too.deep' }),
    );
  });
});
