import type { AlertBulletin, AlertEmailModel } from './alert-email-model';
import { renderAlertEmail } from './render-alert-email';

const bulletin = (id: string, over: Partial<AlertBulletin> = {}): AlertBulletin => ({
  id,
  title: `渝中区道路改造工程${id}招标公告`,
  url: `https://bulletins.example/${id}`,
  regionName: '重庆',
  category: 'tender',
  publishedAt: new Date('2026-03-05T01:30:00Z'),
  budgetYuan: 3_500_000,
  deadlineAt: new Date('2026-03-20T09:00:00Z'),
  hits: ['道路'],
  subscriptionNames: ['道路'],
  snippet: '本项目为道路改造及市政配套工程，资金来源为财政资金。',
  ...over,
});

function model(over: Partial<AlertEmailModel> = {}): AlertEmailModel {
  return {
    kind: 'daily',
    member: { displayName: '张工', email: 'zhang@example.com' },
    periodLabel: '3月5日',
    groups: [
      { subscription: { id: 's1', name: '道路', keywords: ['道路'] }, bulletinIds: ['b1', 'b2'] },
      { subscription: { id: 's2', name: '市政', keywords: ['市政'] }, bulletinIds: ['b2', 'b3'] },
    ],
    bulletins: {
      b1: bulletin('b1'),
      b2: bulletin('b2', { hits: ['道路', '市政'], subscriptionNames: ['道路', '市政'] }),
      b3: bulletin('b3', {
        title: '解放碑市政管网维修中标结果',
        category: 'award',
        hits: ['市政'],
        subscriptionNames: ['市政'],
        budgetYuan: null,
      }),
    },
    moreCount: 0,
    moreUrl: 'https://tenders.example/m/more',
    manageUrl: 'https://tenders.example/m/subscriptions',
    unsubscribeUrl: 'https://tenders.example/u/signed-token',
    pauseUrls: { s1: 'https://tenders.example/p/s1', s2: 'https://tenders.example/p/s2' },
    ...over,
  };
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('renderAlertEmail', () => {
  it('lists title hits first within a section and shows the sentence that hit', async () => {
    const m = model();
    m.groups[1].bulletinIds = ['b2', 'b3'];
    m.bulletins.b3.titleHit = true;
    m.bulletins.b2.hitSentence = '配套市政管网迁改,长约两公里。';
    const { text } = await renderAlertEmail(m);
    const section = text.slice(text.indexOf('【市政】'));
    expect(section.indexOf('解放碑市政管网维修中标结果')).toBeLessThan(section.indexOf('道路改造工程b2'));
    expect(text).toContain('配套市政管网迁改,长约两公里。');
    // b1 and b3 keep the opening snippet; b2 shows its hit sentence instead.
    expect(count(text, '本项目为道路改造及市政配套工程')).toBe(2);
  });

  it('subject: period, distinct count, what matched, region', async () => {
    const { subject } = await renderAlertEmail(model());
    expect(subject).toBe('【标讯订阅】3月5日 3条新标讯：道路、市政 · 重庆');
  });

  it('subject counts bulletins beyond the cap and keeps only a few terms', async () => {
    const m = model({ moreCount: 57 });
    m.bulletins.b1.hits = ['道路', '桥梁', '隧道', '排水', '绿化'];
    m.bulletins.b3.regionName = '成都';
    const { subject } = await renderAlertEmail(m);
    expect(subject).toBe('【标讯订阅】3月5日 60条新标讯：道路、市政、桥梁 · 重庆等');
  });

  it('subject uses subscription names when nothing was a keyword hit', async () => {
    const m = model();
    for (const b of Object.values(m.bulletins)) b.hits = [];
    expect((await renderAlertEmail(m)).subject).toBe('【标讯订阅】3月5日 3条新标讯：道路、市政 · 重庆');
  });

  it('groups by subscription and renders a shared bulletin in full once, referenced later', async () => {
    const { html, text } = await renderAlertEmail(model());
    expect(html.indexOf('「道路」')).toBeLessThan(html.indexOf('「市政」'));
    // Full entries link the title; b2 is linked once (in 道路), then referenced in 市政.
    for (const id of ['b1', 'b2', 'b3']) expect(count(html, `href="https://bulletins.example/${id}"`)).toBe(1);
    expect(count(html, '另见上文第 2 条')).toBe(1);
    expect(html).toContain('同时匹配：道路、市政');
    expect(html.indexOf('另见上文第 2 条')).toBeGreaterThan(html.indexOf('「市政」'));
    expect(count(text, 'https://bulletins.example/b2')).toBe(1);
    expect(text).toContain('2. 渝中区道路改造工程b2招标公告（另见上文第 2 条）');
  });

  it('shows category, budget in 万元, dates in the member timezone, and the footer links', async () => {
    const { html } = await renderAlertEmail(model());
    expect(html).toContain('重庆 · 招标公告 · 发布 3月5日 · 预算 350万元 · 截止 3月20日 17:00');
    expect(html).toContain('中标结果');
    expect(html).toContain('href="https://tenders.example/m/subscriptions"');
    expect(html).toContain('href="https://tenders.example/p/s1"');
    expect(html).toContain('暂停「市政」');
    expect(html).toContain('href="https://tenders.example/u/signed-token"');
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).toContain('@media only screen');
  });

  it('escapes every bulletin field', async () => {
    const evil = '<script>alert(1)</script>';
    const attr = '"><img src=x onerror=alert(1)>';
    const m = model({
      groups: [{ subscription: { id: 's1', name: `<b>${evil}</b>`, keywords: [attr] }, bulletinIds: ['x'] }],
      bulletins: {
        x: bulletin('x', {
          title: `道路${evil}`,
          snippet: `道路工程${attr}`,
          url: `https://bulletins.example/x?a="><script>alert(2)</script>`,
          regionName: attr,
          category: evil,
          hits: ['道路', '<script>'],
          subscriptionNames: [evil, attr],
        }),
      },
      member: { displayName: evil, email: 'x@example.com' },
      periodLabel: attr,
      unknownNotice: evil,
      pauseUrls: { s1: 'https://tenders.example/p/s1' },
    });
    const { html, subject } = await renderAlertEmail(m);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain(attr);
    expect(html).not.toContain('onerror=');
    expect(html).toContain('&lt;script&gt;');
    expect(subject).toContain(attr); // a subject is plain text; the mail composer encodes it
  });

  it('gives each bulletin shown in full its own 不相关 link, in both parts', async () => {
    const m = model();
    for (const id of ['b1', 'b2', 'b3']) m.bulletins[id].notRelevantUrl = `https://tenders.example/nr/token-${id}`;
    const { html, text } = await renderAlertEmail(m);
    for (const id of ['b1', 'b2', 'b3']) {
      // b2 appears twice (second time as a reference), but its link only once.
      expect(count(html, `href="https://tenders.example/nr/token-${id}"`)).toBe(1);
      expect(text).toContain(`不相关：https://tenders.example/nr/token-${id}`);
    }
    await expect(
      renderAlertEmail(model({ bulletins: { ...m.bulletins, b1: { ...m.bulletins.b1, notRelevantUrl: 'javascript:alert(1)' } } })),
    ).rejects.toThrow(/notRelevantUrl/);
  });

  it('award items show 中标单位 and 中标金额, escaped; tender items the days left or 已截止', async () => {
    const evil = '<script>alert(1)</script>';
    const m = model({ now: new Date('2026-03-15T02:00:00Z') });
    m.bulletins.b3 = { ...m.bulletins.b3, stage: 'result', winners: [`重庆${evil}建设有限公司`, '四川某工程公司'], awardYuan: 3_456_700 };
    m.bulletins.b2 = { ...m.bulletins.b2, deadlineAt: new Date('2026-03-14T09:00:00Z') };
    const { html, text } = await renderAlertEmail(m);
    expect(html).toContain('中标单位：重庆&lt;script&gt;alert(1)&lt;/script&gt;建设有限公司、四川某工程公司 · 中标金额：345.67万元');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('中标/成交结果');
    expect(text).toContain(`   中标单位：重庆${evil}建设有限公司、四川某工程公司 · 中标金额：345.67万元`);
    // 15 March 10:00 in Shanghai: 20 March 17:00 is five days away; 14 March has passed.
    expect(html).toContain('截止 3月20日 17:00（剩 5 天）');
    expect(html).toContain('截止 3月14日 17:00（已截止）');
    expect(count(html, '中标单位')).toBe(1);
  });

  it('refuses non-http links of our own', async () => {
    await expect(renderAlertEmail(model({ unsubscribeUrl: 'javascript:alert(1)' }))).rejects.toThrow(/unsubscribeUrl/);
    await expect(renderAlertEmail(model({ pauseUrls: { s1: 'javascript:alert(1)' } }))).rejects.toThrow(/pauseUrls/);
  });

  it('drops non-http links from sources', async () => {
    const m = model();
    m.bulletins.b1.url = 'javascript:alert(1)';
    const { html, text } = await renderAlertEmail(m);
    expect(html).not.toContain('javascript:');
    expect(text).not.toContain('javascript:');
  });

  it('highlights hits in title and snippet, across spaces, case and full-width forms', async () => {
    const m = model({ groups: [{ subscription: { id: 's1', name: '道路', keywords: ['道路', 'EPC'] }, bulletinIds: ['b1'] }] });
    m.bulletins.b1 = bulletin('b1', { title: '道 路改造ＥＰＣ总承包', snippet: '含epc及道路养护', hits: ['道路', 'epc'] });
    const { html } = await renderAlertEmail(m);
    const hit = (s: string) =>
      `<span class="hit" style="background-color:#ffe58f;color:#000000;border-radius:2px;padding:0 1px">${s}</span>`;
    expect(html).toContain(`${hit('道 路')}改造${hit('ＥＰＣ')}总承包`);
    expect(html).toContain(`含${hit('epc')}及${hit('道路')}养护`);
  });

  it('plain text part: greeting, groups, items, more link, unknown notice, footer', async () => {
    const { text } = await renderAlertEmail(model({ moreCount: 57, unknownNotice: '上次发送状态未知的 2 条标讯未重发' }));
    expect(text).toContain('张工，您好：');
    expect(text).toContain('3月5日，您的订阅共匹配到 60 条新标讯。');
    expect(text).toContain('注意：上次发送状态未知的 2 条标讯未重发');
    expect(text).toContain('【道路】2 条（关键词：道路）');
    expect(text).toContain('1. 渝中区道路改造工程b1招标公告\n   重庆 · 招标公告 · 发布 3月5日 · 预算 350万元 · 截止 3月20日 17:00');
    expect(text).toContain('还有 57 条，查看全部：https://tenders.example/m/more');
    expect(text).toContain('管理订阅：https://tenders.example/m/subscriptions');
    expect(text).toContain('暂停「道路」：https://tenders.example/p/s1');
    expect(text).toContain('退订全部提醒：https://tenders.example/u/signed-token');
    expect(text).not.toMatch(/<[a-z]/i);
    expect(text).not.toContain('&');
  });

  it('greets by the email name when there is no display name; weekly heading', async () => {
    const { html } = await renderAlertEmail(model({ kind: 'weekly', member: { displayName: null, email: 'li.si@example.com' } }));
    expect(html).toContain('li.si，您好：');
    expect(html).toContain('每周标讯汇总');
  });
});
