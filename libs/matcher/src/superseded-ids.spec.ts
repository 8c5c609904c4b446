import fc from 'fast-check';
import { supersededPositions } from './superseded-ids';

describe('supersededPositions', () => {
  it('marks every occurrence of an id but the last', () => {
    expect(supersededPositions(['a', 'b', 'a', 'c', 'a', 'b']).sort()).toEqual([0, 1, 2]);
    expect(supersededPositions([])).toEqual([]);
  });

  it('agrees with a Map-based reference', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 300 }), (ids) => {
        const last = new Map(ids.map((id, i) => [id, i]));
        const expected = ids.flatMap((id, i) => (last.get(id) === i ? [] : [i]));
        expect(supersededPositions(ids).sort((a, b) => a - b)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
