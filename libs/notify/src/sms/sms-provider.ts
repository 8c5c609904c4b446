/** One templated SMS. `params` fill the template's variables; links live in the template itself. */
export interface SmsMessage {
  /** Mainland mobile number, with or without +86. */
  phone: string;
  templateCode: string;
  params: Record<string, string>;
}

export interface SmsSendResult {
  providerMessageId: string;
}

/**
 * An SMS channel (log, Aliyun, Tencent Cloud). Also the Nest injection token: inject `SmsProvider`.
 * `send` throws SmsError with kind 'retry' | 'permanent' | 'rate_limited'.
 */
export abstract class SmsProvider {
  abstract readonly name: string;
  abstract send(message: SmsMessage): Promise<SmsSendResult>;
}
