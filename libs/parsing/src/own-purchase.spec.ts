import { ownPurchaser } from './own-purchase';

describe('ownPurchaser', () => {
  it('reads the body that says it means to buy in the opening sentence', () => {
    expect(ownPurchaser('某市某区某镇人民政府拟对某游客中心办公家具采购项目进行询价，欢迎供应商参加。')).toBe('某市某区某镇人民政府');
    expect(ownPurchaser('各供应商：\n某县第一中学拟就学生公寓床具采购组织竞争性磋商。')).toBe('某县第一中学');
    expect(ownPurchaser('某县疾病预防控制中心拟采用询价方式采购冷链设备一批。')).toBe('某县疾病预防控制中心');
  });

  it("reads the body announcing it in the present, after its reason or a superior's leave", () => {
    expect(ownPurchaser('某县人民医院根据工作需要，现就医用耗材配送服务进行院内公开遴选，欢迎报名。')).toBe('某县人民医院');
    expect(ownPurchaser('某县林业和草原局根据森林防火工作需要，现对某系统建设项目进行公开招标。')).toBe('某县林业和草原局');
    expect(ownPurchaser('某县某镇人民政府现对村级道路提升工程进行公开比选，确定施工单位。')).toBe('某县某镇人民政府');
    expect(ownPurchaser('经某县自然资源和规划局同意，某县不动产登记中心对办公家具采购项目进行询价采购。')).toBe('某县不动产登记中心');
  });

  it('takes no agency and no sentence without a body before 拟', () => {
    expect(ownPurchaser('某某招标代理有限公司拟对某项目进行公开招标。')).toBeNull();
    expect(ownPurchaser('本项目拟对外进行公开招标。')).toBeNull();
    expect(ownPurchaser('我单位拟对办公楼维修进行询价。')).toBeNull();
    expect(ownPurchaser('受某县人民医院委托，某工程咨询有限公司现对某项目进行公开招标。')).toBeNull();
    expect(ownPurchaser('本项目现对外进行公开招标。')).toBeNull();
  });
});
