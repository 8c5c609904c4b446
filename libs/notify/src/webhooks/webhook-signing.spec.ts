import { createHmac, randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { classifyWebhookReply } from './classify-webhook-reply';
import { outboundMessage } from './outbound-message';
import { renderRobotBody, robotMarkdown } from './robot-message';
import type { ChannelMessageModel } from './channel-bulletin';

// A secret of the shape members get (whsec_ + base64 of 24 random bytes).
const generateWebhookSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

const model: ChannelMessageModel = {
  deliveryId: 'd-1',
  kind: 'instant',
  periodLabel: '12月5日 09:00',
  inboxUrl: 'https://alerts.example.com/app/matches',
  bulletins: [
    {
      id: 'b-1',
      title: '渝中区[道路]改造工程*招标公告',
      url: 'https://alerts.example.com/app/bulletins/b-1',
      category: 'tender',
      regionCode: '500103',
      regionName: '重庆市 渝中区',
      budgetYuan: 3_500_000,
      publishedAt: '2026-12-05T01:00:00.000Z',
      deadlineAt: null,
      matched: [{ subscriptionId: 's-1', subscriptionName: '道路', hits: ['道路'] }],
    },
  ],
};

describe('webhook signing and robot messages', () => {
  const now = new Date('2026-12-05T01:02:03Z');

  it('signs the Standard Webhooks way: the reference verifier accepts it, and rejects a changed body', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const req = outboundMessage(
      { kind: 'webhook', url: 'https://h.example.com/x', secret, previousSecret: null, previousSecretUntil: null },
      'm-1',
      '{"a":1}',
      new Date(),
    );
    expect(req.headers['webhook-id']).toBe('msg_m-1');
    expect(new Webhook(secret).verify(req.body, req.headers)).toEqual({ a: 1 });
    expect(() => new Webhook(secret).verify('{"a":2}', req.headers)).toThrow();
  });

  it('during a rotation overlap sends both signatures, each verifiable with its own secret; after it, only the new one', () => {
    const [oldSecret, newSecret] = [generateWebhookSecret(), generateWebhookSecret()];
    const endpoint = {
      kind: 'webhook' as const,
      url: 'https://h.example.com/x',
      secret: newSecret,
      previousSecret: oldSecret,
      previousSecretUntil: new Date(Date.now() + 60_000),
    };
    const during = outboundMessage(endpoint, 'm-2', '{}', new Date());
    expect(during.headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(oldSecret).verify('{}', during.headers)).not.toThrow();
    expect(() => new Webhook(newSecret).verify('{}', during.headers)).not.toThrow();
    const after = outboundMessage({ ...endpoint, previousSecretUntil: new Date(Date.now() - 1) }, 'm-2', '{}', new Date());
    expect(after.headers['webhook-signature'].split(' ')).toHaveLength(1);
    expect(() => new Webhook(oldSecret).verify('{}', after.headers)).toThrow();
  });

  it('signs DingTalk in the query string: HMAC-SHA256 of "timestamp\\nsecret" keyed by the secret', () => {
    const req = outboundMessage(
      {
        kind: 'dingtalk',
        url: 'https://oapi.dingtalk.com/robot/send?access_token=t',
        secret: 'SEC123',
        previousSecret: null,
        previousSecretUntil: null,
      },
      'm',
      '{}',
      now,
    );
    const u = new URL(req.url);
    expect(u.searchParams.get('access_token')).toBe('t');
    expect(u.searchParams.get('timestamp')).toBe(String(now.getTime()));
    expect(u.searchParams.get('sign')).toBe(createHmac('sha256', 'SEC123').update(`${now.getTime()}\nSEC123`).digest('base64'));
  });

  it('signs Feishu in the body: HMAC-SHA256 keyed by "timestamp\\nsecret" over nothing, timestamp in seconds', () => {
    const body = renderRobotBody('feishu', model);
    const req = outboundMessage(
      {
        kind: 'feishu',
        url: 'https://open.feishu.cn/open-apis/bot/v2/hook/x',
        secret: 'FS',
        previousSecret: null,
        previousSecretUntil: null,
      },
      'm',
      body,
      now,
    );
    const sent = JSON.parse(req.body);
    const ts = Math.floor(now.getTime() / 1000);
    expect(sent.timestamp).toBe(String(ts));
    expect(sent.sign).toBe(createHmac('sha256', `${ts}\nFS`).update('').digest('base64'));
    expect(sent.msg_type).toBe('interactive');
  });

  it('summarises a window in markdown with escaped titles, region, category and budget', () => {
    const { title, text } = robotMarkdown(model);
    expect(title).toBe('【标讯订阅】新标讯 1 条');
    expect(text).toContain('[渝中区\\[道路\\]改造工程\\*招标公告](https://alerts.example.com/app/bulletins/b-1)');
    expect(text).toContain('重庆市 渝中区 · 招标公告 · 350万元 · 订阅：道路');
    expect(JSON.parse(renderRobotBody('wecom', model))).toEqual({ msgtype: 'markdown', markdown: { content: text } });
    expect(JSON.parse(renderRobotBody('dingtalk', model)).markdown.title).toBe(title);
  });

  it('maps robot replies: 0 accepted, rate limits retry, bad keys permanent', () => {
    expect(classifyWebhookReply('wecom', 200, '{"errcode":0,"errmsg":"ok"}')).toEqual({ verdict: 'accepted' });
    expect(classifyWebhookReply('wecom', 200, '{"errcode":45009,"errmsg":"api freq out of limit"}').verdict).toBe('retry');
    expect(classifyWebhookReply('wecom', 200, '{"errcode":93000,"errmsg":"invalid webhook url"}').verdict).toBe('permanent');
    expect(classifyWebhookReply('dingtalk', 200, '{"errcode":310000,"errmsg":"sign not match"}').verdict).toBe('permanent');
    expect(classifyWebhookReply('dingtalk', 200, '{"errcode":130101,"errmsg":"send too fast"}').verdict).toBe('retry');
    expect(classifyWebhookReply('feishu', 200, '{"code":0,"msg":"success"}')).toEqual({ verdict: 'accepted' });
    expect(classifyWebhookReply('feishu', 200, '{"code":19021,"msg":"sign match fail"}').verdict).toBe('permanent');
    expect(classifyWebhookReply('webhook', 503, '').verdict).toBe('retry');
    expect(classifyWebhookReply('webhook', 204, '')).toEqual({ verdict: 'accepted' });
  });
});
