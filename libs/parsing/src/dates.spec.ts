import { documentsOnSaleFrom, extractDeadline, extractPublishedAt, parseDateTime } from './dates';

const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('parseDateTime', () => {
  it.each([
    ['2024年3月5日', '2024-03-04T16:00:00.000Z'],
    ['2024年03月30日08时30分', '2024-03-30T00:30:00.000Z'],
    ['2024-03-05 09:30', '2024-03-05T01:30:00.000Z'],
    ['2024/3/5', '2024-03-04T16:00:00.000Z'],
    ['二〇二四年三月五日', '2024-03-04T16:00:00.000Z'],
    ['二〇二四年十二月三十一日', '2024-12-30T16:00:00.000Z'],
    ['202\n6\n年\n03\n月\n16\n日', '2026-03-15T16:00:00.000Z'],
    ['２０２４年３月５日', '2024-03-04T16:00:00.000Z'],
    ['2024年3月5日下午2时30分', '2024-03-05T06:30:00.000Z'],
    ['2026年4月22日(星期三)上午9:30', '2026-04-22T01:30:00.000Z'],
    ['2025 年 10 月 31 日 14 时 00 分', '2025-10-31T06:00:00.000Z'],
    ['20260313 - 09:30:00', '2026-03-13T01:30:00.000Z'],
  ])('%j → %s', (text, expected) => {
    expect(iso(parseDateTime(text))).toBe(expected);
  });

  it.each(['2024-02-30', '2024年2月30日', '二〇二四年二月三十日', '2023-02-29', '2024年13月1日', 'no date', ''])(
    '%j → null, never a throw',
    (text) => {
      expect(parseDateTime(text)).toBeNull();
    },
  );
});

describe('extractDeadline', () => {
  it('takes the after column of a table whose old column is headed 原定', () => {
    const text =
      '更正事项 | 原定 | 变更后\n提交投标文件截止时间 | 2037年6月5日11:00 | 2037年6月12日11:00\n开标时间 | 2037年6月5日11:00 | 2037年6月12日11:00';
    expect(iso(extractDeadline(text))).toBe('2037-06-12T03:00:00.000Z');
  });

  it('takes the after column of a before/after table in a change notice', () => {
    const text =
      '更正项 | 更正前内容 | 更正后内容\n提交投标文件截止时间 | 2027-09-20 09:30 | 2027-09-27 09:30\n开标时间 | 2027-09-20 09:30 | 2027-09-27 09:30';
    expect(iso(extractDeadline(text))).toBe('2027-09-27T01:30:00.000Z');
    // Without such a header, a row's first date stays the one read.
    expect(iso(extractDeadline('投标截止时间 | 2027-09-20 09:30 | 备注 2027-09-27'))).toBe('2027-09-20T01:30:00.000Z');
  });

  it('takes the bid submission deadline, not the document or deposit deadlines', () => {
    const text =
      '获取招标文件截止时间：2024年3月10日17时\n投标保证金到账截止时间：2024年3月24日17时\n投标截止时间：2024年3月25日9时30分\n开标时间：2024年3月26日9时30分';
    expect(iso(extractDeadline(text))).toBe('2024-03-25T01:30:00.000Z');
  });

  it('reads "于…前递交" across line breaks', () => {
    const text = '潜在供应商应在网上获取采购文件，并于\n2026年03月30日08时30分\n（北京时间）前递交响应文件。';
    expect(iso(extractDeadline(text))).toBe('2026-03-30T00:30:00.000Z');
  });

  it('reads "在…（投标截止时间）前递交": the date named as the deadline in brackets', () => {
    const text = '获取招标文件时间：2027年11月27日至2027年12月3日\n投标人应在2027年12月18日9时30分（投标截止时间）前递交投标文件。';
    expect(iso(extractDeadline(text))).toBe('2027-12-18T01:30:00.000Z');
    expect(iso(extractDeadline('供应商须于2027年12月18日9时30分（响应文件提交截止时间）之前提交响应文件。'))).toBe(
      '2027-12-18T01:30:00.000Z',
    );
  });

  it('reads a heading followed by the date', () => {
    const text = '四、提交投标文件截止时间、开标时间和地点\n2026-04-08 09:30(北京时间)\n地点：开标大厅';
    expect(iso(extractDeadline(text))).toBe('2026-04-08T01:30:00.000Z');
  });

  it('reads the 时间 field under a heading that names the opening or the deadline', () => {
    expect(iso(extractDeadline('七、开标时间及地点\n时间：2030年11月8日上午9时30分\n地点：某中心'))).toBe('2030-11-08T01:30:00.000Z');
    expect(iso(extractDeadline('投标截止时间\n(1)日期：2030年11月8日9:00'))).toBe('2030-11-08T01:00:00.000Z');
    // A field of another name below a label with no value still keeps its own date.
    expect(extractDeadline('开标时间：请登录平台查看\n发布时间：2030年10月18日')).toBeNull();
  });

  it('falls back to the opening time and borrows a time given for the same day', () => {
    expect(iso(extractDeadline('开标时间：2024年3月25日'))).toBe('2024-03-24T16:00:00.000Z');
    const table = '提交投标文件截止时间 |\n2026年04月21日\n开标时间 |\n2026年04月21日10时30分';
    expect(iso(extractDeadline(table))).toBe('2026-04-21T02:30:00.000Z');
  });

  it('reads 截止投标 written before its date, as Taiwan notices do', () => {
    expect(iso(extractDeadline('截止投标：2027年2月10日17时00分\n开标时间：2027年2月11日10时00分'))).toBe('2027-02-10T09:00:00.000Z');
  });

  it("keeps the minutes of an hour on its own line, and a date past the end of the label's sentence out", () => {
    expect(iso(extractDeadline('资格预审申请文件递交截止时间：2027年6月3日上午10点\n5.联系方式'))).toBe('2027-06-03T02:00:00.000Z');
    expect(iso(extractDeadline('开标时间：2027年6月3日9时\n30分'))).toBe('2027-06-03T01:30:00.000Z');
    expect(iso(extractDeadline('开标时间：2027年6月3日上午九点半'))).toBe('2027-06-03T01:30:00.000Z');
    expect(iso(extractDeadline('开标时间：2027年6月3日下午2点半'))).toBe('2027-06-03T06:30:00.000Z');
    // "须于投标截止时间前到账" refers to the deadline; the next clause's date is another one.
    const text = '投标保证金须于投标截止时间前到账。\n获取时间：2027年5月6日至2027年5月12日\n投标截止时间：2027年5月28日上午9时30分';
    expect(iso(extractDeadline(text))).toBe('2027-05-28T01:30:00.000Z');
    expect(extractDeadline('响应文件应在截止时间前递交。\n获取时间：2027年5月6日')).toBeNull();
  });

  it("reads a card's 新截止 over its 原截止, and fields split by 丨", () => {
    expect(iso(extractDeadline('原截止：2033-12-04 09:30\n新截止：2033-12-18 09:30'))).toBe('2033-12-18T01:30:00.000Z');
    expect(iso(extractPublishedAt('[中标]某工程丨中标人：甲公司丨发布：2033-11-18'))).toBe('2033-11-17T16:00:00.000Z');
  });

  it('is null without a deadline', () => {
    expect(extractDeadline('公示截止日期:2026年03月31日')).toBeNull();
    expect(extractDeadline('')).toBeNull();
  });
});

