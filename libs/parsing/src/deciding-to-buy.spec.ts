import { decidingToBuy } from './deciding-to-buy';

describe('decidingToBuy', () => {
  it('reads the body that decides to tender or buy', () => {
    expect(decidingToBuy('经沭阳县钱集镇人民政府研究决定，对钱集镇农村人居环境整治管护服务进行公开比选')).toBe('沭阳县钱集镇人民政府');
    expect(decidingToBuy('经南宁市青秀区园林绿化管理所研究决定，拟对园林养护车辆进行询价采购')).toBe('南宁市青秀区园林绿化管理所');
  });

  it('names nobody for a bare 经研究决定 or a scoring committee', () => {
    expect(decidingToBuy('经研究决定，对某服务进行公开比选')).toBeNull();
    expect(decidingToBuy('经评标委员会研究决定，对某项目重新招标')).toBeNull();
  });
});
