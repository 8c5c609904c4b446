import { SmsError } from './sms.errors';

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * POSTs to a provider and returns the status and parsed JSON body. Network failures become
 * retryable SmsErrors; `maybeSent` tells apart a request that may have reached the provider
 * (timeout, reset) from one that never left (refused, DNS).
 */
export async function postJson(
  url: string,
  init: { headers: Record<string, string>; body: string; timeoutMs?: number },
): Promise<{ status: number; json: unknown }> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(init.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (err) {
    const code = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
    const neverSent = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code);
    throw new SmsError(`provider request failed: ${code}`, 'retry', code, { cause: err, maybeSent: !neverSent });
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page: the status decides.
  }
  return { status: res.status, json };
}