describe('extractPublishedAt', () => {
  it('reads a publication label', () => {
    expect(iso(extractPublishedAt('发布日期：2026-03-16 16:40 | 文件递交截止时间：2026-03-27'))).toBe('2026-03-16T08:40:00.000Z');
    expect(iso(extractPublishedAt('投资项目代码：\n【信息时间： 2026-03-31】'))).toBe('2026-03-30T16:00:00.000Z');
  });

  it('skips dates of earlier notices', () => {
    const text = '2.本项目招标计划发布时间：2026年1月30日。\n公告发布开始时间：\n2026-03-16 17:00';
    expect(iso(extractPublishedAt(text))).toBe('2026-03-16T09:00:00.000Z');
  });

  it('falls back to the signature date under the notice', () => {
    const text = '一、项目概况……\n并于\n2026年03月30日08时30分\n前递交\n招标人：某局\n2026年03月26日';
    expect(iso(extractPublishedAt(text))).toBe('2026-03-25T16:00:00.000Z');
  });

  it('is null when the text has no such date', () => {
    expect(extractPublishedAt('开标时间：2024年3月25日')).toBeNull();
  });
});

describe('extractDeadline: more deadline wordings', () => {
  it('reads 截标日期 and 截止投标时间', () => {
    expect(extractDeadline('招标编号:ABC/01/2026\n截标日期:2026-09-16 (2026年9月16日)')).toEqual(new Date('2026-09-15T16:00:00Z'));
    expect(extractDeadline('截止投标时间:2026年5月6日上午10:00')).toEqual(new Date('2026-05-06T02:00:00Z'));
  });

  it('skips the deadline an earlier notice set and titles that talk about the date', () => {
    expect(extractDeadline('某工程开标时间延期公告\n\n2020-01-30 发布\n原定开标时间:2020年2月3日9时')).toBeNull();
    const change = '原公告中投标文件送达截止时间和开标时间为:2026年02月04日上午09:30\n现调整为:投标文件送达截止时间:2026年05月21日09:30';
    expect(extractDeadline(change)).toEqual(new Date('2026-05-21T01:30:00Z'));
  });

  it('skips the wording a correction quotes under 原文：, taking the one under 更正為：', () => {
    const fix = '現更正如下：\n原文：截標日期為2029年10月3日中午12時正\n更正為：截標日期為2029年10月10日中午12時正';
    expect(extractDeadline(fix)).toEqual(new Date('2029-10-10T04:00:00Z'));
    expect(extractDeadline('原文：\n投标截止时间：2029年10月3日9:30')).toEqual(new Date('2029-10-03T01:30:00Z'));
  });
});

describe('extractPublishedAt: more publication cues', () => {
  it("reads a 信息公开 page's 生成日期 field as its day of publication, and its 发文日期 over a list item below", () => {
    const page = '索引号：11341823MB1562718X/2031-00015\n发布机构：某县教育局\n生成日期：2031-04-07\n文号：某教〔2031〕35号';
    expect(iso(extractPublishedAt(page))).toBe('2031-04-06T16:00:00.000Z');
    expect(extractPublishedAt('报告生成日期：2031-04-07')).toBeNull();
    expect(iso(extractPublishedAt('发文日期：2031-06-02\n1.招标条件\n本项目已批准建设。\n2031年6月1日'))).toBe('2031-06-01T16:00:00.000Z');
  });

  it("takes a contract notice's own 公告日期 over the day its contract was changed", () => {
    const text = '原合同金额：12,860,000.00元/年\n六、变更日期：2028年5月20日\n七、公告日期：2028年5月22日';
    expect(iso(extractPublishedAt(text, { contract: true }))).toBe('2028-05-21T16:00:00.000Z');
    expect(iso(extractPublishedAt(text))).toBe('2028-05-19T16:00:00.000Z');
  });

  it('takes a change notice’s own date over the dates it quotes', () => {
    expect(extractPublishedAt('原公告发布时间:2026-03-05\n更正内容:见附件\n更正日期:\n2026-03-16')).toEqual(
      new Date('2026-03-15T16:00:00Z'),
    );
  });

  it('reads the date beside a press report’s source', () => {
    expect(extractPublishedAt('某市一批项目开工\n2026年04月24日 10:41 来源:某某日报\n本报讯 23日…')).toEqual(
      new Date('2026-04-24T02:41:00Z'),
    );
  });

  it('never takes the first day the tender documents are on sale for the publication date, but knows that day', () => {
    const text = '三、获取招标文件\n时间:2026-03-16 09:00 至 2026-03-23 17:00';
    expect(extractPublishedAt(text)).toBeNull();
    expect(documentsOnSaleFrom(text)).toEqual(new Date('2026-03-15T16:00:00Z'));
  });
});

