import { actingTenderer } from './acting-tenderer';

describe('actingTenderer', () => {
  it('reads the body that acts as 招标人 after its own role’s 为', () => {
    const text = '项目业主为某市某区教育局，项目代建单位为某市城市建设发展集团有限公司并作为招标人，招标代理机构为某公司。';
    expect(actingTenderer(text)).toBe('某市城市建设发展集团有限公司');
  });

  it('reads a body that 担任 the 招标人 after 由 and its role', () => {
    const text = '某小学改扩建工程由某市某区政府投资项目代建中心作为代建单位并担任本项目招标人，招标代理机构为某公司。';
    expect(actingTenderer(text)).toBe('某市某区政府投资项目代建中心');
  });

  it('reads the name after a role standing before it', () => {
    expect(actingTenderer('资金为财政资金，由工程总承包某城建集团有限责任公司作为招标人进行招标')).toBe('某城建集团有限责任公司');
  });

  it('reads nothing where no body is said to act as 招标人, or only its agent', () => {
    expect(actingTenderer('项目业主为某局，招标人为某局，招标代理机构为某公司。')).toBeNull();
    expect(actingTenderer('某咨询有限公司作为招标代理机构，受招标人委托')).toBeNull();
    expect(actingTenderer('某咨询有限公司作为招标人代理')).toBeNull();
  });
});
