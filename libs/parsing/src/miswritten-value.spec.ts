import { rightValuesOfSlips } from './miswritten-value';
import { parseBulletin } from './bulletin-parser';

describe('rightValuesOfSlips', () => {
  it('keeps the corrected value of a quoted slip under its field', () => {
    expect(rightValuesOfSlips('原公告中成交供应商名称误写为“甲建设有限责任公司”，现更正为“甲建设有限公司”。')).toBe(
      '成交供应商名称：甲建设有限公司。',
    );
    expect(rightValuesOfSlips('中标金额错写为1,230,000.00元，更正为1,203,000.00元')).toBe('中标金额：1,203,000.00元');
  });

  it('keeps the corrected value when the wrong one is quoted first and called wrong (有误)', () => {
    expect(rightValuesOfSlips('原公告中标金额“¥1,286,000.00”有误，更正为“¥1,268,000.00”。')).toBe('中标金额：¥1,268,000.00。');
    expect(rightValuesOfSlips('成交供应商名称“甲科技有限公司”填写错误，现更正为“甲信息科技有限公司”')).toBe(
      '成交供应商名称：甲信息科技有限公司',
    );
    const p = parseBulletin({
      title: '某社区卫生服务中心设备采购项目中标结果更正公告',
      body: '更正事项：中标金额\n更正内容：原公告中标金额“¥1,286,000.00”有误，更正为“¥1,268,000.00”。中标供应商某医疗器械有限公司不变。',
    });
    expect(p.awardYuan).toBe(1_268_000);
  });

  it('leaves text without a slip alone', () => {
    const text = '中标供应商：甲公司\n中标金额：100,000.00元';
    expect(rightValuesOfSlips(text)).toBe(text);
  });

  it('names the corrected winner of a result correction, not the slip', () => {
    const p = parseBulletin({
      title: '某镇中心学校照明改造项目成交结果更正公告',
      body: '更正事项：成交结果\n更正内容：原公告中成交供应商名称误写为“某照明工程有限责任公司”，现更正为“某照明工程有限公司”。成交金额：¥412,800.00元，不变。',
    });
    expect(p.winners).toEqual(['某照明工程有限公司']);
  });
});
