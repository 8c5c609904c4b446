import { dropLeadingLot, dropLotNote } from './lot-note';

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

describe('dropLeadingLot', () => {
  it('drops the lot written before the name of the one who won it', () => {
    expect(dropLeadingLot('第一包杭州西溪教育装备有限公司')).toBe('杭州西溪教育装备有限公司');
    expect(dropLeadingLot('第2标段 浙江之江路桥工程有限公司')).toBe('浙江之江路桥工程有限公司');
    expect(dropLeadingLot('包1:宁波甬江科技有限公司')).toBe('宁波甬江科技有限公司');
    expect(dropLeadingLot('A包-温州瓯海办公用品有限公司')).toBe('温州瓯海办公用品有限公司');
  });

  it('keeps names that open with 包 or 第一包装 and are no lot', () => {
    expect(dropLeadingLot('包头市鹿城建设工程有限公司')).toBe('包头市鹿城建设工程有限公司');
    expect(dropLeadingLot('第一包装材料有限公司')).toBe('第一包装材料有限公司');
    expect(dropLeadingLot('第二标段')).toBe('第二标段');
  });
});
