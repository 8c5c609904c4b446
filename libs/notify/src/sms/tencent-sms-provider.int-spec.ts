import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SmsError } from './sms.errors';
import { TencentSmsProvider } from './tencent-sms-provider';

const SECRET_ID = 'AKIDtestSecretId';
const SECRET_KEY = 'test-secret-key-of-tencent';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: string | Buffer, s: string) => createHmac('sha256', key).update(s, 'utf8').digest();

/** Recomputes TC3-HMAC-SHA256 from the raw request, following the "Signature v3" docs step by step. */
function verifyTc3(req: IncomingMessage, body: string): string | null {
  const m =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d\d-\d\d)\/([a-z]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      String(req.headers.authorization),
    );
  if (!m) return 'AuthFailure.InvalidAuthorization';
  const [, secretId, date, service, signedHeaders, signature] = m;
  if (secretId !== SECRET_ID) return 'AuthFailure.SecretIdNotFound';
  if (service !== 'sms') return 'AuthFailure.InvalidAuthorization';
  const timestamp = Number(req.headers['x-tc-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(timestamp - Date.now() / 1000) > 300) return 'AuthFailure.SignatureExpire';
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date) return 'AuthFailure.InvalidAuthorization';
  const names = signedHeaders.split(';');
  if (!names.includes('content-type') || !names.includes('host')) return 'AuthFailure.InvalidAuthorization';
  // Header names and values lower-cased and trimmed, one per line.
  const canonicalHeaders = names.map((n) => `${n}:${String(req.headers[n]).trim().toLowerCase()}\n`).join('');
  const canonicalRequest = `${req.method}\n${req.url}\n\n${canonicalHeaders}\n${signedHeaders}\n${sha256(body)}`;
  const stringToSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/${service}/tc3_request\n${sha256(canonicalRequest)}`;
  const secretDate = hmac(`TC3${SECRET_KEY}`, date);
  const secretSigning = hmac(hmac(secretDate, service), 'tc3_request');
  return createHmac('sha256', secretSigning).update(stringToSign, 'utf8').digest('hex') === signature
    ? null
    : 'AuthFailure.SignatureFailure';
}

describe('TencentSmsProvider (local SMS API stand-in)', () => {
  let server: Server;
  let endpoint: string;
  let next: { status?: number; response?: Record<string, unknown>; sendCode?: string; hang?: boolean } | null;
  const received: Array<{ headers: IncomingMessage['headers']; body: Record<string, unknown> }> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        if (next?.hang) return; // never answers
        const reply = (response: Record<string, unknown>, status = 200) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ Response: { ...response, RequestId: 'a0aabda6-cf91-4f3e-a2b7-b7e5c3e1b4c1' } }));
        };
        const problem = verifyTc3(req, raw);
        if (problem) return reply({ Error: { Code: problem, Message: 'The provided credentials could not be validated.' } });
        if (req.headers['x-tc-action'] !== 'SendSms' || req.headers['x-tc-version'] !== '2021-01-11' || !req.headers['x-tc-region']) {
          return reply({ Error: { Code: 'InvalidAction', Message: 'x' } });
        }
        const body = JSON.parse(raw) as { PhoneNumberSet: string[] };
        received.push({ headers: req.headers, body });
        if (next?.status) return reply({}, next.status);
        if (next?.response) return reply(next.response);
        const code = next?.sendCode ?? 'Ok';
        reply({
          SendStatusSet: [
            {
              SerialNo: code === 'Ok' ? '5000:1045710669157053657849499619' : '',
              PhoneNumber: body.PhoneNumberSet[0],
              Fee: code === 'Ok' ? 1 : 0,
              SessionContext: '',
              Code: code,
              Message: code === 'Ok' ? 'send success' : 'failed',
              IsoCode: 'CN',
            },
          ],
        });
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  beforeEach(() => {
    next = null;
    received.length = 0;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((r) => server.close(() => r()));
  });

  const provider = (over: Partial<ConstructorParameters<typeof TencentSmsProvider>[0]> = {}) =>
    new TencentSmsProvider({ endpoint, secretId: SECRET_ID, secretKey: SECRET_KEY, sdkAppId: '1400006666', signName: '标讯订阅', ...over });
  const message = { phone: '13800138000', templateCode: '449739', params: { name: '道路', period: '今日', count: '3' } };

  it('signs a SendSms request the server can verify and returns the SerialNo', async () => {
    await expect(provider().send(message)).resolves.toEqual({ providerMessageId: '5000:1045710669157053657849499619' });
    expect(received[0].body).toEqual({
      PhoneNumberSet: ['+8613800138000'],
      SmsSdkAppId: '1400006666',
      SignName: '标讯订阅',
      TemplateId: '449739',
      TemplateParamSet: ['道路', '今日', '3'],
    });
    expect(received[0].headers['x-tc-region']).toBe('ap-guangzhou');
  });

  it('a wrong key fails the verifier: AuthFailure.SignatureFailure → retry (operator fixes keys)', async () => {
    await expect(provider({ secretKey: 'wrong' }).send(message)).rejects.toMatchObject({
      kind: 'retry',
      providerCode: 'AuthFailure.SignatureFailure',
    });
  });

  it.each([
    ['LimitExceeded.PhoneNumberDailyLimit', 'rate_limited'],
    ['LimitExceeded.PhoneNumberThirtySecondLimit', 'rate_limited'],
    ['InvalidParameterValue.IncorrectPhoneNumber', 'permanent'],
    ['FailedOperation.TemplateIncorrectOrUnapproved', 'permanent'],
    ['FailedOperation.PhoneNumberInBlacklist', 'permanent'],
    ['InternalError.Timeout', 'retry'],
  ])('per-number status %s → %s', async (code, kind) => {
    next = { sendCode: code };
    await expect(provider().send(message)).rejects.toMatchObject({ kind, providerCode: code });
  });

  it.each([
    ['InternalError.RequestTimeException', 'retry'],
    ['RequestLimitExceeded', 'retry'],
    ['FailedOperation.SignatureIncorrectOrUnapproved', 'permanent'],
  ])('request-level error %s → %s', async (code, kind) => {
    next = { response: { Error: { Code: code, Message: 'x' } } };
    await expect(provider().send(message)).rejects.toMatchObject({ kind, providerCode: code });
  });

  it('HTTP 5xx → retry', async () => {
    next = { status: 502 };
    await expect(provider().send(message)).rejects.toMatchObject({ kind: 'retry', providerCode: 'HTTP_502' });
  });

  it('a timeout after the request left → retry, flagged maybeSent', async () => {
    next = { hang: true };
    const err = await provider({ timeoutMs: 200 })
      .send(message)
      .catch((e: SmsError) => e);
    expect(err).toBeInstanceOf(SmsError);
    expect(err).toMatchObject({ kind: 'retry', maybeSent: true });
  });

  it('sends an explicit region, or the one in a regional endpoint', async () => {
    await provider({ region: 'ap-nanjing' }).send(message);
    expect(received[0].headers['x-tc-region']).toBe('ap-nanjing');
    expect(provider({ endpoint: 'https://sms.ap-beijing.tencentcloudapi.com' }).region).toBe('ap-beijing');
    expect(provider({ endpoint: undefined }).region).toBe('ap-guangzhou');
  });
});
