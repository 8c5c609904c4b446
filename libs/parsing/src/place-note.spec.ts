import { dropPlaceNote } from './place-note';

describe('dropPlaceNote', () => {
  it('drops a province or city the name already opens with', () => {
    expect(dropPlaceNote('四川青禾建设有限公司(四川省成都市)')).toBe('四川青禾建设有限公司');
  });

  it('drops a city or county of the province a firm is registered under', () => {
    expect(dropPlaceNote('新疆青禾工程咨询有限公司(乌鲁木齐市)')).toBe('新疆青禾工程咨询有限公司');
    expect(dropPlaceNote('湖北青禾招标有限公司(仙桃市)')).toBe('湖北青禾招标有限公司');
  });

  it('keeps a bracket naming a place of another province, or no exact division', () => {
    expect(dropPlaceNote('新疆青禾工程咨询有限公司(成都市)')).toBe('新疆青禾工程咨询有限公司(成都市)');
    expect(dropPlaceNote('新疆青禾工程咨询有限公司(乌鲁木齐)')).toBe('新疆青禾工程咨询有限公司(乌鲁木齐)');
    expect(dropPlaceNote('青禾工程咨询有限公司(乌鲁木齐市)')).toBe('青禾工程咨询有限公司(乌鲁木齐市)');
  });
});
