/**
 * RFC 8058 one-click unsubscribe headers. `httpsUrl` must accept a POST with
 * `List-Unsubscribe=One-Click` and no login; the mailto is the fallback for older clients.
 */
export function listUnsubscribeHeaders(httpsUrl: string, mailto: string): { 'List-Unsubscribe': string; 'List-Unsubscribe-Post': string } {
  if (!/^https:\/\//i.test(httpsUrl)) throw new Error('List-Unsubscribe one-click URL must be https (RFC 8058)');
  const mail = mailto.startsWith('mailto:') ? mailto : `mailto:${mailto}`;
  return {
    'List-Unsubscribe': `<${httpsUrl}>, <${mail}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
