import { SmsError } from './sms.errors';

/**
 * A mainland China mobile number as 11 digits: strips spaces, dashes and a +86/0086/86 prefix.
 * Throws a permanent SmsError for anything else — no provider would accept it.
 */
export function normalizeCnMobile(phone: string): string {
  const digits = phone.replace(/[\s()-]/g, '').replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
  if (!/^1[3-9]\d{9}$/.test(digits)) throw new SmsError('not a mainland China mobile number', 'permanent', 'INVALID_PHONE');
  return digits;
}
