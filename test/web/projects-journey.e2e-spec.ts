// Projects and parties in a real browser (Debian Chromium driven by playwright-core) against the real
// api and worker in this process, Postgres, Redis and an SMTP test server: follow a project from the
// inbox, see its later notice arrive as 关注的项目 with what changed, list and unfollow followed
// projects, watch an organisation picked from the suggestions, and render a deadline reminder email.
// Screenshots go to test/artifacts/.
import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import { SourcesService } from '@app/domain/ingest';
import { QUEUES } from '@app/queues';
import {
  createTestApi,
  createTestWorker,
  eventually,
  insertSubscription,
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

const MEMBER = { email: 'li.jingli@example.test', password: 'a long member passphrase' };
const HOSPITAL = '某某市第三人民医院';
const hour = 3_600_000;
const iso = (d: Date) => d.toISOString();

describe('web pages in Chromium: follows, watches and a reminder email', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let worker: TestWorker;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  let sourceKey: string;
  let memberId: string;
  // Five days ahead on the hour: the 72 h reminder is due in two days.
  const deadline = new Date(Math.ceil(Date.now() / hour) * hour + 5 * 24 * hour);

  const app = (path: string) => `${api.url}/app${path}`;
  const ingest = (items: object[]) => request(api.url).post('/v1/ingest/bulletins').set('x-api-key', sourceKey).send({ items }).expect(200);
  const drain = () =>
    waitForQueuesToDrain(
      api.jobs.allQueues().filter((q) => q.name !== QUEUES.digest && q.name !== QUEUES.maintenance && q.name !== QUEUES.reminders),
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
      RATE_LIMIT_AUTH_PER_MINUTE: '1000',
    });
    await resetDatabase(api.dataSource);
    worker = await createTestWorker(api.config);
    sourceKey = (await api.app.get(SourcesService).create('web-projects-crawler')).apiKey;
    await request(api.url).post('/v1/auth/register').send(MEMBER).expect(202);
    await api.dataSource.query(`UPDATE members SET email_verified_at = now() WHERE email = $1`, [MEMBER.email]);
    [{ id: memberId }] = await api.dataSource.query(`SELECT id FROM members WHERE email = $1`, [MEMBER.email]);
    // The tender is caught by a keyword; its later notices will only come through the follow.
    await insertSubscription(api.dataSource, memberId, { name: '空调', keywords: ['空调'] });
    await ingest([
      {
        sourceId: 'wp-1',
        title: '第三人民医院病房空调采购公告',
        body: `项目编号：SY-2026-0301\n采购人：${HOSPITAL}\n预算金额：260万元`,
        buyer: HOSPITAL,
        category: 'tender',
        stage: 'invitation',
        publishedAt: iso(new Date()),
        deadlineAt: iso(deadline),
      },
    ]);
    await drain();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    page.setDefaultTimeout(10000);
    pageErrors = collectPageErrors(page);
    await page.goto(app(`/login?email=${encodeURIComponent(MEMBER.email)}`));
    await page.getByLabel('密码').fill(MEMBER.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '我的订阅' }).waitFor();
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    if (api) await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api?.close();
    await smtp?.close();
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  it('watches an organisation picked from the suggestions; its notice reaches the inbox as 关注的单位; deletes a watch', async () => {
    await page.getByRole('link', { name: '关注的单位', exact: true }).click();
    await page.getByRole('heading', { name: '关注的单位', exact: true }).waitFor();
    await page.getByText('还没有关注的单位。').waitFor();
    await page.getByLabel('单位名称').fill('人民医院');
    const suggestion = page.locator(`[data-suggestion="${HOSPITAL}"]`);
    await suggestion.waitFor();
    await expectLocator(suggestion.locator('xpath=..')).toContainText('采购人');
    await suggestion.click();
    // A buyer-only suggestion sets the role to what it publishes.
    expect(await page.getByLabel('关注角色').inputValue()).toBe('buyer');
    await page.getByRole('button', { name: '添加关注' }).click();
    const rows = page.locator('.watch-item');
    await expectLocator(rows.locator('.item-title')).toHaveText([HOSPITAL]);
    // The suggestions go with the cleared box, in the same render as the new row (a late lookup of
    // the submitted name used to show them again and shift the list under the next click).
    expect(await page.locator('.party-suggestions').count()).toBe(0);
    await expectLocator(rows.first()).toContainText('采购人');

    // A competitor typed by hand, watched for its awards; then deleted again.
    await page.getByLabel('单位名称').fill('某某建设集团有限公司');
    await page.getByLabel('关注角色').selectOption('winner');
    await page.getByRole('button', { name: '添加关注' }).click();
    await expectLocator(rows).toHaveCount(2);
    await screenshot(page, 'web-watches');
    await rows.filter({ hasText: '某某建设集团' }).getByRole('button', { name: '删除' }).click();
    await expectLocator(rows.locator('.item-title')).toHaveText([HOSPITAL]);
    const stored = await api.dataSource.query(`SELECT name, role FROM party_watches WHERE member_id = $1`, [memberId]);
    expect(stored).toEqual([{ name: HOSPITAL, role: 'buyer' }]);

    await ingest([
      {
        sourceId: 'wp-2',
        title: '第三人民医院门诊楼保洁服务采购公告',
        body: `项目编号：SY-2026-0377\n采购人：${HOSPITAL}`,
        buyer: HOSPITAL,
        publishedAt: iso(new Date()),
      },
    ]);
    await drain();
    await page.getByRole('link', { name: '收件箱', exact: true }).click();
    const item = page.locator('.match-item').filter({ hasText: '门诊楼保洁' });
    await expectLocator(item.locator('[data-reason=watch]')).toContainText(`关注的单位：${HOSPITAL}（采购人/招标人）`);
  });

  it('follows a project from the inbox; its 更正 arrives as 关注的项目 with what changed; the follows page lists and unfollows', async () => {
    await page.getByRole('link', { name: '收件箱', exact: true }).click();
    // Caught by the subscription; followed from here.
    const tender = page.locator('.match-item').filter({ hasText: '病房空调' });
    await tender.waitFor();
    await tender.getByRole('button', { name: '关注此项目' }).click();
    await tender.getByRole('button', { name: '取消关注' }).waitFor();
    const [{ project_id: projectId }] = await api.dataSource.query(`SELECT project_id FROM bulletins WHERE title = $1`, [
      '第三人民医院病房空调采购公告',
    ]);
    expect(await api.dataSource.query(`SELECT project_id FROM project_follows WHERE member_id = $1`, [memberId])).toEqual([
      { project_id: projectId },
    ]);

    const moved = new Date(deadline.getTime() + 2 * 24 * hour);
    await ingest([
      {
        sourceId: 'wp-3',
        title: '病房设备项目更正公告',
        body: '原公告的项目编号：SY-2026-0301\n更正事项：投标截止时间延期',
        category: 'change',
        stage: 'correction',
        publishedAt: iso(new Date()),
        deadlineAt: iso(moved),
      },
    ]);
    await drain();
    await page.reload();
    const correction = page.locator('.match-item').filter({ hasText: '病房设备项目更正公告' });
    await expectLocator(correction.locator('[data-reason=follow]')).toContainText('关注的项目');
    await expectLocator(correction.locator('[data-changes]')).toContainText('截止时间由');
    await expectLocator(correction.getByRole('button', { name: '取消关注' })).toHaveCount(1);
    await screenshot(page, 'web-inbox-follows');

    // The bulletin page offers the same button.
    await correction.locator('.item-title').getByRole('link').click();
    await page.getByRole('link', { name: '查看项目进展 →' }).waitFor();
    await expectLocator(page.getByRole('button', { name: '取消关注' })).toHaveCount(1);

    await page.getByRole('link', { name: '关注的项目', exact: true }).click();
    await page.getByRole('heading', { name: '我关注的项目' }).waitFor();
    const follows = page.locator('.follow-item');
    await expectLocator(follows).toHaveCount(1);
    await expectLocator(follows.first()).toContainText('截止前提醒：3 天、1 天');
    await expectLocator(follows.first()).toContainText('更正');
    expect(await follows.first().innerText()).toMatch(/投标截止：\d{4}-\d\d-\d\d \d\d:\d\d/);
    await screenshot(page, 'web-follows');

    // Before unfollowing: the reminder email for the moved deadline, rendered as a mail client would.
    smtp.clear();
    const job = await api.jobs.queue(QUEUES.reminders).getJob(`reminder-${memberId}-${projectId}-${moved.getTime()}-72h`);
    expect(job).toBeDefined();
    await job!.promote();
    const [mail] = await eventually(
      async () => {
        const found = smtp.messages.filter((m) => m.subject.includes('投标截止提醒'));
        return found.length ? found : undefined;
      },
      15000,
      'reminder email',
    );
    expect(mail.html).toContain('截止时间已由更正/延期公告调整');
    const mailPage = await browser.newPage({ viewport: { width: 720, height: 900 } });
    // No network for the rendered message: what it shows is in the HTML itself.
    await mailPage.route('**/*', (route) => route.abort());
    await mailPage.setContent(mail.html, { waitUntil: 'domcontentloaded' });
    expect(await mailPage.locator('body').innerText()).toContain('第三人民医院病房空调采购公告');
    await screenshot(mailPage, 'reminder-email');
    await mailPage.close();

    await follows.first().getByRole('button', { name: '取消关注' }).click();
    await page.getByText('还没有关注的项目。').waitFor();
    expect(await api.dataSource.query(`SELECT 1 FROM project_follows WHERE member_id = $1`, [memberId])).toEqual([]);
  });
});
