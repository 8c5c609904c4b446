import fc from 'fast-check';
import { sortedOrder } from './sort-strings';

describe('sortedOrder', () => {
  it('orders like Array.prototype.sort(), including prefixes, NUL and surrogates', () => {
    const strings = ['道路', '道', 'a\u0000b', 'a', '', '𠀀', '\uffff', '道路改造', 'ab', 'a\u0000'];
    expect(Array.from(sortedOrder(strings), (i) => strings[i])).toEqual([...strings].sort());
  });

  it('agrees with Array.prototype.sort() on random strings', () => {
    const unit = fc.constantFrom('a', 'b', '\u0000', '道', '路', '\ud840', '\udc00', '\uffff');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 4 }), { maxLength: 100 }), (strings) => {
        expect(Array.from(sortedOrder(strings), (i) => strings[i])).toEqual([...strings].sort());
      }),
      { numRuns: 300 },
    );
  });
});
