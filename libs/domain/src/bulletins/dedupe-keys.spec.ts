import { dedupeKeys } from './dedupe-keys';

describe('dedupeKeys', () => {
  const base = {
    titleMatch: '渝中区道路改造工程施工招标公告',
    buyer: '重庆市渝中区住建委',
    projectCode: 'CQ-2026-001',
    category: 'tender',
  };

  it('gives the same keys for the same notice written differently', () => {
    const other = dedupeKeys({ ...base, buyer: '重庆市渝中区住建委 ', projectCode: 'ＣＱ-2026-001' });
    expect(other).toEqual(dedupeKeys(base));
  });

  it('keeps a correction apart from the tender it corrects', () => {
    expect(dedupeKeys({ ...base, category: 'change' }).projectKey).not.toBe(dedupeKeys(base).projectKey);
  });

  it('has no keys without a buyer, and no title key for generic titles', () => {
    expect(dedupeKeys({ ...base, buyer: null })).toEqual({ projectKey: null, titleKey: null });
    expect(dedupeKeys({ ...base, titleMatch: '招标公告' }).titleKey).toBeNull();
  });
});
