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
    expect(answer(new ThrottlerException())).toMatchObject({ status: 429, body: { statusCode: 429, code: 'rate_limited', requestId: 'req-1' } });
  });

  it('maps a body nested too deeply to 400 body_too_deep', () => {
    const err = Object.assign(new Error('deep'), { status: 400, type: 'entity.too.deep' });
    expect(answer(err)).toMatchObject({ status: 400, body: { statusCode: 400, code: 'body_too_deep', message: expect.any(String) } });
  });
});