describe('extractDeadline: headings, years left out, changed dates', () => {
  it('reads 截止时间 on the line under its heading', () => {
    expect(extractDeadline('四、响应文件提交\n截止时间:2026年12月7日14时00分(北京时间)')).toEqual(new Date('2026-12-07T06:00:00Z'));
  });

  it('places a date without its year in the year of publication, or the next one past the new year', () => {
    const published = new Date('2026-11-26T00:00:00Z');
    expect(extractDeadline('响应文件提交截止时间:12月9日上午9:30', published)).toEqual(new Date('2026-12-09T01:30:00Z'));
    expect(extractDeadline('投标截止时间:1月6日下午2:30', published)).toEqual(new Date('2027-01-06T06:30:00Z'));
    expect(extractDeadline('投标截止时间:1月6日下午2:30')).toBeNull();
  });

  it('takes the date a change notice sets, not the one it replaces', () => {
    const change =
      '更正事项:采购文件,提交投标文件截止时间\n更正内容:原提交投标文件截止时间为2026年11月30日9时30分,现变更为2026年12月7日9时30分。';
    expect(extractDeadline(change)).toEqual(new Date('2026-12-07T01:30:00Z'));
    expect(extractDeadline('澄清内容:投标截止时间延期至2026年12月12日上午9时30分')).toEqual(new Date('2026-12-12T01:30:00Z'));
  });

  it('takes the changed date when the item line above names the deadline', () => {
    const change = '变更事项：递交投标文件截止时间及开标时间\n变更内容：原定于2026年11月30日9:00，现变更为2026年12月7日9:00。';
    expect(extractDeadline(change)).toEqual(new Date('2026-12-07T01:00:00Z'));
    const other = '变更事项：采购文件获取截止时间\n变更内容：原定于2026年11月30日17:00，现变更为2026年12月3日17:00。';
    expect(extractDeadline(other)).toBeNull();
  });
});

describe('extractDeadline: times in numerals, 更正为', () => {
  it('reads hours and minutes written in numerals', () => {
    expect(extractDeadline('投标文件递交截止时间及开标时间:2026年12月20日上午九时三十分')).toEqual(new Date('2026-12-20T01:30:00Z'));
    expect(extractDeadline('截標日期:2027年1月8日中午十二時')).toEqual(new Date('2027-01-08T04:00:00Z'));
    expect(parseDateTime('2026年12月20日下午三点')).toEqual(new Date('2026-12-20T07:00:00Z'));
  });

  it('takes the date after 更正为', () => {
    expect(extractDeadline('更正内容:响应文件提交截止时间由2026年12月8日9:30更正为2026年12月15日9:30。')).toEqual(
      new Date('2026-12-15T01:30:00Z'),
    );
  });

  it('takes the date after 现更正为 with a colon', () => {
    const text = '更正内容:原提交响应文件截止及开启时间:2026年11月3日14:00,现更正为:2026年11月10日14:00。其他内容不变。';
    expect(extractDeadline(text)).toEqual(new Date('2026-11-10T06:00:00Z'));
    expect(extractDeadline('开标时间推迟至:2026年11月12日9:00')).toEqual(new Date('2026-11-12T01:00:00Z'));
  });
});

describe('extractDeadline: decryption and online auctions', () => {
  it('takes the submission deadline, not the later decryption deadline', () => {
    const text = '投标文件解密截止时间:2026年10月9日10:20\n投标截止时间:2026年10月9日10:00';
    expect(extractDeadline(text)).toEqual(new Date('2026-10-09T02:00:00Z'));
  });

  it('takes the close of an online reverse auction', () => {
    expect(extractDeadline('竞价开始时间:2026年10月12日9:00\n竞价结束时间:2026年10月12日11:30')).toEqual(new Date('2026-10-12T03:30:00Z'));
  });

  it('takes a 竞价截止时间 as the deadline, like any bid-submission word before 截止', () => {
    expect(extractDeadline('竞价单号:JJD2027100100012\n竞价截止时间:2027年10月12日 10时00分')).toEqual(new Date('2027-10-12T02:00:00Z'));
    expect(extractDeadline('竞价报名截止时间:2027年10月8日17:00\n竞价截止时间:2027年10月12日10:00')).toEqual(
      new Date('2027-10-12T02:00:00Z'),
    );
  });
});

describe('extractDeadline: 更正前 and 更正后 lines', () => {
  it('takes the line after the change', () => {
    const text = '更正前:提交投标文件截止时间为2026年10月20日09:30\n更正后:提交投标文件截止时间为2026年10月27日09:30';
    expect(extractDeadline(text)).toEqual(new Date('2026-10-27T01:30:00Z'));
  });
});

