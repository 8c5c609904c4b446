/** What a failed SMS send means: try again later, give up, or wait for the provider's limit to lift. */
export type SmsErrorKind = 'retry' | 'permanent' | 'rate_limited';

/** Thrown by every SmsProvider; `providerCode` is the provider's own error code. */
export class SmsError extends Error {
  readonly code: string;
  /**
   * The request may have reached the provider (timeout or reset after sending), so the SMS may
   * have gone out: a caller that must never send twice should not simply retry.
   */
  readonly maybeSent: boolean;
  constructor(
    message: string,
    readonly kind: SmsErrorKind,
    readonly providerCode?: string,
    options?: { cause?: unknown; maybeSent?: boolean },
  ) {
    super(message, options);
    this.maybeSent = options?.maybeSent ?? false;
    this.name = 'SmsError';
    this.code = `SMS_${kind.toUpperCase()}`;
  }
}
