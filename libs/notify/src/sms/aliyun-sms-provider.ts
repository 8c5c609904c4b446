import { randomUUID } from 'node:crypto';
import { acsPercentEncode, signAcs3 } from './acs3-signature';
import { normalizeCnMobile } from './cn-mobile';
import { postJson } from './sms-http';
import { SmsProvider, type SmsMessage, type SmsSendResult } from './sms-provider';
import { SmsError, type SmsErrorKind } from './sms.errors';

export const ALIYUN_SMS_ENDPOINT = 'https://dysmsapi.aliyuncs.com';

export interface AliyunSmsOptions {
  endpoint?: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  /** Per request; default 10 s. */
  timeoutMs?: number;
}

// Limits per number (minute/hour/day) and per account: wait, do not resend now.
const RATE_LIMITED = new Set(['isv.BUSINESS_LIMIT_CONTROL', 'isv.DAY_LIMIT_CONTROL']);
// Our account or credentials (balance, permissions, keys): an operator fixes it, the message is fine.
const OPERATOR =
  /^(isv\.AMOUNT_NOT_ENOUGH|isv\.OUT_OF_SERVICE|isv\.ACCOUNT_ABNORMAL|isp\.RAM_PERMISSION_DENY|SignatureDoesNotMatch|InvalidAccessKeyId|IncompleteSignature|Forbidden|InvalidTimeStamp|SignatureNonceUsed)/;

/** Maps a Dysmsapi error code to what to do with the message. */
export function classifyAliyunCode(code: string, httpStatus: number): SmsErrorKind {
  if (RATE_LIMITED.has(code)) return 'rate_limited';
  if (httpStatus >= 500 || /^(Throttling|ServiceUnavailable|InternalError|isp\.SYSTEM_ERROR)/.test(code) || OPERATOR.test(code))
    return 'retry';
  // isv.MOBILE_NUMBER_ILLEGAL, isv.TEMPLATE_MISSING_PARAMETERS, isv.SMS_TEMPLATE_ILLEGAL, isv.SMS_SIGNATURE_ILLEGAL,
  // isv.BLACK_KEY_CONTROL_LIMIT, isv.PARAM_LENGTH_LIMIT, isv.MOBILE_COUNT_OVER_LIMIT…: this message will never go.
  if (code.startsWith('isv.') || httpStatus >= 400) return 'permanent';
  return 'retry';
}

/** Aliyun Dysmsapi SendSms (version 2017-05-25), signed with ACS3-HMAC-SHA256. */
export class AliyunSmsProvider extends SmsProvider {
  readonly name = 'aliyun';
  private readonly url: URL;

  constructor(private readonly options: AliyunSmsOptions) {
    super();
    this.url = new URL(options.endpoint ?? ALIYUN_SMS_ENDPOINT);
  }

  async send(message: SmsMessage): Promise<SmsSendResult> {
    // RPC-style API: parameters in the query string, empty body.
    const query: Record<string, string> = {
      PhoneNumbers: normalizeCnMobile(message.phone),
      SignName: this.options.signName,
      TemplateCode: message.templateCode,
      TemplateParam: JSON.stringify(message.params),
    };
    const headers = signAcs3(
      {
        method: 'POST',
        host: this.url.host,
        path: '/',
        query,
        headers: {
          'x-acs-action': 'SendSms',
          'x-acs-version': '2017-05-25',
          'x-acs-date': new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
          'x-acs-signature-nonce': randomUUID(),
        },
        body: '',
      },
      this.options.accessKeyId,
      this.options.accessKeySecret,
    );
    // The query goes out exactly as signed (RFC 3986: %20 for spaces, never '+').
    const search = Object.entries(query)
      .map(([k, v]) => `${acsPercentEncode(k)}=${acsPercentEncode(v)}`)
      .join('&');
    const { status, json } = await postJson(`${new URL('/', this.url).href}?${search}`, {
      headers: { ...headers, accept: 'application/json' },
      body: '',
      timeoutMs: this.options.timeoutMs,
    });
    const body = (json ?? {}) as { Code?: string; Message?: string; BizId?: string; RequestId?: string };
    if (status === 200 && body.Code === 'OK' && body.BizId) return { providerMessageId: body.BizId };
    const code = body.Code ?? `HTTP_${status}`;
    throw new SmsError(`aliyun SendSms failed: ${code} ${body.Message ?? ''}`.trim(), classifyAliyunCode(code, status), code);
  }
}