describe('extractDeadline: the replaced date marked after it, and 调至', () => {
  it('passes over a date marked (原) or (变更前) right after it', () => {
    const text = '响应文件提交截止时间：2028年3月20日 14:00（原）\n响应文件提交截止时间：2028年3月27日 14:00（变更后）';
    expect(extractDeadline(text)).toEqual(new Date('2028-03-27T06:00:00Z'));
    const table = '投标截止时间：2028年3月20日9:30(变更前)\n投标截止时间：2028年3月27日9:30';
    expect(extractDeadline(table)).toEqual(new Date('2028-03-27T01:30:00Z'));
    // "（原为…）" after the new date quotes the old one: the new date stays.
    expect(extractDeadline('投标截止时间：2028年3月27日9:30（原为2028年3月20日9:30）')).toEqual(new Date('2028-03-27T01:30:00Z'));
  });

  it('reads a bare 截止时间 opened by 变更后的 as the new deadline, never the 原公告的 one', () => {
    const text = '原公告的截止时间：2028-03-20 09:30\n变更后的截止时间：2028-03-27 09:30';
    expect(extractDeadline(text)).toEqual(new Date('2028-03-27T01:30:00Z'));
    expect(extractDeadline('原公告的截止时间：2028-03-20 09:30')).toBeNull();
  });

  it('reads the date a deadline is moved to by 调至 or 延后至', () => {
    expect(extractDeadline('投标截止时间及开标时间：由2028年3月20日9:30调至2028年3月27日9:30')).toEqual(new Date('2028-03-27T01:30:00Z'));
    expect(extractDeadline('本项目投标截止时间延后至2028年3月27日9:30。')).toEqual(new Date('2028-03-27T01:30:00Z'));
  });

  it('reads the day an opening is rescheduled to (改期至), not the day first set', () => {
    const text = '本项目原定于2029年8月14日9时30分开标，因故开标改期至2029年8月21日9时30分，其他内容不变。';
    expect(extractDeadline(text)).toEqual(new Date('2029-08-21T01:30:00Z'));
  });
});

describe('extractPublishedAt: earlier notices and signatures', () => {
  it('skips the first notice’s date quoted by a change, and the tender’s date quoted by a result', () => {
    expect(extractPublishedAt('原公告的采购项目名称:某设备采购\n首次公告日期:2027年02月08日\n二、更正信息')).toBeNull();
    const result = '四、招标公告发布日期:\n2027年03月05日 12:57:00\n五、中标信息\n中标人:某某科技有限公司\n发布时间:2027-03-16';
    expect(extractPublishedAt(result, { result: true })).toEqual(new Date('2027-03-15T16:00:00Z'));
    expect(extractPublishedAt('招标公告发布日期:2027年03月05日', { result: true })).toBeNull();
    expect(extractPublishedAt('招标公告发布日期:2027年03月05日')).toEqual(new Date('2027-03-04T16:00:00Z'));
  });

  it('reads an intent notice’s own 意向公开时间, which a tender quotes as an earlier notice’s', () => {
    const text = '采购单位:某区水务局\n意向公开时间:2028年3月1日\n预算金额:20万元';
    expect(extractPublishedAt(text, { intent: true })).toEqual(new Date('2028-02-29T16:00:00Z'));
    expect(extractPublishedAt(text)).toBeNull();
  });

  it('reads a signature date when the line before it ends in 日 or a cell follows it', () => {
    const body = '五、公告期限:自本公告发布之日起1个工作日\n2027年11月20日';
    expect(extractPublishedAt(body)).toEqual(new Date('2027-11-19T16:00:00Z'));
    expect(extractPublishedAt('联系人:王先生\n电话:0991-1234567\n2027年03月16日\n0\n附件信息:\n某文件.pdf')).toEqual(
      new Date('2027-03-15T16:00:00Z'),
    );
  });

  it('reads a signature run into the last line, or under 日期:', () => {
    const closing = '中标合同价为人民币9,900万元。 特此公告。 某某路桥股份有限公司董事会 2027年1月25日 某财经网';
    expect(extractPublishedAt(closing)).toEqual(new Date('2027-01-24T16:00:00Z'));
    expect(extractPublishedAt('其他内容不变。\n特此公告。\n招标人:某区住房和城乡建设局\n日期: 2027年10月 26 日')).toEqual(
      new Date('2027-10-25T16:00:00Z'),
    );
  });

  it('reads the signature that ends a notice run into one line, but not a date inside its last sentence', () => {
    const flat =
      '现将本单位采购意向公开如下： 序号 项目名称 1 彩超采购 2030年2月 本次公开的采购意向是初步安排，以采购公告为准。 某区卫生健康局 2029年12月18日';
    expect(extractPublishedAt(flat)).toEqual(new Date('2029-12-17T16:00:00Z'));
    expect(extractPublishedAt('序号 项目名称 1 彩超采购 本项目预计采购时间为 2030年2月1日')).toBeNull();
  });

  it('takes no date from a column of dated rows', () => {
    const table =
      '获奖情况\n某设计奖\n某市住房和城乡建设局\n2025-07-31\n某勘察奖\n某省勘察协会\n2024-06-30\n某咨询奖\n某市建设局\n2023-05-12';
    expect(extractPublishedAt(table)).toBeNull();
  });
});

describe('extractPublishedAt: press bylines', () => {
  it('reads the date after a site address or before a paper’s name, not after a link in a sentence', () => {
    expect(extractPublishedAt('某市新建学校开工\nhttp://news.example.com 2027年06月22日11:12 某省日报\n本报讯…')).toEqual(
      new Date('2027-06-22T03:12:00Z'),
    );
    expect(extractPublishedAt('某局今日开工\n2027年06月22日 某省日报\n正文…')).toEqual(new Date('2027-06-21T16:00:00Z'));
    expect(extractPublishedAt('请登陆某采购网(http://cg.example.gov.cn)下载文件,费用即日起至2027年10月10日前交纳。')).toBeNull();
  });
});

describe('extractDeadline: changes to other cut-offs', () => {
  it('takes the changed bid deadline, not a changed 获取文件 or 保证金 cut-off listed first', () => {
    const text =
      '二、更正事项及内容\n1.原招标文件获取截止时间为2027年6月16日17:00，现变更为2027年6月20日17:00；\n2.原投标文件递交截止时间及开标时间为2027年6月23日10:00，现变更为2027年6月30日10:00；';
    expect(extractDeadline(text)).toEqual(new Date('2027-06-30T02:00:00Z'));
    const deposit = '投标保证金缴纳截止时间相应延至2027年7月28日17:00。投标截止时间及开标时间推迟至2027年7月29日9:30。';
    expect(extractDeadline(deposit)).toEqual(new Date('2027-07-29T01:30:00Z'));
  });

  it('still takes a change that names the sale and the bid deadline together', () => {
    expect(extractDeadline('招标文件获取时间及投标截止时间变更为2027年5月8日9:00')).toEqual(new Date('2027-05-08T01:00:00Z'));
  });
});

