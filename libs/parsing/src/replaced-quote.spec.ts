import { extractDeadline } from './dates';
import { insideSpans, replacedQuoteSpans } from './replaced-quote';

describe('quoted wording a correction replaces', () => {
  it('marks the passage quoted right before 更正为 and not the one after it', () => {
    const text = '原公告“6.1 投标文件的递交”中：“截止时间为A”\n现更正为：“截止时间为B”';
    const spans = replacedQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(insideSpans(spans, text.indexOf('A'))).toBe(true);
    expect(insideSpans(spans, text.indexOf('B'))).toBe(false);
    // The section's name in quotes is followed by 中, not by a verb.
    expect(insideSpans(spans, text.indexOf('6.1'))).toBe(false);
  });

  it('reads 由“A”变更为“B” the same way', () => {
    const text = '开标地点由“第一开标室”变更为“第三开标室”';
    expect(insideSpans(replacedQuoteSpans(text), text.indexOf('第一'))).toBe(true);
    expect(insideSpans(replacedQuoteSpans(text), text.indexOf('第三'))).toBe(false);
  });

  it('finds nothing in a notice without quotation marks', () => {
    expect(replacedQuoteSpans('投标截止时间：2031年7月24日9时30分')).toEqual([]);
  });

  it('takes the deadline from the new wording, not the quoted old one', () => {
    const text =
      '更正内容：\n1. 原公告“6.1 投标文件的递交”中：“投标文件递交的截止时间（投标截止时间，下同）为2031年7月24日9时30分，投标人应在截止时间前通过交易平台递交电子投标文件。”\n' +
      '现更正为：“投标文件递交的截止时间（投标截止时间，下同）为2031年7月31日9时30分，投标人应在截止时间前通过交易平台递交电子投标文件。”';
    expect(extractDeadline(text)?.toISOString()).toBe('2031-07-31T01:30:00.000Z');
  });

  it('keeps a deadline quoted in a passage that nothing replaces', () => {
    const text = '招标公告第6.1条：“投标文件递交的截止时间为2031年7月24日9时30分”，请各投标人注意。';
    expect(extractDeadline(text)?.toISOString()).toBe('2031-07-24T01:30:00.000Z');
  });
});
