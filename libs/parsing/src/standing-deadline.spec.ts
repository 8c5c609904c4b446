import { extractDeadline } from './dates';
import { movesOnlyOpening, standingDeadline } from './standing-deadline';

describe('standing-deadline', () => {
  it('knows a cut-off said to stand and a change of the opening alone', () => {
    const text = '投标截止时间不变，仍为2032年6月22日9:00';
    expect(standingDeadline(text, text.indexOf('2032'))).toBe(true);
    expect(standingDeadline('投标截止时间：2032年6月22日9:00', 7)).toBe(false);
    expect(movesOnlyOpening('更正内容：开标时间由2032年6月22日9:30更正为')).toBe(true);
    expect(movesOnlyOpening('投标截止时间及开标时间由2032年6月22日9:30更正为')).toBe(false);
  });

  it('keeps the standing cut-off over an opening moved later', () => {
    const text =
      '更正事项：开标时间\n更正内容：因开标室安排调整，开标时间由2031年6月22日9:30更正为2031年6月22日14:30。投标截止时间不变，仍为2031年6月22日9:00。';
    expect(extractDeadline(text)?.toISOString()).toBe('2031-06-22T01:00:00.000Z');
  });

  it('takes the moved opening where no cut-off is stated, or the cut-off moved with it', () => {
    expect(extractDeadline('开标时间由2031年10月11日上午9:00更正为2031年10月12日下午2:30，开标地点不变。')?.toISOString()).toBe(
      '2031-10-12T06:30:00.000Z',
    );
    expect(
      extractDeadline('投标截止时间由2031年10月11日9:00更正为2031年10月12日9:00。开标时间不变，仍为2031年10月12日9:00。')?.toISOString(),
    ).toBe('2031-10-12T01:00:00.000Z');
  });
});
