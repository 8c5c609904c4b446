import { resolveRegion } from './index';
import { scanMentions } from './mention-scanner';

const code = (title: string): string | undefined => resolveRegion({ title })?.code;

describe('township stems before a local office (town-institutions)', () => {
  it('reads a township stem before an office name as that township, once its city is known', () => {
    // 笕桥 is a 街道 of 上城区 in 杭州: its tax office, police station or clinic lies there.
    expect(code('杭州市笕桥税务所办公楼维修')).toBe('330102');
    expect(code('杭州市笕桥派出所监控改造')).toBe('330102');
    expect(code('杭州明远大学笕桥医院食堂承包')).toBe('330102');
  });

  it('does not let a stem name a place where no city is known', () => {
    expect(code('笕桥税务所办公楼维修')).toBeUndefined();
  });

  it('reads nothing from words that say what kind of office it is (人民医院, 中心卫生院)', () => {
    // 人民街道 is a 街道 of 越秀区, yet 广州市人民医院 is the city hospital, not the township one.
    expect(code('广州市人民医院空调维保')).toBe('440100');
    const text = '广州市人民医院';
    expect(scanMentions(text).map((m) => text.slice(m.start, m.end))).toEqual(['广州市']);
  });

  it('keeps both readings of a stem that is also a county name, for the known city to choose', () => {
    // 平湖 is a county-level city of 嘉兴 and a 街道 of 龙岗区 in 深圳.
    expect(code('嘉兴平湖医院设备采购')).toBe('330482');
    expect(code('深圳市平湖医院设备采购')).toBe('440307');
  });
});

describe('township stems opening a site field (siteTownships)', () => {
  const site = (body: string): string | undefined => resolveRegion({ title: '青禾公司仓库外墙维修工程中标公示', body })?.code;

  it('reads an address that opens with a township stem only one township has', () => {
    // 拱宸桥 is a 街道 of 拱墅区 in 杭州 and nowhere else.
    expect(site('建设单位 青禾公司 建设地点 拱宸桥东路18号 中标价 120万元')).toBe('330105');
    expect(site('项目地点：拱宸桥北段5号')).toBe('330105');
  });

  it('leaves short stems and stems outside a site field alone', () => {
    expect(site('建设地点 新华路18号')).toBeUndefined();
    expect(site('供应商地址 拱宸桥东路18号')).toBeUndefined();
  });
});
