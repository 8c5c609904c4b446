import { normalizeCnMobile } from './cn-mobile';
import { postJson } from './sms-http';
import { SmsProvider, type SmsMessage, type SmsSendResult } from './sms-provider';
import { SmsError, type SmsErrorKind } from './sms.errors';
import { signTc3 } from './tc3-signature';

export const TENCENT_SMS_ENDPOINT = 'https://sms.tencentcloudapi.com';
const DEFAULT_REGION = 'ap-guangzhou';

export interface TencentSmsOptions {
  endpoint?: string;
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  signName: string;
  /** Per request; default 10 s. */
  timeoutMs?: number;
  /** X-TC-Region; taken from a regional endpoint (sms.ap-beijing.tencentcloudapi.com) when unset. */
  region?: string;
}

/** Maps a Tencent Cloud SMS error code (request-level or per number) to what to do with the message. */
export function classifyTencentCode(code: string, httpStatus = 200): SmsErrorKind {
  // Per-number and per-app frequency limits: wait. (RequestLimitExceeded is API QPS: just retry.)
  if (code.startsWith('LimitExceeded.')) return 'rate_limited';
  if (
    httpStatus >= 500 ||
    /^(InternalError|RequestLimitExceeded|ResourceUnavailable|AuthFailure|FailedOperation\.InsufficientBalanceInSmsPackage|UnauthorizedOperation)/.test(
      code,
    )
  )
    return 'retry';
  // InvalidParameterValue.IncorrectPhoneNumber, FailedOperation.TemplateIncorrectOrUnapproved,
  // FailedOperation.SignatureIncorrectOrUnapproved, FailedOperation.PhoneNumberInBlacklist, …
  if (/^(InvalidParameter|FailedOperation|UnsupportedOperation|MissingParameter)/.test(code) || httpStatus >= 400) return 'permanent';
  return 'retry';
}

interface TencentResponse {
  Response?: {
    Error?: { Code: string; Message: string };
    SendStatusSet?: Array<{ SerialNo: string; PhoneNumber: string; Code: string; Message: string }>;
    RequestId?: string;
  };
}

/** Tencent Cloud SMS SendSms (version 2021-01-11), signed with TC3-HMAC-SHA256. */
export class TencentSmsProvider extends SmsProvider {
  readonly name = 'tencent';
  private readonly url: URL;
  /** X-TC-Region sent with every request. */
  readonly region: string;

  constructor(private readonly options: TencentSmsOptions) {
    super();
    this.url = new URL(options.endpoint ?? TENCENT_SMS_ENDPOINT);
    this.region = options.region ?? /^sms\.([a-z]+-[a-z]+)\.tencentcloudapi\.com$/.exec(this.url.hostname)?.[1] ?? DEFAULT_REGION;
  }

  /** Template variables {1}, {2}, … are filled from `params` in insertion order. */
  async send(message: SmsMessage): Promise<SmsSendResult> {
    const body = JSON.stringify({
      PhoneNumberSet: [`+86${normalizeCnMobile(message.phone)}`],
      SmsSdkAppId: this.options.sdkAppId,
      SignName: this.options.signName,
      TemplateId: message.templateCode,
      TemplateParamSet: Object.values(message.params),
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const authorization = signTc3(
      { host: this.url.host, service: 'sms', action: 'SendSms', timestamp, body },
      this.options.secretId,
      this.options.secretKey,
    );
    const { status, json } = await postJson(new URL('/', this.url).href, {
      headers: {
        authorization,
        'content-type': 'application/json; charset=utf-8',
        'x-tc-action': 'SendSms',
        'x-tc-version': '2021-01-11',
        'x-tc-timestamp': String(timestamp),
        'x-tc-region': this.region,
      },
      body,
      timeoutMs: this.options.timeoutMs,
    });
    const res = (json as TencentResponse | null)?.Response;
    const error = res?.Error;
    if (error || status !== 200 || !res) {
      const code = error?.Code ?? `HTTP_${status}`;
      throw new SmsError(`tencent SendSms failed: ${code} ${error?.Message ?? ''}`.trim(), classifyTencentCode(code, status), code);
    }
    const result = res.SendStatusSet?.[0];
    if (result?.Code === 'Ok') return { providerMessageId: result.SerialNo };
    const code = result?.Code ?? 'MissingSendStatus';
    throw new SmsError(`tencent SendSms failed: ${code} ${result?.Message ?? ''}`.trim(), classifyTencentCode(code), code);
  }
}
