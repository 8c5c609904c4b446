import { parseBulletin } from './bulletin-parser';
import { parseDateTime } from './dates';
import { relativeDeadline } from './relative-deadline';

const day = (text: string) => parseDateTime(text);

describe('relativeDeadline', () => {
  it('reads 明天/后天 and a time of day from the publication day', () => {
    expect(relativeDeadline('明天9:30截止，抓紧报名', day('2033-11-21'))).toEqual(day('2033-11-22 09:30'));
    expect(relativeDeadline('后天下午3点截止', day('2033-11-21'))).toEqual(day('2033-11-23 15:00'));
  });

  it('reads "N天后开标" with the time in brackets after it', () => {
    expect(relativeDeadline('⏰5天后开标（10:00）', day('2033-11-18'))).toEqual(day('2033-11-23 10:00'));
  });

  it('names no date without a publication day or a time of day', () => {
    expect(relativeDeadline('明天9:30截止', null)).toBeNull();
    expect(relativeDeadline('3天后截止', day('2033-11-18'))).toBeNull();
  });

  it('gives the parser a deadline only when the card states its publication day', () => {
    const body = '招标人：某镇人民政府\n预算：120w\n⏰3天后开标（9:30）\n';
    expect(parseBulletin({ title: '【招标】某镇道路修复工程', body: `${body}发布日期：2033-11-18` }).deadlineAt).toEqual(
      day('2033-11-21 09:30'),
    );
    expect(parseBulletin({ title: '【招标】某镇道路修复工程', body }).deadlineAt).toBeNull();
  });
});
