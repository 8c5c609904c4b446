// The channels page in a real browser (Debian Chromium via playwright-core) against the api and
// worker in this process, Postgres, Redis, a local receiver for the member's webhook, and a local
// stand-in of the WeChat API. A member adds a webhook (secret shown once), sees a delivery in its
// log and replays it, rotates the secret, disables it; binds WeChat by QR code (the scan arrives as
// a signed event push) and unbinds; makes, copies and revokes an Atom feed URL. Screenshots go to
// test/artifacts/.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { Webhook } from 'standardwebhooks';
import type { Browser, Page } from 'playwright-core';
import { SourcesService } from '@app/domain/ingest';
import {
  createTestApi,
  createTestWorker,
  resetDatabase,
  startSmtpTestServer,
  startWebhookReceiver,
  type SmtpTestServer,
  type TestApi,
  type TestWorker,
  type WebhookReceiver,
} from '@app/testing';
import { patternPng } from '../support/pattern-png';
import { bearer, signUp, type SignedUp } from '../support/member-sessions';
import { collectPageErrors, launchBrowser, screenshot } from './support/browser';
import { expectLocator } from './support/expect-locator';
import { ensureWebBuild } from './support/web-build';
import { prepareWebDatabase, WEB_TEST_DATABASE_URL } from './support/web-database';

const EVENT_TOKEN = 'webJourneyToken';

