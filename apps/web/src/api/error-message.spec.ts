import { errorMessage } from './error-message';
import { ApiError } from './api-error';

describe('errorMessage', () => {
  it('says how long a lockout or rate limit lasts when the API sent Retry-After', () => {
    expect(errorMessage(new ApiError(429, 'login_locked', 'locked', [], 'r1', 840))).toBe(
      '登录失败次数过多，请稍后再试，或重置密码（约 14 分钟后可再试）。',
    );
    expect(errorMessage(new ApiError(429, 'code_cooldown', 'wait', [], 'r2', 42))).toBe('请稍候再获取验证码（42 秒后可再试）。');
    expect(errorMessage(new ApiError(429, 'rate_limited', 'slow down', [], 'r3', 61))).toBe(
      '操作太频繁，请稍后再试（约 2 分钟后可再试）。',
    );
  });

  it('keeps the plain message without Retry-After, and for other statuses', () => {
    expect(errorMessage(new ApiError(429, 'rate_limited', 'slow down'))).toBe('操作太频繁，请稍后再试。');
    expect(errorMessage(new ApiError(401, 'invalid_credentials', 'nope', [], undefined, 30))).toBe(
      errorMessage(new ApiError(401, 'invalid_credentials', 'nope')),
    );
  });
});
