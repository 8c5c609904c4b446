import { dropLotNote } from './lot-note';

describe('dropLotNote', () => {
  it('drops the lot a supplier won, noted in brackets after its name', () => {
    expect(dropLotNote('甲教学设备有限公司(包1)')).toBe('甲教学设备有限公司');
    expect(dropLotNote('乙路桥工程有限公司（第二标段）')).toBe('乙路桥工程有限公司');
    expect(dropLotNote('丙办公用品有限公司(A包、C包)')).toBe('丙办公用品有限公司');
    expect(dropLotNote('丁科技有限公司(标项3)')).toBe('丁科技有限公司');
  });

  it('keeps brackets that are part of a name or say something else', () => {
    expect(dropLotNote('戊建筑设计事务所(普通合伙)')).toBe('戊建筑设计事务所(普通合伙)');
    expect(dropLotNote('己包装材料有限公司')).toBe('己包装材料有限公司');
    expect(dropLotNote('庚(上海)贸易有限公司')).toBe('庚(上海)贸易有限公司');
  });
});
