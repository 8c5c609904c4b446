import type { DKIMOptions } from 'nodemailer';
import type { AppConfig } from '@app/config';

/**
 * Header fields covered by the DKIM signature: RFC 6376's recommended set plus the RFC 8058 pair —
 * mailbox providers honour one-click unsubscribe only when the signature covers both
 * List-Unsubscribe and List-Unsubscribe-Post. Listed here rather than relying on nodemailer's default.
 */
export const DKIM_SIGNED_HEADERS = [
  'From',
  'Sender',
  'Reply-To',
  'Subject',
  'Date',
  'Message-ID',
  'To',
  'Cc',
  'MIME-Version',
  'Content-Type',
  'Content-Transfer-Encoding',
  'Content-ID',
  'Content-Description',
  'In-Reply-To',
  'References',
  'List-Id',
  'List-Help',
  'List-Unsubscribe',
  'List-Unsubscribe-Post',
  'List-Subscribe',
  'List-Post',
  'List-Owner',
  'List-Archive',
];

/** nodemailer DKIM options from config, or undefined when DKIM is off. */
export function dkimOptions(dkim: AppConfig['mail']['dkim']): DKIMOptions | undefined {
  if (!dkim) return undefined;
  return {
    domainName: dkim.domainName,
    keySelector: dkim.keySelector,
    // A PEM in an env file usually arrives with literal "\n" sequences.
    privateKey: dkim.privateKey.replace(/\\n/g, '\n'),
    headerFieldNames: DKIM_SIGNED_HEADERS.join(':'),
  };
}
