import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * A phone number in E.164 (+8613800138000), read as a mainland number unless it starts with +.
 * Null when it is not a valid number.
 */
export function toE164(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), 'CN');
  return parsed?.isValid() ? parsed.number : null;
}