describe('extractPublishedAt: 公开日期 and 更新日期', () => {
  it('reads an intent notice’s 公开日期, not a planned one', () => {
    expect(extractPublishedAt('预算金额：156.8万元\n预计采购时间：2027年10月\n公开日期：2027-09-22')).toEqual(
      new Date('2027-09-21T16:00:00Z'),
    );
    expect(extractPublishedAt('项目名称：某设备采购\n预计公开时间：2027-10-08')).toBeNull();
  });

  it('falls back to a database entry’s 更新日期 only when nothing else dates it', () => {
    expect(extractPublishedAt('总投资：3.26亿元\n计划开工时间：2027年11月\n更新日期：2027-08-30')).toEqual(
      new Date('2027-08-29T16:00:00Z'),
    );
    expect(extractPublishedAt('发布日期：2027-08-01\n更新日期：2027-08-30')).toEqual(new Date('2027-07-31T16:00:00Z'));
  });
});

describe('extractPublishedAt: Taiwan’s 公告日 field', () => {
  it('reads a press release dated 发布日期 in a hyphenated 民国 year', () => {
    expect(iso(extractPublishedAt('新竹縣政府新聞稿　發布日期：118-03-18\n本工程今（18）日舉行動土典禮。'))).toBe(
      '2029-03-17T16:00:00.000Z',
    );
  });

  it('reads 公告日： as the day of publication, in 民国 years too', () => {
    expect(iso(extractPublishedAt('截止投标：原117年5月15日，更正为117年5月29日17时00分。\n公告日：117/05/06'))).toBe(
      '2028-05-05T16:00:00.000Z',
    );
    expect(iso(extractPublishedAt('公告日: 2028/05/06\n截止投标：2028/05/29'))).toBe('2028-05-05T16:00:00.000Z');
  });

  it('reads 截止收件 (when bids stop being received) as the deadline before the opening', () => {
    expect(iso(extractDeadline('截止收件日期：117/06/10 17:00\n開標時間：117/06/11 10:00'))).toBe('2028-06-10T09:00:00.000Z');
    expect(iso(extractDeadline('收件截止时间：2028年6月10日17时\n开标时间：2028年6月11日10时'))).toBe('2028-06-10T09:00:00.000Z');
  });

  it('takes the notice’s own 公告日 over the 原公告日 of the notice it follows', () => {
    expect(iso(extractPublishedAt('原公告日：117/08/15\n暫停原因：異議處理中\n公告日：117/08/22'))).toBe('2028-08-21T16:00:00.000Z');
    expect(extractPublishedAt('原发布时间：2028-08-15\n暂停原因：投诉处理中')).toBeNull();
    expect(iso(extractPublishedAt('原公告发布日期：2028年4月18日\n二、暂停原因\n发布日期：2028年5月9日'))).toBe('2028-05-08T16:00:00.000Z');
  });

  it('takes no date from 公告日 without a colon (自公告日起…)', () => {
    expect(extractPublishedAt('公示期：自公告日起至2028年5月20日止')).toBeNull();
  });
});

describe('extractDeadline: 原内容 tables and 在…前递交', () => {
  it('takes the new date of a "原内容 | 更正后内容" table', () => {
    const table = '更正事项 | 原内容 | 更正后内容\n投标截止时间 | 2027年3月5日9:30 | 2027年3月12日9:30';
    expect(extractDeadline(table)).toEqual(new Date('2027-03-12T01:30:00Z'));
  });

  it('reads a Hong Kong tender box deadline: 于…中午十二时正前投入投标箱', () => {
    const text = '投标书须于2030年7月26日（星期五）中午十二时正前投入位于香港金钟道66号的投标箱内。';
    expect(extractDeadline(text)).toEqual(new Date('2030-07-26T04:00:00Z'));
    expect(extractDeadline('该中心将于2030年6月30日前投入使用。')).toBeNull();
  });

  it('reads "须在…前递交" like "于…前递交"', () => {
    expect(extractDeadline('比选申请人须在2027年3月5日9:30前递交比选申请文件')).toEqual(new Date('2027-03-05T01:30:00Z'));
  });

  it('reads the new date of a revised document: 由A修订为B', () => {
    const text = '二、响应文件提交截止时间及磋商时间由2028年6月24日14:30修订为2028年7月1日14:30；';
    expect(extractDeadline(text)).toEqual(new Date('2028-07-01T06:30:00Z'));
  });

  it('reads the new date of a change that quotes both dates: 由“A”变更为“B”', () => {
    const text = '更正内容：投标截止时间及开标时间由“2027年9月15日9:30”变更为“2027年9月25日9:30”。';
    expect(extractDeadline(text)).toEqual(new Date('2027-09-25T01:30:00Z'));
  });
});

describe('extractDeadline: a bare 截止时间 field', () => {
  it('reads 截止时间 opening its line as the bid deadline', () => {
    const fields = '预算：200万元\n文件发售时间：2027年07月04日08时30分至2027年07月09日17时30分\n截止时间：2027年07月28日09时00分';
    expect(extractDeadline(fields)).toEqual(new Date('2027-07-28T01:00:00Z'));
    expect(extractDeadline('获取文件时间：2027年10月25日至2027年10月31日\n2.截止时间：2027年11月15日 09:30')).toEqual(
      new Date('2027-11-15T01:30:00Z'),
    );
  });

  it('leaves a 截止时间 under a heading of another cut-off, and other cut-offs', () => {
    expect(extractDeadline('三、获取招标文件\n截止时间：2027年7月9日17:00')).toBeNull();
    expect(extractDeadline('一、获取采购文件\n时间：2027年10月25日至10月31日\n截止时间：2027年10月31日17:00\n开标地点：某中心')).toBeNull();
    expect(extractDeadline('报名截止时间：2027年7月9日17:00')).toBeNull();
  });
});

