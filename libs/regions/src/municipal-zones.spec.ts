import { getRegion, resolveRegion } from './index';
import { MUNICIPAL_ZONES } from './municipal-zones';

describe('functional zones of the municipalities', () => {
  it('names only hosts that exist', () => {
    for (const zone of MUNICIPAL_ZONES) for (const host of zone.hosts) expect(getRegion(host)).toBeDefined();
  });

  it('puts a zone lying in one district in that district', () => {
    expect(resolveRegion({ buyer: '中新天津生态城建设局' })?.code).toBe('120116');
    expect(resolveRegion({ title: '东疆综合保税区冷链仓库改造工程' })?.code).toBe('120116');
    expect(resolveRegion({ title: '张江科学城某路段绿化提升工程' })?.code).toBe('310115');
    expect(resolveRegion({ title: '中关村科学城某园区配套道路' })?.code).toBe('110108');
    expect(resolveRegion({ title: '西永综合保税区标准厂房维修' })?.code).toBe('500106');
  });

  it('keeps a zone spread over several districts at the municipality', () => {
    expect(resolveRegion({ title: '虹桥国际中央商务区公共绿地养护' })?.code).toBe('310000');
    expect(resolveRegion({ title: '亦庄新城某路市政配套工程' })?.code).toBe('110000');
  });

  it('reads zones named after districts merged in 2011 as the district that took them in', () => {
    expect(resolveRegion({ title: '万盛经开区某镇农村公路改造' })?.code).toBe('500110');
    expect(resolveRegion({ title: '双桥经开区某街道管网改造' })?.code).toBe('500111');
    // 承德's own 双桥区 is still a district of its own.
    expect(resolveRegion({ title: '承德市双桥区某小学改造' })?.code).toBe('130802');
  });

  it('does not read the bare common words (生态城, 科学城, 城市副中心) as any of them', () => {
    expect(resolveRegion({ title: '某生态城道路工程' })).toBeNull();
    expect(resolveRegion({ title: '科学城配套学校设备采购' })).toBeNull();
  });
});
