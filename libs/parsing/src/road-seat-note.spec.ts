import { dropRoadSeatNote } from './road-seat-note';

describe('dropRoadSeatNote', () => {
  it('drops a bracketed district and road after a name', () => {
    expect(dropRoadSeatNote('青禾城投建设有限公司(青山区和平大道)')).toBe('青禾城投建设有限公司');
    expect(dropRoadSeatNote('青禾水务集团有限公司(禾城市青山区东湖路)')).toBe('青禾水务集团有限公司');
    expect(dropRoadSeatNote('青禾县燃气有限公司(青禾县人民街)')).toBe('青禾县燃气有限公司');
  });

  it('keeps a bracket that is no district and road', () => {
    expect(dropRoadSeatNote('青禾建设工程有限公司(普通合伙)')).toBe('青禾建设工程有限公司(普通合伙)');
    expect(dropRoadSeatNote('青禾(青山区)建设有限公司')).toBe('青禾(青山区)建设有限公司');
    expect(dropRoadSeatNote('青禾建设有限公司(青山区)')).toBe('青禾建设有限公司(青山区)');
  });
});
