/**
 * A WeChat API failure, by what to do about it: `token` (the access token is invalid or expired:
 * refresh and try again), `unfollowed` (the user no longer follows the 服务号: unbind), `retry`
 * (rate limit, system busy, network before sending), `permanent` (anything else the API names).
 */
export class WechatError extends Error {
  constructor(
    readonly kind: 'token' | 'unfollowed' | 'retry' | 'permanent',
    readonly errcode: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'WechatError';
  }
}

const TOKEN = new Set([40001, 40014, 42001]);
// -1 system busy; 45009 API daily quota; 45047 customer-service quota; 45011 API minute limit.
const RETRY = new Set([-1, 45009, 45011, 45047]);

export function wechatErrorOf(errcode: number, errmsg: string): WechatError {
  const kind = TOKEN.has(errcode) ? 'token' : errcode === 43004 ? 'unfollowed' : RETRY.has(errcode) ? 'retry' : 'permanent';
  return new WechatError(kind, errcode, `wechat ${errcode}: ${errmsg}`);
}
