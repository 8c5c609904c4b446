import { parseBulletin } from './bulletin-parser';
import { disposalServiceAfter } from './disposal-service';

describe('a service bought for a disposal', () => {
  it('finds a service or a firm of a trade named right after the disposal word', () => {
    expect(disposalServiceAfter('资产评估服务选取结果公示')).toBe(true);
    expect(disposalServiceAfter('评估机构选取公告')).toBe(true);
    expect(disposalServiceAfter('服务采购公告')).toBe(true);
  });

  it('finds none after a sale itself', () => {
    expect(disposalServiceAfter('公告')).toBe(false);
    expect(disposalServiceAfter('结果公示')).toBe(false);
    expect(disposalServiceAfter('评估结果公示')).toBe(false);
  });

  it('reads the appraiser chosen for a sale as an award, and the sale as no procurement', () => {
    const chosen = parseBulletin({
      title: '某县人民医院闲置设备处置资产评估服务选取结果公示',
      body: '采购人：某县人民医院\n中选机构：某某资产评估有限公司\n中选金额：6,500.00元',
    });
    expect(chosen.category).toBe('award');
    expect(chosen.awardYuan).toBe(6500);
    const sale = parseBulletin({ title: '某县人民医院闲置设备处置公告', body: '竞买人须于报名截止前缴纳保证金。' });
    expect(sale.category).toBe('other');
  });
});
