import { randomBytes } from 'node:crypto';

/** A new signing secret: `whsec_` + base64 of 24 random bytes, the form Standard Webhooks libraries read. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}