describe('extractDeadline: a new date whose clause is only the verb', () => {
  it('takes "现延期至" after the clause that quoted the old bid deadline', () => {
    expect(extractDeadline('原投标截止时间：2027年11月5日9:30\n现延期至：2027年11月12日9:30')).toEqual(new Date('2027-11-12T01:30:00Z'));
    expect(extractDeadline('原投标截止时间为2027年11月5日9:30。现变更为2027年11月12日14:30。')).toEqual(new Date('2027-11-12T06:30:00Z'));
  });

  it('takes the 现 line under a deadline label whose old date stands on the 原 line above', () => {
    expect(extractDeadline('一、变更内容\n1.递交投标文件截止时间：\n原：2027年6月10日9:30\n现：2027年6月17日9:30')).toEqual(
      new Date('2027-06-17T01:30:00Z'),
    );
    const other = '获取招标文件截止时间：\n原：2027年6月1日17:00\n现：2027年6月3日17:00\n投标截止时间：2027年6月17日9:30';
    expect(extractDeadline(other)).toEqual(new Date('2027-06-17T01:30:00Z'));
  });

  it('does not take a changed date of another cut-off or of the notice for the deadline', () => {
    const other = '原获取招标文件截止时间：2027年11月1日17:00\n现延期至：2027年11月3日17:00\n投标截止时间：2027年11月12日9:30';
    expect(extractDeadline(other)).toEqual(new Date('2027-11-12T01:30:00Z'));
    expect(extractDeadline('原公告发布日期：2027年10月20日\n现变更为：2027年10月22日')).toBeNull();
  });
});

describe('extractDeadline: a deadline at the end of the day', () => {
  it('reads 24:00 and 24时 as the next day at 00:00 rather than losing the date', () => {
    expect(extractDeadline('报价截止时间：2027年11月5日24:00')).toEqual(new Date('2027-11-05T16:00:00Z'));
    expect(extractDeadline('投标截止时间：2027年11月5日24时')).toEqual(new Date('2027-11-05T16:00:00Z'));
  });

  it('reads a 集采 or 挂网 call’s 申报截止时间 and the end of its 申报时间 window', () => {
    const moved = '原申报截止时间：2032年8月20日17:00\n延期后申报截止时间：2032年8月30日17:00';
    expect(iso(extractDeadline(moved))).toBe('2032-08-30T09:00:00.000Z');
    const window = '三、申报时间：2032年9月1日9:00至2032年9月12日17:00，逾期不予受理。';
    expect(iso(extractDeadline(window))).toBe('2032-09-12T09:00:00.000Z');
  });

  it('passes over a cut-off whose verb stands before the document word', () => {
    const text = '领取比选文件截止：2028年3月2日\n递交比选申请文件截止：2028年3月9日15:00';
    expect(iso(extractDeadline(text))).toBe('2028-03-09T07:00:00.000Z');
    // 报名 joined to the bid word by 及 shares its deadline.
    expect(iso(extractDeadline('报名及报价截止时间：2028年3月9日16:00'))).toBe('2028-03-09T08:00:00.000Z');
  });

  it('takes the end of a window in which bids are received', () => {
    const text = '获取文件：自2028年5月2日至2028年5月8日\n投标文件受理：自2028年5月20日8:30起至2028年5月20日9:30止';
    expect(iso(extractDeadline(text))).toBe('2028-05-20T01:30:00.000Z');
  });

  it('reads 整 after the hour before 前', () => {
    expect(iso(extractDeadline('请于2028年6月1日上午10点整前将报价单送达镇政府'))).toBe('2028-06-01T02:00:00.000Z');
  });

  it('reads 以前 like 前 after the date of a submission sentence', () => {
    expect(iso(extractDeadline('报价单须在2028年6月8日14:00以前送达采购人'))).toBe('2028-06-08T06:00:00.000Z');
  });

  it('reads a sentence opening with 截止时间为 as the bid deadline', () => {
    const text = '三、投标文件递交\n截止时间为2028年6月8日（星期四）上午9时30分（北京时间），逾期送达的投标文件不予接收。';
    expect(iso(extractDeadline(text))).toBe('2028-06-08T01:30:00.000Z');
    // Under a heading that names another cut-off it is none.
    expect(extractDeadline('一、获取招标文件\n截止时间为2028年6月1日17:00')).toBeNull();
  });

  it('takes the end of a same-day receipt window given as two times', () => {
    expect(iso(extractDeadline('递交投标文件时间：2028年8月3日8:30至9:00，地点：开标大厅'))).toBe('2028-08-03T01:00:00.000Z');
    expect(iso(extractDeadline('响应文件接收时间：2028年8月3日14:00-14:30'))).toBe('2028-08-03T06:30:00.000Z');
  });

  it('reads 改为 as a change of the deadline', () => {
    const text = '递交响应文件截止时间：原定2028年8月3日9:30，现改为2028年8月10日9:30。';
    expect(iso(extractDeadline(text))).toBe('2028-08-10T01:30:00.000Z');
  });

  it('takes the new column of a 原时间 | 变更后时间 table', () => {
    const text = '事项 | 原时间 | 变更后时间\n投标截止时间 | 2028-08-03 09:30 | 2028-08-10 09:30';
    expect(iso(extractDeadline(text))).toBe('2028-08-10T01:30:00.000Z');
  });
});

