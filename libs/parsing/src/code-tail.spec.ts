import { withoutGlossNote, withWrappedSerial } from './code-tail';
import { extractProjectCode } from './project-code';

describe('withWrappedSerial', () => {
  it('joins the serial of a 文号 broken after its year bracket', () => {
    expect(withWrappedSerial('某财采计[2034]', '0061号')).toBe('某财采计[2034]0061号');
    expect(withWrappedSerial('某招〔2034〕', '第12号')).toBe('某招〔2034〕第12号');
  });

  it('leaves a complete value or a next line of words alone', () => {
    expect(withWrappedSerial('ABC-2034-01', '0061号')).toBe('ABC-2034-01');
    expect(withWrappedSerial('某财采计[2034]', '二、项目名称：某项目')).toBe('某财采计[2034]');
    expect(withWrappedSerial('某财采计[2034]', undefined)).toBe('某财采计[2034]');
  });
});

describe('withoutGlossNote', () => {
  it('drops a bracketed Chinese note glued to a Latin code', () => {
    expect(withoutGlossNote('SDGP370114000202402000073(本编号为平台编号)')).toBe('SDGP370114000202402000073');
  });

  it('keeps short round marks and brackets of a 文号', () => {
    expect(withoutGlossNote('ZSHJ-2026-014(2)')).toBe('ZSHJ-2026-014(2)');
    expect(withoutGlossNote('HBZB-2034-001(二次)')).toBe('HBZB-2034-001(二次)');
    expect(withoutGlossNote('榆城投招（2028）12号')).toBe('榆城投招（2028）12号');
  });
});

describe('extractProjectCode with the tails', () => {
  it('reads a 文号 broken over a line and a code with a gloss', () => {
    expect(extractProjectCode('一、项目编号：某县财采计[2034]\n0061号\n二、项目名称：某项目')).toBe('某县财采计[2034]0061号');
    expect(extractProjectCode('一、采购项目编号：AB2034000073（本编号为信息公开平台编号）\n二、')).toBe('AB2034000073');
  });

  it('reads a result numbered only by its tender (原公告编号)', () => {
    expect(extractProjectCode('原公告编号：XYZB-2034-HW-0155\n原公告发布日期：2034年7月8日')).toBe('XYZB-2034-HW-0155');
    expect(extractProjectCode('项目编号：AB-2034-02\n原公告编号：AB-2034-01')).toBe('AB-2034-02');
  });

  it('prefers the procedure number (交易编号) to the lot number written before it', () => {
    expect(extractProjectCode('标段编号：E4301052034000215001\n交易编号：E4301052034000215')).toBe('E4301052034000215');
    expect(extractProjectCode('标段编号：XAS2027-015\n招标人：某局')).toBe('XAS2027-015');
  });
});
