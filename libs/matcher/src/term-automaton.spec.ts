import fc from 'fast-check';
import { TermAutomaton } from './term-automaton';

/** Reference: every term that `indexOf` finds. */
function reference(terms: string[], text: string): number[] {
  return terms.flatMap((term, id) => (text.includes(term) ? [id] : []));
}

function found(terms: string[], text: string): number[] {
  const automaton = new TermAutomaton(terms);
  const hits = new Int32Array(terms.length);
  const count = automaton.scan(text, new Uint32Array(terms.length), 1, hits);
  return [...hits.subarray(0, count)].sort((a, b) => a - b);
}

const sorted = (terms: string[]) => [...new Set(terms.filter(Boolean))].sort();

describe('TermAutomaton', () => {
  it('finds nested, overlapping and suffix terms (道路 inside 市政道路)', () => {
    const terms = sorted(['道路', '市政道路', '市政', '政道', '路', '道路改造', '改造工程']);
    const text = '某市政道路改造工程';
    expect(found(terms, text)).toEqual(reference(terms, text));
    expect(found(terms, text).map((id) => terms[id])).toEqual(expect.arrayContaining(['道路', '市政道路', '路']));
  });

  it('reports a term once however often it occurs', () => {
    const terms = ['ab'];
    const automaton = new TermAutomaton(terms);
    const hits = new Int32Array(1);
    expect(automaton.scan('ababab', new Uint32Array(1), 7, hits)).toBe(1);
  });

  it('matches non-BMP characters as surrogate pairs, never half of one', () => {
    const terms = sorted(['𠀀', '𠀀建设', '\ud840']);
    expect(found(terms, 'x𠀀建设').map((id) => terms[id])).toEqual(['\ud840', '𠀀', '𠀀建设']);
    expect(found(['𠀀'], '𠀁')).toEqual([]);
  });

  it('searches wide nodes (more children than a linear scan handles)', () => {
    const tails = Array.from({ length: 40 }, (_, i) => String.fromCharCode(0x4e00 + i * 3));
    const terms = sorted(tails.map((t) => `道${t}`).concat(tails.map((t) => `${t}路`)));
    const text = `道${tails[17]}路道${tails[39]}x道${String.fromCharCode(0x4e01)}`;
    expect(found(terms, text)).toEqual(reference(terms, text));
    expect(found(terms, text).map((id) => terms[id])).toEqual(sorted([`道${tails[17]}`, `道${tails[39]}`, `${tails[17]}路`]));
  });

  it('handles no terms and empty text', () => {
    expect(found([], '道路')).toEqual([]);
    expect(found(['道路'], '')).toEqual([]);
  });

  it('rejects unsorted, duplicate or empty terms', () => {
    expect(() => new TermAutomaton(['b', 'a'])).toThrow(RangeError);
    expect(() => new TermAutomaton(['a', 'a'])).toThrow(RangeError);
    expect(() => new TermAutomaton([''])).toThrow(RangeError);
  });

  it('keeps separate stamps apart (title and body scans share no state)', () => {
    const automaton = new TermAutomaton(['道路']);
    const seen = new Uint32Array(1);
    const hits = new Int32Array(1);
    expect(automaton.scan('道路', seen, 1, hits)).toBe(1);
    expect(automaton.scan('道路', seen, 2, hits)).toBe(1);
  });

  // Small alphabets make nesting and overlaps frequent; wide nodes exercise the binary search.
  const small = fc.constantFrom('道', '路', '市', '政', '改', 'a', 'A', '𠀀', '\ud840', '\udc00');
  const wide = fc.integer({ min: 0x4e00, max: 0x4e40 }).map((c) => String.fromCharCode(c));
  for (const [name, unit] of [
    ['small alphabet', small],
    ['wide alphabet', fc.oneof(small, wide)],
  ] as const) {
    it(`agrees with an indexOf reference on random text (${name})`, () => {
      const word = fc.array(unit, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
      fc.assert(
        fc.property(fc.array(word, { maxLength: 60 }), fc.array(unit, { maxLength: 200 }), (raw, chars) => {
          const terms = sorted(raw);
          const text = chars.join('');
          expect(found(terms, text)).toEqual(reference(terms, text));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('agrees with the reference when the text is built from the terms', () => {
    const word = fc.string({ unit: fc.constantFrom('道', '路', '市', '政'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { maxLength: 20 }), (raw, picks) => {
        const terms = sorted(raw);
        const text = picks.map((p) => terms[p % terms.length]).join('');
        expect(found(terms, text)).toEqual(reference(terms, text));
      }),
      { numRuns: 300 },
    );
  });
});
