import { addRegion, containsRegion, regionCodes, regionState, removeRegion, type RegionRef } from './regions';

const r = (code: string, name: string, level: string, parentCode: string | null = null): RegionRef => ({
  code,
  name,
  level,
  parentCode,
  fullName: name,
});
const chongqing = r('500000', '重庆市', 'province');
const yuzhong = r('500103', '渝中区', 'district', '500000');
const jiangbei = r('500105', '江北区', 'district', '500000');
const shenzhen = r('440300', '深圳市', 'city', '440000');
const nanshan = r('440305', '南山区', 'district', '440300');

describe('region selection', () => {
  it('knows which codes contain which', () => {
    expect(containsRegion('500000', '500103')).toBe(true);
    expect(containsRegion('440000', '440305')).toBe(true);
    expect(containsRegion('440300', '440305')).toBe(true);
    expect(containsRegion('440300', '440100')).toBe(false);
    expect(containsRegion('500103', '500103')).toBe(false);
    expect(containsRegion('500103', '500000')).toBe(false);
  });

  it('adds several regions and removes one', () => {
    let sel = addRegion([], yuzhong).selected;
    sel = addRegion(sel, jiangbei).selected;
    sel = addRegion(sel, nanshan).selected;
    expect(regionCodes(sel)).toEqual(['500103', '500105', '440305']);
    expect(regionCodes(removeRegion(sel, '500105'))).toEqual(['500103', '440305']);
  });

  it('does not add a region twice or one that a chosen province already includes', () => {
    expect(addRegion([yuzhong], yuzhong).status).toBe('duplicate');
    const covered = addRegion([chongqing], yuzhong);
    expect(covered.status).toBe('covered');
    expect(covered.status !== 'added' && covered.coveredBy?.name).toBe('重庆市');
    expect(covered.selected).toEqual([chongqing]);
  });

  it('replaces the districts inside a province or city when that is chosen', () => {
    const result = addRegion([yuzhong, jiangbei, nanshan], chongqing);
    expect(result.status).toBe('added');
    expect(regionCodes(result.selected)).toEqual(['440305', '500000']);
    expect(result.status === 'added' && result.replaced.map((x) => x.name)).toEqual(['渝中区', '江北区']);
    expect(regionCodes(addRegion([nanshan], shenzhen).selected)).toEqual(['440300']);
  });

  it('stops at the limit', () => {
    expect(addRegion([yuzhong, jiangbei], nanshan, 2).status).toBe('limit');
    // Replacing two districts with their province frees room.
    expect(addRegion([yuzhong, jiangbei], chongqing, 2).status).toBe('added');
  });

  it('marks tree nodes as selected, included or partly chosen', () => {
    const sel = [shenzhen, yuzhong];
    expect(regionState(sel, '440300')).toBe('selected');
    expect(regionState(sel, '440305')).toBe('included');
    expect(regionState(sel, '440000')).toBe('partial');
    expect(regionState(sel, '500000')).toBe('partial');
    expect(regionState(sel, '110000')).toBe('none');
  });
});
