import type { ArgumentsHost } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { AllExceptionsFilter } from './all-exceptions.filter';

function answer(exception: unknown) {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const res = {
    headersSent: false,
    setHeader: (k: string, v: string) => (sent.headers[k] = v),
    status(code: number) {
      sent.status = code;
      return this;
    },
    json: (body: unknown) => (sent.body = body),
  };
  const host = { switchToHttp: () => ({ getRequest: () => ({ id: 'req-1' }), getResponse: () => res }) } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return sent;
}

describe('AllExceptionsFilter', () => {
  it("gives the throttler's own 429 the documented rate_limited code", () => {
    expect(answer(new ThrottlerException())).toMatchObject({
      status: 429,
      body: { statusCode: 429, code: 'rate_limited', requestId: 'req-1' },
    });
  });

  it('maps a body nested too deeply to 400 body_too_deep', () => {
    const err = Object.assign(new Error('deep'), { status: 400, type: 'entity.too.deep' });
    expect(answer(err)).toMatchObject({ status: 400, body: { statusCode: 400, code: 'body_too_deep', message: expect.any(String) } });
  });

  it('answers 503 with Retry-After when PostgreSQL is unreachable or restarting, 500 for other failures', () => {
    for (const err of [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      new Error('Connection terminated unexpectedly'),
    ]) {
      expect(answer(err)).toMatchObject({ status: 503, body: { code: 'database_unavailable' }, headers: { 'Retry-After': '5' } });
    }
    expect(answer(new TypeError('x is undefined'))).toMatchObject({ status: 500, body: { code: 'internal_error' } });
  });

  it('answers 503 redis_unavailable with Retry-After when Redis is away or misses its command timeout', () => {
    const maxRetries = Object.assign(new Error('Reached the max retries per request limit (which is 2).'), {
      name: 'MaxRetriesPerRequestError',
    });
    for (const err of [new Error('Command timed out'), new Error('Connection is closed.'), maxRetries]) {
      const sent = answer(err);
      expect(sent).toMatchObject({ status: 503, body: { code: 'redis_unavailable' }, headers: { 'Retry-After': '5' } });
      expect((sent.body as { message: string }).message).not.toMatch(/Internal error/);
    }
    expect(answer(new Error('Command failed: WRONGTYPE'))).toMatchObject({ status: 500, body: { code: 'internal_error' } });
  });
});
