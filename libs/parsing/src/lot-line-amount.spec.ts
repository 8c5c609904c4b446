import { amountOnLotLine } from './lot-line-amount';

describe('amountOnLotLine', () => {
  it('reads a bare figure after the winner on its lot line as yuan when the notice says 元 elsewhere', () => {
    const text = '预算金额:300,000.00元\n中标信息:\nA包 青禾教学设备有限公司 128,600.00\nB包 远山仪器有限公司 96,400.00';
    expect(amountOnLotLine(text, '青禾教学设备有限公司')).toBe(128_600);
    expect(amountOnLotLine(text, '远山仪器有限公司')).toBe(96_400);
  });

  it('reads it as yuan when nothing in the notice says 万元, in "|" rows too', () => {
    expect(amountOnLotLine('结果如下:\n第1包 | 青禾教学设备有限公司 | 128,600.00', '青禾教学设备有限公司')).toBe(128_600);
  });

  it('reads a small bare figure in 万元 when the notice speaks only in 万元, and keeps a unit written with it', () => {
    expect(amountOnLotLine('最高投标限价:260万元\n一标段 远山路桥建设有限公司 123.4567', '远山路桥建设有限公司')).toBe(1_234_567);
    expect(amountOnLotLine('预算:30万元\nA包 青禾教学设备有限公司 128,600.00', '青禾教学设备有限公司')).toBeNull();
    expect(amountOnLotLine('预算:30万元\nA包 青禾教学设备有限公司 12.86万元', '青禾教学设备有限公司')).toBe(128_600);
  });

  it('takes the unit a line above states, for a figure written without separators or cents', () => {
    expect(
      amountOnLotLine('中标结果(单位:元):\n1标段 远山路桥建设有限公司 1234567\n2标段 青禾交通有限公司 986400', '远山路桥建设有限公司'),
    ).toBe(1_234_567);
    expect(amountOnLotLine('中标结果:\n1标段 远山路桥建设有限公司 1234567', '远山路桥建设有限公司')).toBeNull();
  });

  it('reads English lots and an amount after a comma and RMB', () => {
    expect(
      amountOnLotLine('Lot 1: 远山港口机械有限公司, RMB 1,280,000.00\nLot 2: 青禾起重设备有限公司, RMB 860,000.00', '远山港口机械有限公司'),
    ).toBe(1_280_000);
  });

  it('reads past a note in brackets after the winner', () => {
    expect(amountOnLotLine('预算金额:300,000.00元\nA包 远山教学设备有限公司(小微企业) 128,600.00', '远山教学设备有限公司')).toBe(128_600);
  });

  it('reads nothing for a name that does not follow a lot on its line', () => {
    expect(amountOnLotLine('中标人:青禾教学设备有限公司 128,600.00', '青禾教学设备有限公司')).toBeNull();
  });
});

describe('amountOnLotLine: lots run on in one sentence after a total', () => {
  const text = '中标总金额:2,203,400.00元,其中:第1包 杭州西溪教育装备有限公司 1,235,000.00元;第2包 浙江之江信息技术有限公司 968,400.00元';
  it("reads each lot's figure after its winner, up to the semicolon", () => {
    expect(amountOnLotLine(text, '杭州西溪教育装备有限公司')).toBe(1235000);
    expect(amountOnLotLine(text, '浙江之江信息技术有限公司')).toBe(968400);
  });
});
