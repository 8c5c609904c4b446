import { t } from '../i18n/zh-CN';

/** Why an endpoint is off, in the page's language; an unknown reason is shown as the API gave it. */
export function disabledReasonText(reason: string | null): string | null {
  if (!reason) return null;
  for (const [pattern, text] of t.channels.disabledReasons) {
    const m = pattern.exec(reason);
    if (m) return text(m[1] ?? '');
  }
  return reason;
}