describe('web pages in Chromium: channels (webhooks, WeChat, feeds)', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let worker: TestWorker;
  let receiver: WebhookReceiver;
  let wx: Server;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  let member: SignedUp;
  let sourceKey: string;
  let subscriptionId: string;
  const tickets = new Map<string, string>();

  const app = (path: string) => `${api.url}/app${path}`;

  beforeAll(async () => {
    ensureWebBuild();
    await prepareWebDatabase();
    smtp = await startSmtpTestServer();
    receiver = await startWebhookReceiver();
    // The WeChat API as documented, just what this journey calls: token, qrcode/create, showqrcode.
    wx = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://wx');
        const reply = (json: object) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(json));
        if (url.pathname === '/cgi-bin/token') return reply({ access_token: 'T1', expires_in: 7200 });
        if (url.pathname === '/cgi-bin/qrcode/create') {
          const scene = JSON.parse(body).action_info.scene.scene_str as string;
          const ticket = randomBytes(24).toString('base64');
          tickets.set(ticket, scene);
          return reply({ ticket, expire_seconds: JSON.parse(body).expire_seconds, url: 'http://weixin.qq.com/q/web' });
        }
        if (url.pathname === '/cgi-bin/showqrcode') return res.writeHead(200, { 'content-type': 'image/png' }).end(patternPng(url.search));
        res.writeHead(404).end();
      });
    });
    await new Promise<void>((r) => wx.listen(0, '127.0.0.1', r));
    const wxUrl = `http://127.0.0.1:${(wx.address() as AddressInfo).port}`;
    api = await createTestApi({
      DATABASE_URL: WEB_TEST_DATABASE_URL,
      SMTP_URL: smtp.url,
      INSTANT_WINDOW_SECONDS: '0',
      OUTBOUND_ALLOW_LOOPBACK: 'true',
      RATE_LIMIT_AUTH_PER_MINUTE: '1000',
      WECHAT_APP_ID: 'wxweb',
      WECHAT_APP_SECRET: 'wxwebsecret',
      WECHAT_TEMPLATE_ID: 'TPL',
      WECHAT_API_URL: wxUrl,
      WECHAT_OAUTH_URL: wxUrl,
      WECHAT_MP_URL: wxUrl,
      WECHAT_TOKEN: EVENT_TOKEN,
    });
    await resetDatabase(api.dataSource);
    worker = await createTestWorker(api.config);
    sourceKey = (await api.app.get(SourcesService).create('web-channels')).apiKey;
    member = await signUp(api, 'li.gong@example.test', 'a long member passphrase');
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = await context.newPage();
    page.setDefaultTimeout(10000);
    pageErrors = collectPageErrors(page);
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    if (api) await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api?.close();
    await receiver?.close();
    await smtp?.close();
    await new Promise<void>((r) => (wx ? wx.close(() => r()) : r()));
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  it('adds a webhook: the secret is shown once and signs the delivery; the log shows it and replays it', async () => {
    await page.goto(app(`/login?email=${encodeURIComponent(member.email)}`));
    await page.getByLabel('密码').fill(member.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '我的订阅' }).waitFor();
    await page.getByRole('link', { name: '推送渠道' }).click();
    await page.getByRole('heading', { name: '推送渠道', level: 1 }).waitFor();
    await page.getByText('还没有推送地址。').waitFor();

    await page.getByLabel('推送地址').fill(`${receiver.url}/crm`);
    await page.getByLabel('备注').fill('投标管理系统');
    await page.getByRole('button', { name: '添加' }).click();
    const secretBox = page.getByRole('textbox', { name: '签名密钥只显示这一次，请立即保存：' });
    await expectLocator(secretBox).toHaveValue(/^whsec_/);
    const secret = await secretBox.inputValue();
    await page.getByRole('button', { name: '复制' }).first().click();
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText(),
      ),
    ).toBe(secret);
    await expectLocator(page.locator('.webhook-item')).toHaveCount(1);
    await screenshot(page, 'channels-1-webhook-created');

    // A subscription that uses it, then a matching bulletin.
    subscriptionId = (
      await request(api.url)
        .post('/v1/subscriptions')
        .set(bearer(member.accessToken))
        .send({ name: '管廊工程', keywords: ['综合管廊'], channels: ['email', 'webhook'] })
        .expect(201)
    ).body.id;
    await request(api.url)
      .post('/v1/ingest/bulletins')
      .set('x-api-key', sourceKey)
      .send({ items: [{ sourceId: 'ch-1', title: '城南综合管廊一期工程招标公告', regionText: '四川-成都-', budgetYuan: 88_000_000 }] })
      .expect(200);
    const [got] = await receiver.waitFor(1);
    expect(() => new Webhook(secret).verify(got.body, got.headers as Record<string, string>)).not.toThrow();

    await page.getByRole('button', { name: '推送记录' }).click();
    const row = page.locator('.webhook-log tr').first();
    await expectLocator(row).toContainText('已送达');
    await expectLocator(row).toContainText('200');
    await screenshot(page, 'channels-2-webhook-log');
    await row.getByRole('button', { name: '重发' }).click();
    await page.getByText('已重新排队发送').waitFor();
    const again = await receiver.waitFor(2);
    expect(again[1].headers['webhook-id']).toBe(got.headers['webhook-id']);
  });

  it('rotates the secret (shown once) and disables the endpoint', async () => {
    await page.getByRole('button', { name: '更换密钥' }).click();
    const rotated = page.getByRole('textbox', { name: '更换密钥' });
    await expectLocator(rotated).toHaveValue(/^whsec_/);
    await page.getByRole('button', { name: '停用', exact: true }).click();
    await expectLocator(page.locator('.webhook-state')).toHaveText('已停用：由您停用');
    await page.getByRole('button', { name: '启用', exact: true }).waitFor();
    await screenshot(page, 'channels-3-webhook-rotated-disabled');
  });

  it('binds WeChat by QR code when the 服务号 pushes the scan, and unbinds', async () => {
    await expectLocator(page.getByTestId('wechat-state')).toHaveText(/尚未绑定微信/);
    await page.getByRole('button', { name: '显示绑定二维码' }).click();
    const img = page.getByRole('img', { name: '微信绑定二维码' });
    await img.waitFor();
    expect(await img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(100);
    await page.getByRole('link', { name: '在微信中打开绑定链接' }).waitFor();
    await page.locator('#wechat').scrollIntoViewIfNeeded();
    await screenshot(page, 'channels-4-wechat-qr');

    // The scan, as the platform pushes it: signed XML naming the scene of the ticket just issued.
    const [scene] = [...tickets.values()];
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(4).toString('hex');
    const signature = createHash('sha1').update([EVENT_TOKEN, timestamp, nonce].sort().join('')).digest('hex');
    await request(api.url)
      .post('/wechat/events')
      .query({ signature, timestamp, nonce })
      .set('content-type', 'text/xml')
      .send(
        `<xml><ToUserName><![CDATA[gh_web]]></ToUserName><FromUserName><![CDATA[o-web-member]]></FromUserName><CreateTime>${timestamp}</CreateTime>` +
          `<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[qrscene_${scene}]]></EventKey></xml>`,
      )
      .expect(200);
    await page.getByRole('button', { name: '刷新状态' }).click();
    await expectLocator(page.getByTestId('wechat-state')).toHaveText(/已绑定微信/);
    await screenshot(page, 'channels-5-wechat-bound');
    await page.getByRole('button', { name: '解除绑定' }).click();
    await expectLocator(page.getByTestId('wechat-state')).toHaveText(/尚未绑定微信/);
  });

  it('makes an Atom feed URL per subscription, copies it, and revokes it', async () => {
    await page.reload();
    const feed = page.locator(`.feed-row[data-subscription="${subscriptionId}"]`);
    await feed.getByRole('button', { name: '生成订阅源地址' }).click();
    const box = feed.getByRole('textbox');
    await expectLocator(box).toHaveValue(/\/feeds\/[^/]+\.atom$/);
    const url = new URL(await box.inputValue());
    await feed.getByRole('button', { name: '复制' }).click();
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText(),
      ),
    ).toBe(url.toString());
    const atom = await request(api.url).get(url.pathname).expect(200);
    expect(atom.text).toContain('城南综合管廊一期工程招标公告');
    await feed.scrollIntoViewIfNeeded();
    await screenshot(page, 'channels-6-feed-url');
    await feed.getByRole('button', { name: '撤销地址' }).click();
    await feed.getByText('已撤销，旧地址不再可用。').waitFor();
    await request(api.url).get(url.pathname).expect(404);
  });
});