describe('extractDeadline: hidden field values and a repost’s 原文', () => {
  it('reads no date of the next field for a deadline whose value is hidden', () => {
    expect(extractDeadline('开标时间：请登录\n发布时间：2028-05-28')).toBeNull();
    expect(extractDeadline('开标时间：会员可见\n所属地区：河南-周口\n发布时间：2028-05-30')).toBeNull();
    expect(extractDeadline('投标截止时间：【登录后查看】\n信息类型：招标公告\n发布日期：2028年5月22日')).toBeNull();
    // A date on the next line with no label of its own is still the field's.
    expect(iso(extractDeadline('开标时间：\n2028年6月12日9时30分'))).toBe('2028-06-12T01:30:00.000Z');
  });

  it('reads a deadline in the original text under 原文 as current, and one under 原文件 as earlier', () => {
    expect(iso(extractDeadline('开标时间：请登录\n发布时间：2028-05-28\n原文：本项目投标截止时间为2028年6月18日9时30分'))).toBe(
      '2028-06-18T01:30:00.000Z',
    );
    expect(iso(extractDeadline('原文内容：投标截止时间：2028年6月9日9:00'))).toBe('2028-06-09T01:00:00.000Z');
  });
});

describe('extractPublishedAt: the first day of a stated 公示期', () => {
  it('dates an undated, unsigned 公示 by the start of its period', () => {
    const text =
      '我局拟对下列建设项目环境影响评价文件进行审批，公示期为2028年6月18日至2028年6月25日。\n项目名称 | 建设地点\n某项目 | 某镇\n联系电话：0763-3367xxx';
    expect(iso(extractPublishedAt(text))).toBe('2028-06-17T16:00:00.000Z');
  });

  it('keeps a signature first, and needs a range', () => {
    const signed = '公示期为2028年6月18日至2028年6月25日。\n某项目 | 某镇\n某市生态环境局\n2028年6月17日';
    expect(iso(extractPublishedAt(signed))).toBe('2028-06-16T16:00:00.000Z');
    expect(extractPublishedAt('公示期满日期：2028年6月25日，请于此前反馈。')).toBeNull();
  });
});

describe('extractPublishedAt and extractDeadline: changes of own-b76', () => {
  it('skips the date of an earlier notice named between 原 and its label', () => {
    const text = '原中标结果公告发布日期：2030年4月16日\n更正原因：金额录入错误。\n2030年4月19日';
    expect(extractPublishedAt(text, { result: true })).toEqual(new Date('2030-04-18T16:00:00Z'));
    expect(extractPublishedAt('原招标公告发布时间：2030年4月1日')).toBeNull();
  });

  it('still reads a notice of a place ending in 原 as its own', () => {
    expect(extractPublishedAt('太原市政府采购公告发布时间：2030年4月1日')).toEqual(new Date('2030-03-31T16:00:00Z'));
  });

  it('takes the new date of a clarification table headed 澄清（修改）后内容', () => {
    const table = '|序号|章节|原内容|澄清（修改）后内容|\n|1|第一章|投标截止时间：2030年6月14日9:00|投标截止时间：2030年6月21日9:00|';
    expect(extractDeadline(table)).toEqual(new Date('2030-06-21T01:00:00Z'));
  });
});

describe('extractDeadline: a quote window and the way in named before the verb', () => {
  it('takes the end of a 询价 quote window: 报价时间自A起至B止, 报价期限：A至B', () => {
    expect(iso(extractDeadline('报价时间自2030年2月3日9:00起至2030年2月10日17:00止。'))).toBe('2030-02-10T09:00:00.000Z');
    expect(iso(extractDeadline('报价期限：2030年2月3日9:00至2030年2月10日16:30'))).toBe('2030-02-10T08:30:00.000Z');
  });

  it('takes the end of an online 竞价 window, and nothing from its start alone', () => {
    expect(iso(extractDeadline('竞价时间：2030年2月5日9:00-11:00'))).toBe('2030-02-05T03:00:00.000Z');
    expect(extractDeadline('竞价时间：2030年2月5日9:00')).toBeNull();
  });

  it('leaves a window for getting the documents alone', () => {
    expect(extractDeadline('询价文件获取时间：2030年2月3日至2030年2月8日')).toBeNull();
  });

  it('reads "须在…前通过某平台提交" like "须在…前提交"', () => {
    const text = '有意向的供应商须在2030年3月4日09:30前通过某省政府采购电子卖场提交投标文件';
    expect(iso(extractDeadline(text))).toBe('2030-03-04T01:30:00.000Z');
    expect(iso(extractDeadline('投标人应于2030年3月4日9时前登录某市公共资源交易系统上传投标文件。'))).toBe('2030-03-04T01:00:00.000Z');
  });

  it('never reads a date before 通过 a platform’s other step as a deadline', () => {
    expect(extractDeadline('请于2030年3月1日17:00前通过某平台下载招标文件')).toBeNull();
  });
});

describe('extractDeadline: a window open from the day of the notice', () => {
  it('takes the end of "即日起至B止" after a submission label or after 于', () => {
    expect(iso(extractDeadline('响应文件递交：即日起至2030年2月5日17:00止'))).toBe('2030-02-05T09:00:00.000Z');
    const text = '请有意向的供应商于即日起至2030年2月5日17:00止将报价单密封送至某单位';
    expect(iso(extractDeadline(text))).toBe('2030-02-05T09:00:00.000Z');
  });

  it('leaves such a window for documents or for signing up alone', () => {
    expect(extractDeadline('招标文件获取：即日起至2030年2月5日17:00止')).toBeNull();
    expect(extractDeadline('报名时间：自公告发布之日起至2030年2月5日17:00止')).toBeNull();
  });
});

