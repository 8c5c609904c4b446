import { appendPage } from './pages';

describe('load more', () => {
  it('appends the next page without repeating items', () => {
    expect(appendPage([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'c' }]).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(appendPage([], [{ id: 'a' }])).toEqual([{ id: 'a' }]);
  });
});
