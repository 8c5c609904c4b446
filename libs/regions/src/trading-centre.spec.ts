import { resolveRegion } from './index';
import { tradingCentreNames } from './trading-centre';

const code = (title: string, body: string): string | undefined => resolveRegion({ title, body })?.code;

describe('the trading centre where a bulletin is traded', () => {
  it('lists the place before each 公共资源交易中心', () => {
    expect(tradingCentreNames('开标地点：衡阳市公共资源交易中心三楼', '在祁东县公共资源交易服务中心进行')).toEqual(['衡阳市', '在祁东县']);
  });

  it('reads a centre written in traditional characters, spaced out or with the compatibility form of 易', () => {
    expect(tradingCentreNames('開標地點：衡陽市公共資源交易中心')).toEqual(['衡阳市']);
    expect(tradingCentreNames('衡阳市公共资源交 易中心')).toEqual(['衡阳市']);
    expect(tradingCentreNames('衡阳市公共资源交\uF9E0中心')).toEqual(['衡阳市']);
    expect(tradingCentreNames('衡阳市某中心', null, undefined)).toEqual([]);
  });

  it('reads each centre as a scan of the whole text would, phrases without a centre and runs of them included', () => {
    const scan = (t: string): string[] =>
      [...t.matchAll(/([\p{Script=Han}]{2,10})公共资源交易(?:服务|管理)?(?:中心|所|平台)/gu)].map((m) => m[1]);
    for (const text of [
      '某市公共资源交易公共资源交易中心',
      '衡阳市公共资源交易网发布，开标地点：衡阳市公共资源交易中心，监督：湖南省公共资源交易服务平台',
      '由某县委托某市公共资源交易中心组织，某县公共资源交易管理所见证',
      '公共资源交易中心',
      '甲乙公共资源交易中心公共资源交易中心',
    ]) {
      expect(tradingCentreNames(text)).toEqual(scan(text));
    }
    // Every text of up to five pieces, so places of every length meet phrases at every distance.
    const pieces = ['甲乙', '公共资源交易', '中心', '服务', '，', '某市某县某镇'];
    let texts = [''];
    for (let n = 0; n < 5; n++) texts = texts.flatMap((t) => pieces.map((p) => t + p));
    const differ = texts.filter((t) => JSON.stringify(tradingCentreNames(t)) !== JSON.stringify(scan(t)));
    expect(differ).toEqual([]);
  });

  it('places a bulletin that names no place of its own where it is traded', () => {
    expect(code('青禾小学操场改造招标公告', '开标时间：2024年3月1日 开标地点：衡阳市公共资源交易中心第二开标室')).toBe('430400');
  });

  it('goes below a province known from elsewhere', () => {
    expect(code('湖南省青禾小学操场改造招标公告', '开标地点：衡阳市公共资源交易中心')).toBe('430400');
  });

  it('never moves a place the work names to another city', () => {
    expect(code('长沙市青禾小学操场改造招标公告', '开标地点：衡阳市公共资源交易中心')).toBe('430100');
  });

  it('ignores a national platform, and centres that disagree choose nothing', () => {
    expect(code('青禾小学操场改造招标公告', '来源：全国公共资源交易平台 开标地点：衡阳市公共资源交易中心')).toBe('430400');
    // Two centres of one province say the province, as the names alone would.
    expect(code('青禾小学操场改造招标公告', '衡阳市公共资源交易中心 株洲市公共资源交易中心')).toBe('430000');
  });
});
