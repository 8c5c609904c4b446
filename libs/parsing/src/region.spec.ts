import { locateRegion } from './region';

describe('locateRegion', () => {
  it('resolves region text to the most specific code with its names', () => {
    expect(locateRegion({ regionText: '重庆市渝中区', title: '', body: '' })).toEqual({
      code: '500103',
      path: ['重庆市', '渝中区'],
    });
  });

  it('falls back to the buyer and title', () => {
    expect(locateRegion({ buyer: '焦作市青少年体育训练中心', title: '某采购项目', body: '' })?.path.slice(0, 2)).toEqual([
      '河南省',
      '焦作市',
    ]);
  });

  it('is null when nothing names a place', () => {
    expect(locateRegion({ title: '某采购项目', body: '' })).toBeNull();
  });
});
