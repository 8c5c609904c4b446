import { parseBulletin } from './bulletin-parser';
import { dropSizeNote } from './size-note';

describe('dropSizeNote', () => {
  it('drops a size class written as a labelled answer after the name', () => {
    expect(dropSizeNote('甲科技有限公司(小微企业:是)')).toBe('甲科技有限公司');
    expect(dropSizeNote('乙物业管理有限公司（企业规模：小型）')).toBe('乙物业管理有限公司');
    expect(dropSizeNote('丙商贸有限公司(是否中小企业：否)')).toBe('丙商贸有限公司');
    expect(dropSizeNote('丁设备有限公司(中小企业声明函:微型企业)')).toBe('丁设备有限公司');
    expect(dropSizeNote('戊被服厂(企业类型:监狱企业)')).toBe('戊被服厂');
    expect(dropSizeNote('甲信息技术有限公司(企业性质:小微企业)')).toBe('甲信息技术有限公司');
    expect(dropSizeNote('乙商贸有限公司(中小企业声明:微型企业)')).toBe('乙商贸有限公司');
  });

  it('drops several classes listed together and a policy the firm was given', () => {
    expect(dropSizeNote('丙农业发展有限公司(小型企业、残疾人福利性单位)')).toBe('丙农业发展有限公司');
    expect(dropSizeNote('丁服务有限公司（微型企业/监狱企业）')).toBe('丁服务有限公司');
    expect(dropSizeNote('戊服务有限公司(享受小微企业价格扣除)')).toBe('戊服务有限公司');
  });

  it('keeps brackets that are part of a name or say something else', () => {
    expect(dropSizeNote('己建筑设计事务所(普通合伙)')).toBe('己建筑设计事务所(普通合伙)');
    expect(dropSizeNote('庚(中国)投资有限公司')).toBe('庚(中国)投资有限公司');
    expect(dropSizeNote('辛规模养殖专业合作社')).toBe('辛规模养殖专业合作社');
    expect(dropSizeNote('壬企业管理咨询有限公司')).toBe('壬企业管理咨询有限公司');
    expect(dropSizeNote('癸(小型)机械厂')).toBe('癸(小型)机械厂');
  });

  it('reads the winner of a result without its size-class answer', () => {
    const parsed = parseBulletin({
      title: '某县办公设备采购项目中标结果公告',
      body: '中标供应商名称：壬办公设备有限公司（小微企业：是）\n中标金额：¥55,000.00',
    });
    expect(parsed.winners).toEqual(['壬办公设备有限公司']);
    expect(parsed.awardYuan).toBe(55000);
  });
});
