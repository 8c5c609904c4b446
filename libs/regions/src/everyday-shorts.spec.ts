import { everydayShortForms } from './everyday-shorts';
import { getRegion, resolveRegion } from './index';

const shortsOf = (code: string): string[] => everydayShortForms(getRegion(code)!);

describe('everydayShortForms', () => {
  it.each([
    ['150521', ['科左中旗']], // 科尔沁左翼中旗
    ['150926', ['察右前旗']], // 察哈尔右翼前旗
    ['150121', ['土左旗']], // 土默特左旗
    ['150823', ['乌前旗']], // 乌拉特前旗
    ['150726', ['新左旗']], // 新巴尔虎左旗
    ['150722', ['莫旗']],
    ['152525', ['东乌旗']],
    ['653131', ['塔县']],
    ['150624', []], // 鄂托克旗: no mark, no everyday form of its own
    ['150725', []], // 陈巴尔虎旗: 陈旗 is as often a person (联系人：陈旗)
    ['150100', []], // a city keeps its usual short forms only
  ])('%s → %j', (code, expected) => {
    expect(shortsOf(code)).toEqual(expected);
  });

  it('gives each form to one division only', () => {
    const seen = new Map<string, string>();
    for (const code of ['150121', '150221', '150422', '150423', '150521', '150522', '150623', '150726', '150727']
      .concat(['150823', '150824', '150825', '150826', '150926', '150927', '150928', '152221', '152222'])
      .concat(['152523', '152524', '152921', '152922'])) {
      for (const form of shortsOf(code)) {
        expect(seen.get(form) ?? code).toBe(code);
        seen.set(form, code);
      }
    }
  });
});

describe('resolveRegion: everyday short forms of banners and counties', () => {
  it.each([
    ['科左中旗第一中学教学楼维修工程招标公告', '150521'],
    ['东乌旗人民医院彩超采购项目竞争性磋商公告', '152525'],
    ['达茂旗第二小学供暖改造工程招标公告', '150223'],
    ['塔县人民医院救护车采购询价公告', '653131'],
    ['察县第三中学食堂改造工程比选公告', '654022'],
  ])('%s → %s', (title, expected) => {
    expect(resolveRegion({ title })?.code).toBe(expected);
  });

  it('does not read a flagship store (旗舰店) as a banner', () => {
    expect(resolveRegion({ title: '办公家具采购（达旗舰店供货）公告' })?.code).toBeUndefined();
  });
});
