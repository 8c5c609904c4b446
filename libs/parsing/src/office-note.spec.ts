import { dropOfficeNote } from './office-note';

describe('dropOfficeNote', () => {
  it('drops an office of the body noted in brackets after its name', () => {
    expect(dropOfficeNote('国立台湾海洋大学(总务处保管组)')).toBe('国立台湾海洋大学');
    expect(dropOfficeNote('某县人民医院(设备科)')).toBe('某县人民医院');
    expect(dropOfficeNote('某市教育局(办公室)')).toBe('某市教育局');
  });

  it('keeps brackets that are part of a name or follow a firm', () => {
    expect(dropOfficeNote('某设计事务所(普通合伙)')).toBe('某设计事务所(普通合伙)');
    expect(dropOfficeNote('某建设有限公司(第一工程处)')).toBe('某建设有限公司(第一工程处)');
    expect(dropOfficeNote('某市人民医院(某市第四医院)')).toBe('某市人民医院(某市第四医院)');
  });
});
