import { redactUrl } from './logging.module';

describe('redactUrl', () => {
  it('keeps the path and the parameter names, not the values or link tokens', () => {
    expect(redactUrl('/v1/auth/verify-email?token=abc.def')).toBe('/v1/auth/verify-email?token=[redacted]');
    expect(redactUrl('/u/eyJtIjoi.sig')).toBe('/u/[token]');
    expect(redactUrl('/feeds/3q2-7wErAbCdEfGhIjKlMnOpQrStUvWx.atom')).toBe('/feeds/[token].atom');
    expect(redactUrl('/v1/matches?limit=20&cursor=x')).toBe('/v1/matches?limit=[redacted]&cursor=[redacted]');
    expect(redactUrl('/health')).toBe('/health');
  });
});
