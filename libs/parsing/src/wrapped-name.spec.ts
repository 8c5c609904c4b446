import { joinWrappedCells, wrappedNameAt } from './wrapped-name';

describe('wrappedNameAt', () => {
  it('joins a name wrapped on the 名称 line under a party heading (own-b146)', () => {
    const text = '2.采购代理机构信息\n名称：湖南某山项目管理有限公\n司\n地址：某路 1 号';
    expect(wrappedNameAt(text, 10, 'any')).toBe('湖南某山项目管理有限公司');
  });

  it('closes a PDF space inside the part on the label line (own-b123)', () => {
    const text = '成交供应商名称：甲乙数智信息 技术有\n限公司\n成交金额：48.6万元';
    expect(wrappedNameAt(text, 7)).toBe('甲乙数智信息技术有限公司');
  });

  it('joins a name wrapped over the label line and the next', () => {
    expect(wrappedNameAt('：某某园林绿化\n工程有限公司\n地址：某路', 0)).toBe('某某园林绿化工程有限公司');
  });

  it('joins a wrapped name that starts on the line below its label', () => {
    expect(wrappedNameAt('：\n甲建设工程\n有限公司\n中标金额：1元', 0)).toBe('甲建设工程有限公司');
    expect(wrappedNameAt('：\n甲建设有限公司\n乙建设有限公司', 0)).toBeNull();
  });

  it('joins a name wrapped over three lines', () => {
    expect(wrappedNameAt('：\n福建闽东海洋环\n境工程技术有限\n公司\n成交金额：1元', 0)).toBe('福建闽东海洋环境工程技术有限公司');
  });

  it('joins any body’s name when asked for any kind', () => {
    expect(wrappedNameAt('：某市某区消\n防救援大队\n代理机构：某公司', 0, 'any')).toBe('某市某区消防救援大队');
    expect(wrappedNameAt('：某市某区消\n防救援大队\n代理机构：某公司', 0)).toBeNull();
    expect(wrappedNameAt('：某市某区教育局\n某某小学', 0, 'any')).toBeNull();
  });

  it('joins a name broken mid-line whose last part runs on into the next field after a gap (own-b144)', () => {
    const text = '招标人：某市政\n府投资项目代建管理局  招标代理机构：某招标代理有限公司';
    expect(wrappedNameAt(text, 4, 'any')).toBe('某市政府投资项目代建管理局');
    expect(wrappedNameAt('：某某园林绿\n化工程有限公司 地址:某路1号', 0)).toBe('某某园林绿化工程有限公司');
  });

  it('joins a name broken in the middle of a 招标条件 sentence, after the label’s 为 (own-b144)', () => {
    const text = '招标代理机构为辽宁某某工\n程咨询有限公司。项目已具备招标条件';
    expect(wrappedNameAt(text, 6, 'any')).toBe('辽宁某某工程咨询有限公司');
    expect(wrappedNameAt('为某某市政\n府投资项目，建设资金来自财政', 0, 'any')).toBeNull();
  });

  it('never closes a name on a part followed by prose or by a part that reads as no name', () => {
    expect(wrappedNameAt('：某市政\n府投资项目 由代建局负责', 0, 'any')).toBeNull();
    expect(wrappedNameAt('：某市政\n府投资项目  招标代理：某公司', 0, 'any')).toBeNull();
  });

  it('never joins a row number, or a heading and a row number, to the name below', () => {
    expect(wrappedNameAt('\n评审结果\n1\n青岛高校电子有限公司', 0)).toBeNull();
  });

  it('leaves a whole name on the label line and a next line that is a field alone', () => {
    expect(wrappedNameAt('：甲有限公司\n乙有限公司', 0)).toBeNull();
    expect(wrappedNameAt('：某某园林绿化\n地址：某路1号', 0)).toBeNull();
    expect(wrappedNameAt('：详见附件\n合格', 0)).toBeNull();
  });
});

describe('joinWrappedCells', () => {
  it('joins a table cell wrapped onto the lines below its row', () => {
    expect(joinWrappedCells('序号 中标人 中标价(元)\n1 江西昌南市政建设 2,486,930.00\n工程有限公司\n项目经理:程某')).toBe(
      '序号 中标人 中标价(元)\n1 江西昌南市政建设工程有限公司 2,486,930.00\n项目经理:程某',
    );
    expect(joinWrappedCells('1 内蒙古草原 586,400.00\n绿洲生态环\n境有限公司\n服务期限:一年')).toBe(
      '1 内蒙古草原绿洲生态环境有限公司 586,400.00\n服务期限:一年',
    );
  });

  it('joins a cell broken inside its row, the row’s later cells after the last part', () => {
    expect(joinWrappedCells('1 内蒙古草原\n绿洲生态环\n境有限公司 586,400.00 合格\n服务期限:一年')).toBe(
      '1 内蒙古草原绿洲生态环境有限公司 586,400.00 合格\n服务期限:一年',
    );
  });

  it('never joins a header line or a contact’s name to the next row', () => {
    const header = '成交供应商名称 | 成交金额(元) | 服务期限\n重庆渝安物业管理有限公司 | 612,000.00 | 2年';
    expect(joinWrappedCells(header)).toBe(header);
    const contact = '1 甲建设有限公司 3,268,450.00 赵立新\n乙建设工程有限公司 3,297,800.00 马文斌';
    expect(joinWrappedCells(contact)).toBe(contact);
  });

  it('leaves rows whose cells are whole names, and lines that complete no name', () => {
    const whole = '1 江西昌南市政建设工程有限公司 2,486,930.00\n项目经理';
    expect(joinWrappedCells(whole)).toBe(whole);
    const notes = '1 合格 120日历天\n备注';
    expect(joinWrappedCells(notes)).toBe(notes);
  });

  it('joins a name wrapped in the first row of a table without row numbers, right under its header', () => {
    expect(joinWrappedCells('中标供应商名称 中标金额(元)\n甲城乡规划 864,000.00\n设计研究院\n公示期：3日')).toBe(
      '中标供应商名称 中标金额(元)\n甲城乡规划设计研究院 864,000.00\n公示期：3日',
    );
    const prose = '中标结果如下\n甲城乡规划 864,000.00\n设计研究院';
    expect(joinWrappedCells(prose)).toBe(prose);
  });
});
