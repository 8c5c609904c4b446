// The web pages in a real browser (Debian Chromium driven by playwright-core) against the real api
// and worker in this process, Postgres, Redis and an SMTP test server. One journey, step by step:
// sign up and verify, build a subscription with the live preview, see a new bulletin in the inbox,
// then an admin retries the member's failed delivery. Screenshots go to test/artifacts/.
import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Bulletin, Delivery, Member } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import { MemberAccountsService } from '@app/domain/members';
import { DeliveriesRepository } from '@app/domain/worker';
import { QUEUES } from '@app/queues';
import {
  createTestApi,
  createTestWorker,
  eventually,
  resetDatabase,
  startSmtpTestServer,
  waitForQueuesToDrain,
  type SmtpTestServer,
  type TestApi,
  type TestWorker,
} from '@app/testing';
import { collectPageErrors, launchBrowser, screenshot } from './support/browser';
import { expectLocator } from './support/expect-locator';
import { ensureWebBuild } from './support/web-build';
import { prepareWebDatabase, WEB_TEST_DATABASE_URL } from './support/web-database';

const MEMBER = { email: 'zhang.gong@example.test', password: 'a long member passphrase' };
const ADMIN = { email: 'ops@example.test', password: 'a long admin passphrase' };
const today = new Date().toISOString().slice(0, 10);

