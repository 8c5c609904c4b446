import { resolveRegion } from './index';

describe('the agency province when nothing else names a place', () => {
  it('takes the province from the agency name when the bulletin names no place of its own', () => {
    expect(resolveRegion({ title: '监护仪采购项目中标公告', body: '中标金额：12万元', agency: '湖南青禾招标咨询有限公司' })?.code).toBe(
      '430000',
    );
    // The agency may also appear only inside the title, as the party that publishes it.
    expect(resolveRegion({ title: '湖南青禾招标咨询有限公司关于监护仪采购项目的中标公告', body: '' })?.code).toBe('430000');
  });

  it('never gives the agency city, only its province', () => {
    expect(resolveRegion({ title: '监护仪采购项目中标公告', body: '', agency: '长沙市青禾招标咨询有限公司' })?.code).toBe('430000');
  });

  it('lets the names of the work win over the agency', () => {
    expect(resolveRegion({ title: '衡阳市某医院监护仪采购项目', body: '', agency: '广西青禾招标咨询有限公司' })?.code).toBe('430400');
  });

  it('gives nothing when agency names disagree', () => {
    expect(
      resolveRegion({ title: '广西青禾招标咨询有限公司关于监护仪采购的公告', body: '', agency: '湖南青禾招标咨询有限公司' }),
    ).toBeNull();
  });
});