describe('extractDeadline, several labels on one line', () => {
  it('does not let a deposit label swallow the deadline label after it', () => {
    const text = '某项目 招标控制价：97.8万元 投标保证金：1.9万元 投标截止：2030年3月30日9时 招标人：某单位';
    expect(iso(extractDeadline(text))).toBe('2030-03-30T01:00:00.000Z');
  });

  it('still reads a deposit cut-off as no bid deadline', () => {
    expect(extractDeadline('投标保证金缴纳截止时间：2030年3月29日17:00')).toBeNull();
  });
});

describe('extractDeadline, a change table headed by the old notice', () => {
  it('reads the new column when the old one is headed 原公告 or 原招标文件', () => {
    const text = '变更内容 | 原公告 | 变更后\n投标截止时间 | 2030年3月5日9:30 | 2030年3月12日14:30';
    expect(iso(extractDeadline(text))).toBe('2030-03-12T06:30:00.000Z');
    const doc = '条款 | 原招标文件 | 现内容\n投标截止时间 | 2030年3月5日9:30 | 2030年3月19日9:30';
    expect(iso(extractDeadline(doc))).toBe('2030-03-19T01:30:00.000Z');
  });
});

describe('extractPublishedAt: outlet datelines without a label', () => {
  it('reads a paper’s page heading and a media centre’s time of posting', () => {
    expect(extractPublishedAt('某某日报　2031年09月14日　第02版：要闻\n某项目开工\n本报讯 9月13日上午…')).toEqual(
      new Date('2031-09-13T16:00:00Z'),
    );
    expect(extractPublishedAt('某某县融媒体中心\n2031-06-03 16:48:12\n某项目获批立项\n记者近日获悉…')).toEqual(
      new Date('2031-06-03T08:48:12Z'),
    );
  });

  it('reads a media centre’s name and time on one line, over the headline', () => {
    expect(extractPublishedAt('某某融媒　2031-10-09 11:26\n某市一批重大项目集中开工\n10月8日上午，…')).toEqual(
      new Date('2031-10-09T03:26:00Z'),
    );
  });

  it('does not date a report by a day in its first sentence', () => {
    expect(extractPublishedAt('某某县融媒体中心消息，项目于2031年6月3日开工。')).toBeNull();
  });
});

describe('list entries: bare 发布, 更新 and 截止 fields', () => {
  it('reads 发布： and 更新： as fields of their own, not the verb in a sentence', () => {
    expect(extractPublishedAt('预算：200万 | 截止：2031-05-06\n发布：2031-04-15 | 类型：招标公告')).toEqual(
      new Date('2031-04-14T16:00:00Z'),
    );
    expect(extractPublishedAt('开标时间延至：2031-10-16 09:30 | 地区：江西-九江 | 发布：2031-09-28')).toEqual(
      new Date('2031-09-27T16:00:00Z'),
    );
    expect(extractPublishedAt('总投资：4,560万元 | 项目阶段：可研批复 | 更新：2031-07-02')).toEqual(new Date('2031-07-01T16:00:00Z'));
    expect(extractPublishedAt('本公告将于下周发布：2031-04-15前请关注')).toBeNull();
  });

  it('reads a bare 截止 cell as the bid deadline, but not other cut-offs', () => {
    expect(extractDeadline('预算：200万 | 截止：2031-05-06 | 地区：湖南-长沙')).toEqual(new Date('2031-05-05T16:00:00Z'));
    expect(extractDeadline('截止：2031-05-06 09:30')).toEqual(new Date('2031-05-06T01:30:00Z'));
    expect(extractDeadline('报名截止：2031-05-06')).toBeNull();
  });
});

describe('extractDeadline, Macau 截止日期及时间', () => {
  it('reads the field on its line and after a semicolon in the place clause', () => {
    const iso = (t: string) => extractDeadline(t)?.toISOString() ?? null;
    expect(iso('截止日期及时间：2031年7月8日（星期二）下午五时正')).toBe('2031-07-08T09:00:00.000Z');
    expect(iso('11. 交标地点、截止日期及时间：某局大楼；截止日期及时间为2031年7月8日（星期二）下午五时正。')).toBe(
      '2031-07-08T09:00:00.000Z',
    );
  });

  it('leaves another cut-off written after a semicolon alone', () => {
    expect(extractDeadline('获取文件：2031年6月1日起；截止时间：2031年6月5日17:00')).toBeNull();
  });
});

describe('extractPublishedAt, a planned publication', () => {
  it('does not take the day a tender is to be published (预计公告日期) as the notice’s own', () => {
    expect(extractPublishedAt('政府采购预告\n预计公告日期：120/06/20\n公开阅览期间：120/06/02 至 120/06/08')).toBeNull();
    expect(extractPublishedAt('公告日期：120/06/02')?.toISOString()).toBe('2031-06-01T16:00:00.000Z');
  });
});

describe('extractDeadline: 延期前 and 延期后', () => {
  it('takes the deadline after the 延期 over the one before it', () => {
    const text = '延期前投标截止时间：2031年9月8日9:30\n延期后投标截止时间：2031年9月15日9:30\n开标地点不变。';
    expect(extractDeadline(text)?.toISOString()).toBe('2031-09-15T01:30:00.000Z');
  });

  it('reads the new column of a 原时间 | 延期后时间 table', () => {
    const text =
      '事项 | 原时间 | 延期后时间\n投标截止时间 | 2031年9月13日10:00 | 2031年9月20日10:00\n开标时间 | 2031年9月13日10:00 | 2031年9月20日10:00';
    expect(extractDeadline(text)?.toISOString()).toBe('2031-09-20T02:00:00.000Z');
  });
});

describe("extractDeadline: a developer's 回标", () => {
  it('reads 回标截止时间 as the bid deadline, after a 答疑截止', () => {
    const text = '答疑截止时间：2037年4月15日17:00\n回标截止时间：2037年4月22日10:00\n回标地点：项目部会议室';
    expect(extractDeadline(text)?.toISOString()).toBe('2037-04-22T02:00:00.000Z');
  });
});
