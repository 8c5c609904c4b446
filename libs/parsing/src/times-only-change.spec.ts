import { movesOnlyTimes } from './times-only-change';
import { readNoticeKind } from './category';

describe('movesOnlyTimes', () => {
  it.each([
    ['a deadline moved with its opening', '更正内容：原提交投标文件截止时间为2026年11月30日9时30分，现变更为2026年12月7日9时30分。'],
    ['a new day on a line of its own', '原投标截止时间：2027年11月10日9时00分\n现更正为：2027年11月17日9时00分\n其他内容不变。'],
    ['a reason before the move', '因招标文件修改，投标截止时间延长至2027年4月28日9时30分，开标时间同步顺延。'],
    ['an opening set to a new day', '因评标专家抽取原因，开标时间改至2031年4月2日14:30。'],
    ['a reason under its own label', '延期原因：招标文件需修改\n投标截止时间顺延至2027年5月6日9:30。'],
    [
      'a before/after table of times',
      '更正项 | 更正前 | 更正后\n提交投标文件截止时间 | 2027-09-20 09:30 | 2027-09-27 09:30\n开标时间 | 2027-09-20 09:30 | 2027-09-27 09:30',
    ],
    [
      'the document sale and the deadline',
      '1.原招标文件获取截止时间为6月16日17:00，现变更为6月20日17:00；\n2.投标截止时间由6月23日10:00变更为6月30日10:00。',
    ],
    [
      'the new time given as a field of its own',
      '四、变更信息\n原投标截止时间：2031年9月2日9时00分\n变更后投标截止时间：2031年9月8日9时00分\n开标地点不变。',
    ],
  ])('%s', (_, body) => {
    expect(movesOnlyTimes(body)).toBe(true);
  });

  it.each([
    [
      'a price cap changed too',
      '原最高限价：88万元，现更正为：85.5万元；\n原投标截止时间：2028年3月12日9:30，现更正为：2028年3月20日9:30。',
    ],
    ['a new time field beside a changed spec', '变更后开标时间：2031年9月8日9时00分\n技术参数第3项更正为：不低于8核。'],
    ['a spec deleted beside a new opening', '更正内容：开标时间更正为2028年4月12日9:30，技术参数第7项删除。'],
    ['a spec clarified and the deadline moved', '1. 外护管厚度澄清为不小于6.5mm。\n2. 投标截止时间顺延至2031年5月9日9时30分。'],
    ['a changed field ending its clause', '澄清内容：第三包PCR仪参数修改，投标截止时间顺延至2028年7月30日9:30。'],
    [
      'a before/after row of a budget',
      '更正项 | 更正前 | 更正后\n采购预算 | 1,580,000.00元 | 1,650,000.00元\n开标时间 | 3月23日 | 3月30日',
    ],
    ['questions answered', '问1：是否接受保函？\n答：接受。\n投标截止时间顺延至2031年5月9日9时30分。'],
    ['a sample delivery time', '样品递交时间由开标当日上午改为开标前一日下午。'],
    ['the opening room moved', '更正内容：开标地点由第三开标室变更为第六开标室。'],
    ['no time moved', '更正事项：采购需求第3条数量1200个更正为1350个，开标时间不变。'],
    ['nothing said to change', '投标截止时间不变，仍为2027年8月10日9时30分。'],
  ])('not for %s', (_, body) => {
    expect(movesOnlyTimes(body)).toBe(false);
  });
});

describe('readNoticeKind: a change that only moves the deadline is an extension, whatever its title', () => {
  const body =
    '补充事项：\n原投标截止时间及开标时间：2030年7月8日9时30分\n变更为：2030年7月15日9时30分\n除上述变更外，采购文件其他内容不变。';
  it.each(['某项目补充公告', '某项目更正公告', '某项目变更公告', '某项目澄清变更公告'])('%s', (title) => {
    expect(readNoticeKind({ title, body })).toEqual({ category: 'change', stage: 'extension' });
  });

  it('keeps a clarification that also moves the deadline, and a source-given change', () => {
    const both = '1. 外护管厚度澄清为不小于6.5mm。\n2. 投标截止时间顺延至2031年5月9日9时30分。';
    expect(readNoticeKind({ title: '某工程招标文件澄清公告', body: both })).toEqual({ category: 'change', stage: 'clarification' });
    expect(readNoticeKind({ title: '某项目公告', body, explicit: 'change' })).toEqual({ category: 'change', stage: 'extension' });
  });
});

describe('movesOnlyTimes: the times named as a whole', () => {
  it('reads "变更内容：时间调整" over a table of times as an extension', () => {
    const body =
      '变更内容：时间调整\n事项 | 原时间 | 变更后时间\n报名截止时间 | 2037-05-06 17:00 | 2037-05-10 17:00\n投标截止时间 | 2037-05-13 10:00 | 2037-05-20 10:00\n其他内容不变。';
    expect(movesOnlyTimes(body)).toBe(true);
    expect(readNoticeKind({ title: '某项目消防工程招标变更公告', body })).toEqual({ category: 'change', stage: 'extension' });
  });

  it('reads a 回标时间调整 title as an extension', () => {
    const body = '补遗内容：土方外运距离按25公里考虑。\n回标时间调整：原回标截止时间2037年8月6日14:00，现调整为2037年8月13日14:00。';
    expect(readNoticeKind({ title: '某项目土方工程补遗（二）及回标时间调整', body })).toEqual({ category: 'change', stage: 'extension' });
  });
});
