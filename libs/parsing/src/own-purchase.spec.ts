import { ownPurchaser } from './own-purchase';

describe('ownPurchaser', () => {
  it('reads the body that says it means to buy in the opening sentence', () => {
    expect(ownPurchaser('某市某区某镇人民政府拟对某游客中心办公家具采购项目进行询价，欢迎供应商参加。')).toBe('某市某区某镇人民政府');
    expect(ownPurchaser('各供应商：\n某县第一中学拟就学生公寓床具采购组织竞争性磋商。')).toBe('某县第一中学');
    expect(ownPurchaser('某县疾病预防控制中心拟采用询价方式采购冷链设备一批。')).toBe('某县疾病预防控制中心');
  });

  it('takes no agency and no sentence without a body before 拟', () => {
    expect(ownPurchaser('某某招标代理有限公司拟对某项目进行公开招标。')).toBeNull();
    expect(ownPurchaser('本项目拟对外进行公开招标。')).toBeNull();
    expect(ownPurchaser('我单位拟对办公楼维修进行询价。')).toBeNull();
  });
});