describe('web pages in Chromium: member journey and admin retry', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let worker: TestWorker;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let sourceKey: string;
  let seq = 0;

  const app = (path: string) => `${api.url}/app${path}`;
  const ingest = (items: object[]) => request(api.url).post('/v1/ingest/bulletins').set('x-api-key', sourceKey).send({ items }).expect(200);
  const bulletin = (title: string, extra: object = {}) => ({
    sourceId: `web-${++seq}`,
    title,
    body: `项目编号：CQ-WEB-${seq}\n预算金额：350万元\n招标人：重庆市渝中区住房和城乡建设委员会\n本项目为${title}。`,
    regionText: '重庆-渝中-',
    buyer: '重庆市渝中区住房和城乡建设委员会',
    publishedAt: today,
    ...extra,
  });
  const drain = () =>
    waitForQueuesToDrain(
      api.jobs.allQueues().filter((q) => q.name !== QUEUES.digest && q.name !== QUEUES.maintenance),
      20000,
    );

  beforeAll(async () => {
    ensureWebBuild();
    await prepareWebDatabase();
    smtp = await startSmtpTestServer();
    api = await createTestApi({
      DATABASE_URL: WEB_TEST_DATABASE_URL,
      SMTP_URL: smtp.url,
      INSTANT_WINDOW_SECONDS: '1',
      SWEEP_INTERVAL_MS: '600000',
    });
    await resetDatabase(api.dataSource);
    worker = await createTestWorker(api.config);
    sourceKey = (await api.app.get(SourcesService).create('web-e2e-crawler')).apiKey;
    // What the preview finds: three 渝中区 notices of today (one about 监理), one elsewhere.
    await ingest([
      bulletin('渝中区解放碑片区道路改造工程施工招标公告'),
      bulletin('渝中区道路照明维修工程监理招标公告'),
      bulletin('渝中区长江大桥桥梁检测服务采购公告'),
      bulletin('江北区观音桥道路改造工程招标公告', { regionText: '重庆-江北-', buyer: '重庆市江北区住房和城乡建设委员会' }),
    ]);
    await drain();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    page.setDefaultTimeout(10000);
    pageErrors = collectPageErrors(page);
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    if (api) await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api?.close();
    await smtp?.close();
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  it('is served by the api at /app: any page path gets the app, a missing file a 404, with a strict CSP', async () => {
    const deep = await request(api.url).get('/app/subscriptions/new').expect(200);
    expect(deep.type).toBe('text/html');
    expect(deep.text).toContain('<div id="root">');
    expect(deep.headers['content-security-policy']).toContain("script-src 'self'");
    expect(deep.headers['cache-control']).toBe('no-cache');
    const asset = /\/app\/assets\/[^"]+\.js/.exec(deep.text)![0];
    const js = await request(api.url).get(asset).expect(200);
    expect(js.headers['cache-control']).toContain('immutable');
    await request(api.url).get('/app/assets/missing.js').expect(404);
    await request(api.url).get('/app/%2e%2e/package.json').expect(404);
    await request(api.url).post('/app/login').expect(404);
  });

  it('signs a member up and verifies the email with the emailed link', async () => {
    await page.goto(app('/signup'));
    await page.getByLabel('邮箱').fill(MEMBER.email);
    await page.getByLabel('密码', { exact: true }).fill(MEMBER.password);
    await page.getByLabel('再次输入密码').fill(MEMBER.password);
    await page.getByRole('button', { name: '注册' }).click();
    await page.getByRole('heading', { name: '请查收验证邮件' }).waitFor();

    const [mail] = await smtp.waitForMessages(1, 10000);
    expect(mail.envelope.to).toEqual([MEMBER.email]);
    const link = /https?:\/\/\S+\/v1\/auth\/verify-email\?token=[^\s"'<>]+/.exec(mail.text)![0];
    // The link starts with PUBLIC_URL; the test api listens on a random port.
    const { pathname, search } = new URL(link);
    await page.goto(`${api.url}${pathname}${search}`);
    await expectLocator(page.locator('h1')).toHaveText('邮箱已验证');

    await page.goto(app(`/login?email=${encodeURIComponent(MEMBER.email)}`));
    await page.getByLabel('密码').fill(MEMBER.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '我的订阅' }).waitFor();
    await page.getByText('还没有订阅。').waitFor();
  });

  it('builds a subscription: region from the tree, two keywords, the preview narrows when an exclude word is added', async () => {
    await page.getByRole('link', { name: '新建订阅' }).first().click();
    await page.getByLabel('订阅名称').fill('渝中区道路桥梁');
    const keyword = page.getByLabel('关键词', { exact: true });
    await keyword.fill('道路');
    await keyword.press('Enter');
    await keyword.fill('桥梁');
    await keyword.press('Enter');
    await expectLocator(page.locator('[data-chips=keyword] .chip-text')).toHaveText(['道路', '桥梁']);

    await page.getByText('按省市浏览').click();
    await page.locator('li[data-region="500000"] > .region-node').getByRole('button', { name: '展开 重庆市' }).click();
    await page.locator('li[data-region="500103"] > .region-node').getByRole('button', { name: '选择' }).click();
    await expectLocator(page.locator('.chip-region .chip-text')).toHaveText(['重庆市 渝中区']);

    // 江北区 is outside the region; the 监理 notice is still in.
    const total = page.getByTestId('preview-total');
    await expectLocator(total).toHaveText('近 30 天共 3 条');
    const titles = page.locator('.preview-item .item-title');
    await expectLocator(titles).toHaveCount(3);
    await expectLocator(titles.filter({ hasText: '监理' })).toHaveCount(1);
    await expectLocator(page.locator('.preview-item mark').first()).toHaveText(/道路|桥梁/);

    const exclude = page.getByLabel('排除词', { exact: true });
    await exclude.fill('监理');
    await exclude.press('Enter');
    await expectLocator(total).toHaveText('近 30 天共 2 条');
    await expectLocator(titles).toHaveCount(2);
    await expectLocator(titles.filter({ hasText: '监理' })).toHaveCount(0);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'web-editor-preview');

    await page.getByRole('button', { name: '创建订阅' }).click();
    await page.getByRole('heading', { name: '我的订阅' }).waitFor();
    const card = page.locator('.subscription-card');
    await expectLocator(card.getByRole('heading')).toHaveText('渝中区道路桥梁');
    await expectLocator(card).toContainText('道路、桥梁');
    await expectLocator(card).toContainText('监理');
    await expectLocator(card).toContainText('重庆市 渝中区');
    // Nothing caught yet: the count is of real matches, not of the preview.
    await expectLocator(card.locator('.recent-count')).toHaveText('近 7 天命中 0 条');
    await screenshot(page, 'web-subscriptions');
  });

  it('shows a bulletin ingested over HTTP in the inbox with its hit terms highlighted, as text', async () => {
    const member = await api.dataSource.getRepository(Member).findOneByOrFail({ email: MEMBER.email });
    const matched = async (n: number) =>
      (await api.dataSource.query('SELECT count(*)::int AS n FROM matches WHERE member_id = $1', [member.id]))[0].n >= n;
    // 21 notices first (their alert goes out), so the inbox holds more than its first page of 20.
    await ingest(Array.from({ length: 21 }, (_, i) => bulletin(`渝中区第${i + 1}批背街小巷道路整治工程招标公告`)));
    await eventually(() => matched(21), 15000, '21 matches');
    await drain();
    // Then the one to look at; its alert's attempts fail (451) until the admin step retries it, so no
    // automatic retry (2 s later) can send it while the browser steps in between take their time.
    smtp.clear();
    smtp.failNext(451, '4.3.0 try again later', Infinity);
    const title = '渝中区人民路<img src=x onerror="window.__xss=1">道路改造工程施工招标公告';
    await ingest([bulletin(title)]);
    await eventually(() => matched(22), 15000, '22 matches');

    await page.getByRole('link', { name: '收件箱', exact: true }).click();
    const items = page.locator('.match-item');
    await expectLocator(items).toHaveCount(20);
    // Infinite scroll: the next page loads when the end of the list comes into view.
    await page.getByRole('button', { name: '加载更多' }).scrollIntoViewIfNeeded();
    await expectLocator(items).toHaveCount(22);
    await page.getByText('已显示全部').waitFor();
    const item = items.filter({ hasText: '人民路' });
    await expectLocator(item.locator('.item-title')).toHaveText(title);
    await expectLocator(item.locator('.item-title mark')).toHaveText(['道路']);
    await expectLocator(item.locator('img')).toHaveCount(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    await expectLocator(item).toContainText('渝中区道路桥梁');
    await screenshot(page, 'web-inbox');

    await item.locator('.item-title').getByRole('link').click();
    await page.getByRole('heading', { name: '为什么命中' }).waitFor();
    await expectLocator(page.locator('.why')).toContainText('包含关键词：道路');
    await expectLocator(page.locator('.why')).toContainText('属于订阅地区（重庆市 渝中区）');
    await expectLocator(page.locator('.bulletin-body mark').first()).toHaveText('道路');
    await screenshot(page, 'web-bulletin');

    // Readable on a phone: nothing wider than a 375 px screen.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('link', { name: '收件箱', exact: true }).click();
    await item.waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshot(page, 'web-inbox-375');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The subscriptions list now counts what was caught.
    await page.getByRole('link', { name: '我的订阅', exact: true }).click();
    await expectLocator(page.locator('.subscription-card .recent-count')).toHaveText('近 7 天命中 22 条');

    // And the settings page lists the alert that went out.
    await page.getByRole('link', { name: '设置', exact: true }).click();
    await expectLocator(page.locator('ul.history li').filter({ hasText: '已发送' }).first()).toContainText('邮件 · 实时提醒');
  });

  it('lets an admin find the member and retry the failed delivery until it is sent', async () => {
    // Its attempts failed; as after the last attempt, the row says failed and no retry of its job is
    // left. Only then does SMTP accept again, so the one email below is the admin's retry.
    const member = await api.dataSource.getRepository(Member).findOneByOrFail({ email: MEMBER.email });
    const deliveryId = await eventually(
      async () => {
        const rows = await api.dataSource.getRepository(Delivery).findBy({ memberId: member.id, status: 'pending' });
        return rows.find((d) => d.attempts >= 1 && d.error?.includes('451'))?.id;
      },
      30000,
      'first attempt failed',
    );
    expect(await api.app.get(DeliveriesRepository).claimForFailure(deliveryId)).toBe(true);
    const sendsIt = (data: { deliveryId?: string; deliveryIds?: string[] }) =>
      data.deliveryId === deliveryId || !!data.deliveryIds?.includes(deliveryId);
    await eventually(
      async () => {
        const left = (await api.jobs.queue(QUEUES.delivery).getJobs(['active', 'delayed', 'waiting', 'prioritized'])).filter((j) =>
          sendsIt(j.data),
        );
        // A queued retry goes; one in flight meets the 451 (the row is failed: nothing to release) and comes back delayed.
        await Promise.all(left.map((j) => j.remove().catch(() => undefined)));
        return left.length === 0;
      },
      30000,
      'automatic retries gone',
    );
    smtp.stopFailing();
    await api.app.get(MemberAccountsService).createAdmin(ADMIN.email, ADMIN.password, false);

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByLabel('邮箱').fill(ADMIN.email);
    await page.getByLabel('密码').fill(ADMIN.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '统计' }).waitFor();
    await page.locator('.stats-chart').waitFor();
    await screenshot(page, 'web-admin-stats');

    await page.locator('.admin-nav').getByRole('link', { name: '会员' }).click();
    await page.getByLabel('按邮箱、姓名或公司搜索').fill('zhang.gong');
    await page.getByRole('link', { name: MEMBER.email }).click();
    await page.getByRole('heading', { name: MEMBER.email }).waitFor();
    await expectLocator(page.locator(`tr[data-delivery="${deliveryId}"] [data-status]`)).toHaveText('失败');
    await screenshot(page, 'web-admin-member');

    await page.getByRole('link', { name: /查看该会员的全部投递/ }).click();
    const row = page.locator(`tr[data-delivery="${deliveryId}"]`);
    await expectLocator(row).toContainText('451');
    await row.getByRole('button', { name: '重试' }).click();
    await expectLocator(row.locator('[data-status]')).toHaveText('已发送', { timeout: 20000 });
    await expectLocator(row.getByRole('button', { name: '重试' })).toHaveCount(0);
    const mails = smtp.messages.filter((m) => m.envelope.to.includes(MEMBER.email));
    expect(mails).toHaveLength(1); // sent once, after the retry
    expect(mails[0].text).toContain('人民路');
    await screenshot(page, 'web-admin-deliveries');
  }, 60000);

  it("explains to the admin why a bulletin did or did not match the member's subscription", async () => {
    const member = await api.dataSource.getRepository(Member).findOneByOrFail({ email: MEMBER.email });
    const bulletins = api.dataSource.getRepository(Bulletin);
    const excluded = await bulletins.findOneByOrFail({ title: '渝中区道路照明维修工程监理招标公告' });
    const caught = await bulletins.findOneByOrFail({ title: '渝中区解放碑片区道路改造工程施工招标公告' });
    await page.locator('.admin-nav').getByRole('link', { name: '匹配诊断' }).click();
    const ask = async (bulletinId: string) => {
      await page.getByLabel('公告编号').fill(bulletinId);
      await page.getByLabel('会员编号').fill(member.id);
      await page.getByRole('button', { name: '检查' }).click();
    };

    await ask(excluded.id);
    const result = page.locator('.why-result');
    await expectLocator(result.getByRole('heading')).toHaveText('渝中区道路桥梁 — 未命中');
    await expectLocator(result.getByRole('row').filter({ hasText: '排除词' })).toContainText('不符合');
    // In Chinese, made from the API's structured checks.
    await expectLocator(result.getByRole('listitem').first()).toHaveText('含排除词：监理');
    await expectLocator(result.getByRole('row').filter({ hasText: '地区' })).toContainText('渝中区即订阅地区');
    await screenshot(page, 'web-admin-why');

    await ask(caught.id);
    await expectLocator(result.getByRole('heading')).toHaveText('渝中区道路桥梁 — 命中');
    await expectLocator(result.getByRole('row').filter({ hasText: '地区' })).toContainText('符合');
  });

  it('lets the admin create a source whose key is shown once, works for ingest, and stops when revoked', async () => {
    await page.locator('.admin-nav').getByRole('link', { name: '数据源与密钥' }).click();
    await page.getByLabel('名称', { exact: true }).fill('partner-feed');
    await page.getByRole('button', { name: '新建数据源' }).click();
    const shown = page.getByTestId('api-key');
    await expectLocator(shown).toHaveText(/^ta_[0-9a-f]+_[\w-]+$/);
    const apiKey = (await shown.textContent())!.trim();
    const post = () =>
      request(api.url)
        .post('/v1/ingest/bulletins')
        .set('x-api-key', apiKey)
        .send({ items: [bulletin('渝中区合作方推送道路工程招标公告')] });
    expect((await post()).status).toBe(200);
    await screenshot(page, 'web-admin-sources');

    await page.getByRole('button', { name: '我已保存' }).click();
    await expectLocator(shown).toHaveCount(0);
    await page.reload();
    const card = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'partner-feed' }) });
    await expectLocator(card.getByRole('cell', { name: '有效' })).toHaveCount(1);
    expect(await page.content()).not.toContain(apiKey);

    page.once('dialog', (d) => void d.accept());
    await card.getByRole('button', { name: '吊销' }).click();
    await expectLocator(card.getByRole('cell', { name: '已吊销' })).toHaveCount(1);
    expect((await post()).status).toBe(401);
  });

  it('lets the admin search bulletins and subscriptions and read the audit log of what was done', async () => {
    const nav = page.locator('.admin-nav');
    await nav.getByRole('link', { name: '公告', exact: true }).click();
    await page.getByLabel('按标题或正文搜索').fill('人民路');
    const bulletinRows = page.locator('tbody tr');
    await expectLocator(bulletinRows).toHaveCount(1);
    await expectLocator(bulletinRows.first()).toContainText('重庆市 渝中区');
    // The stored title is text: the <img onerror> in it is shown, never run.
    await expectLocator(bulletinRows.first().locator('img')).toHaveCount(0);

    await nav.getByRole('link', { name: '订阅', exact: true }).click();
    await page.getByLabel('按名称、关键词或会员邮箱搜索').fill('zhang.gong');
    await expectLocator(page.locator('tbody tr')).toHaveCount(1);
    await expectLocator(page.locator('tbody tr').first()).toContainText('渝中区道路桥梁');

    await nav.getByRole('link', { name: '操作日志' }).click();
    const actions = page.locator('tbody tr td:nth-child(3)');
    await expectLocator(actions.first()).toHaveText('吊销密钥 source.key_revoke');
    await expectLocator(actions.filter({ hasText: 'delivery.retry' })).toHaveCount(1);
    await screenshot(page, 'web-admin-audit');
    expect(await actions.allTextContents()).toEqual(expect.arrayContaining(['新建数据源 source.create', '重试投递 delivery.retry']));
  });

  it('lets the member mark a match 不相关, see why and apply a fix; the admin sees the noise figures', async () => {
    const member = await api.dataSource.getRepository(Member).findOneByOrFail({ email: MEMBER.email });
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByLabel('邮箱').fill(MEMBER.email);
    await page.getByLabel('密码').fill(MEMBER.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('link', { name: '收件箱', exact: true }).click();
    const item = page.locator('.match-item').filter({ hasText: '人民路' });
    await item.getByRole('button', { name: '不相关', exact: true }).click();
    const feedback = item.locator('.match-feedback');
    await expectLocator(feedback).toContainText('关键词「道路」出现在标题');
    // Counted over the subscription's matches of the last 30 days: first the compound around the hit,
    // 道路改造, which no other match of the window has.
    const [{ n }] = await api.dataSource.query('SELECT count(*)::int AS n FROM matches WHERE member_id = $1', [member.id]);
    const exclude = feedback.locator('[data-fix=exclude_word]').first();
    await expectLocator(exclude).toContainText('添加排除词「道路改造」');
    await expectLocator(exclude).toContainText(`过去 30 天的 ${n} 条匹配中会少 1 条（其中 1 条您标记过不相关）`);
    await expectLocator(feedback.locator('[data-fix=drop_keyword]')).toContainText('删除关键词「道路」');
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    await screenshot(page, 'web-inbox-not-relevant');
    await exclude.getByRole('button', { name: '应用' }).click();
    await expectLocator(feedback).toContainText('已应用到订阅');
    await expectLocator(feedback).toContainText('现在不会再匹配这条标讯');
    expect(await api.dataSource.query('SELECT source FROM not_relevant_marks WHERE member_id = $1', [member.id])).toEqual([
      { source: 'app' },
    ]);
    const [{ exclude_words: excludeWords }] = await api.dataSource.query('SELECT exclude_words FROM subscriptions WHERE member_id = $1', [
      member.id,
    ]);
    expect(excludeWords).toHaveLength(2);

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByLabel('邮箱').fill(ADMIN.email);
    await page.getByLabel('密码').fill(ADMIN.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '统计' }).waitFor();
    const noise = page.locator('[data-card=noise]');
    await expectLocator(noise).toContainText(`${n} 条命中中有 1 条被会员标记为不相关`);
    await expectLocator(noise.getByRole('row').filter({ hasText: '渝中区道路桥梁' })).toContainText(MEMBER.email);
    await screenshot(page, 'web-admin-noise');
  });

  it('shows a project page with its timeline, and follows and unfollows it', async () => {
    const [{ project_id: projectId }] = await api.dataSource.query(
      `SELECT project_id FROM bulletins WHERE title LIKE '渝中区人民路%' LIMIT 1`,
    );
    await page.goto(app(`/projects/${projectId}`));
    await page.getByRole('heading', { name: /项目进展/ }).waitFor();
    await expectLocator(page.locator('ol.timeline li')).toHaveCount(1);
    await page.getByRole('button', { name: '关注此项目' }).click();
    await page.getByRole('button', { name: '取消关注' }).waitFor();
    await screenshot(page, 'web-project');
    await page.getByRole('button', { name: '取消关注' }).click();
    await page.getByRole('button', { name: '关注此项目' }).waitFor();
  });
});
