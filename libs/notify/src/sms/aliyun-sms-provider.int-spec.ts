import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AliyunSmsProvider, classifyAliyunCode } from './aliyun-sms-provider';
import { SmsError } from './sms.errors';

const KEY_ID = 'LTAI5tTestKeyId';
const SECRET = 'test-secret-of-aliyun';

// Strict RFC 3986 encoding, byte by byte (what Alibaba Cloud's docs require for the canonical query).
const rfc3986 = (s: string) =>
  [...Buffer.from(s, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
const hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** Recomputes the ACS3-HMAC-SHA256 signature from the raw request, as the V3 signature docs describe. */
function verifyAcs3(req: IncomingMessage, body: string, seenNonces: Set<string>): string | null {
  const m = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(String(req.headers.authorization));
  if (!m) return 'IncompleteSignature';
  const [, keyId, signedList, signature] = m;
  if (keyId !== KEY_ID) return 'InvalidAccessKeyId.NotFound';
  const signed = signedList.split(';');
  for (const h of ['host', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'])
    if (!signed.includes(h)) return `IncompleteSignature:${h}`;
  if ([...signed].sort().join(';') !== signedList) return 'IncompleteSignature:order';
  if (req.headers['x-acs-content-sha256'] !== hex(body)) return 'SignatureDoesNotMatch:payload';
  const date = String(req.headers['x-acs-date']);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(date) || Math.abs(Date.parse(date) - Date.now()) > 15 * 60_000)
    return 'InvalidTimeStamp.Expired';
  const nonce = String(req.headers['x-acs-signature-nonce']);
  if (seenNonces.has(nonce)) return 'SignatureNonceUsed';
  seenNonces.add(nonce);
  const rawQuery = (req.url ?? '').split('?')[1] ?? '';
  const query = rawQuery
    .split('&')
    .filter(Boolean)
    .map((p) => p.split('=').map((x) => decodeURIComponent(x)))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, v]) => `${rfc3986(k)}=${rfc3986(v ?? '')}`)
    .join('&');
  const headers = signed.map((h) => `${h}:${String(req.headers[h]).trim()}\n`).join('');
  const canonical = [req.method, (req.url ?? '/').split('?')[0], query, headers, signedList, hex(body)].join('\n');
  const expected = createHmac('sha256', SECRET)
    .update(`ACS3-HMAC-SHA256\n${hex(canonical)}`)
    .digest('hex');
  return expected === signature ? null : 'SignatureDoesNotMatch';
}

describe('AliyunSmsProvider (local Dysmsapi stand-in)', () => {
  let server: Server;
  let endpoint: string;
  let next: { status: number; body: Record<string, unknown> } | null;
  const received: Array<Record<string, string>> = [];
  const nonces = new Set<string>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const reply = (status: number, json: Record<string, unknown>) => {
          res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
          res.end(JSON.stringify(json));
        };
        const problem = verifyAcs3(req, body, nonces);
        if (problem)
          return reply(400, {
            RequestId: 'R-1',
            Code: problem.split(':')[0],
            Message: `Specified signature is not matched with our calculation. (${problem})`,
          });
        if (req.headers['x-acs-action'] !== 'SendSms' || req.headers['x-acs-version'] !== '2017-05-25')
          return reply(400, { Code: 'InvalidAction.NotFound' });
        received.push(Object.fromEntries(new URLSearchParams((req.url ?? '').split('?')[1])));
        if (next) return reply(next.status, next.body);
        reply(200, { Code: 'OK', Message: 'OK', BizId: '900619746936498440^0', RequestId: 'F655A8D5-B967-440B-8683-DAD6FF8DE990' });
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  beforeEach(() => {
    next = null;
    received.length = 0;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const provider = (secret = SECRET) =>
    new AliyunSmsProvider({ endpoint, accessKeyId: KEY_ID, accessKeySecret: secret, signName: '标讯订阅' });
  const message = {
    phone: '+86 138-0013-8000',
    templateCode: 'SMS_154950909',
    params: { name: '道路 改造*(一期)~', period: '今日', count: '3' },
  };

  it('signs a SendSms request the server can verify and returns the BizId', async () => {
    await expect(provider().send(message)).resolves.toEqual({ providerMessageId: '900619746936498440^0' });
    expect(received[0]).toEqual({
      PhoneNumbers: '13800138000',
      SignName: '标讯订阅',
      TemplateCode: 'SMS_154950909',
      TemplateParam: JSON.stringify(message.params),
    });
  });

  it('a wrong secret is rejected by the verifier (and is an operator problem: retry)', async () => {
    const err = await provider('wrong')
      .send(message)
      .catch((e: SmsError) => e);
    expect(err).toBeInstanceOf(SmsError);
    expect(err).toMatchObject({ kind: 'retry', providerCode: 'SignatureDoesNotMatch' });
  });

  it.each([
    ['isv.BUSINESS_LIMIT_CONTROL', 200, 'rate_limited'],
    ['isv.DAY_LIMIT_CONTROL', 200, 'rate_limited'],
    ['isv.MOBILE_NUMBER_ILLEGAL', 200, 'permanent'],
    ['isv.TEMPLATE_MISSING_PARAMETERS', 200, 'permanent'],
    ['isv.SMS_TEMPLATE_ILLEGAL', 200, 'permanent'],
    ['isv.SMS_SIGNATURE_ILLEGAL', 200, 'permanent'],
    ['Throttling.User', 400, 'retry'],
    ['isp.SYSTEM_ERROR', 200, 'retry'],
    ['ServiceUnavailable', 503, 'retry'],
  ])('maps %s (HTTP %i) to %s', async (code, status, kind) => {
    next = { status, body: { Code: code, Message: 'x', RequestId: 'R-2' } };
    await expect(provider().send(message)).rejects.toMatchObject({ kind, providerCode: code });
  });

  it('a non-JSON 502 from a proxy is retryable', async () => {
    expect(classifyAliyunCode('HTTP_502', 502)).toBe('retry');
  });

  it('rejects a number that is not a mainland mobile without calling the provider', async () => {
    await expect(provider().send({ ...message, phone: '12345' })).rejects.toMatchObject({ kind: 'permanent' });
    expect(received).toHaveLength(0);
  });

  it('connection refused is retryable and not "maybe sent"', async () => {
    const spare = createServer();
    await new Promise<void>((r) => spare.listen(0, '127.0.0.1', r));
    const port = (spare.address() as AddressInfo).port;
    await new Promise<void>((r) => spare.close(() => r()));
    const closed = new AliyunSmsProvider({
      endpoint: `http://127.0.0.1:${port}`,
      accessKeyId: KEY_ID,
      accessKeySecret: SECRET,
      signName: 's',
    });
    await expect(closed.send(message)).rejects.toMatchObject({ kind: 'retry', maybeSent: false });
  });
});
