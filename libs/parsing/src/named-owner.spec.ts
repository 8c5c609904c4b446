import { namedAsOwner, ownerAfterRole } from './named-owner';

describe('namedAsOwner', () => {
  it('reads the body a report names as the project owner', () => {
    expect(namedAsOwner('6月26日，该工程正式通水。勉县水务局作为项目建设单位，会同设计、施工单位进行了检查。')).toBe('勉县水务局');
    expect(namedAsOwner('某某新区投资发展有限公司作为该项目业主，负责项目融资与建设管理。')).toBe('某某新区投资发展有限公司');
    expect(namedAsOwner('3月5日开工。项目由某县国有资本运营有限公司作为业主单位，中建某局承建。')).toBe('某县国有资本运营有限公司');
  });

  it('takes no clause that says more than the name, nor a builder', () => {
    expect(namedAsOwner('工程开工。其中由某某市水务局作为项目建设单位。')).toBeNull();
    expect(namedAsOwner('某某建设有限公司作为施工单位进场。')).toBeNull();
  });
});

describe('ownerAfterRole', () => {
  it('reads a whole name written right after 建设单位 or 业主单位 in prose', () => {
    expect(ownerAfterRole('工程提前完工，获得建设单位某县水务局的高度评价。')).toBe('某县水务局');
    expect(ownerAfterRole('公司与业主单位某城投集团有限公司签订合同。')).toBe('某城投集团有限公司');
  });

  it('reads no one where the role is followed by anything but a name that ends its phrase', () => {
    expect(ownerAfterRole('建设单位负责组织竣工验收。')).toBeNull();
    expect(ownerAfterRole('建设单位某县水务局负责组织竣工验收。')).toBeNull();
  });
});
