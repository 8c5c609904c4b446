import { randomUUID } from 'node:crypto';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, DomainErrorKind, RateLimitedError } from '@app/domain';
import type { Request, Response } from 'express';

const STATUS: Record<DomainErrorKind, number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  limit: 422,
  rate_limited: 429,
};

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: Array<{ field: string; message: string }>;
  requestId?: string;
}

// body-parser errors carry a status and a type, not an HttpException.
const BODY_PARSER: Record<string, { code: string; message: string }> = {
  'entity.parse.failed': { code: 'malformed_json', message: 'Request body is not valid JSON' },
  'entity.too.large': { code: 'payload_too_large', message: 'Request body is too large' },
  'encoding.unsupported': { code: 'unsupported_encoding', message: 'Unsupported content encoding' },
  'entity.too.deep': { code: 'body_too_deep', message: 'Request body nests too deeply' },
};

/** The one error shape, { statusCode, code, message, errors?, requestId }, so clients parse every failure the same way. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string }>();
    const res = http.getResponse<Response>();
    const body = this.toBody(exception);
    body.requestId = req.id;
    if (body.statusCode >= 500 && body.statusCode !== 503) {
      const errorId = randomUUID();
      this.logger.error({ err: exception, errorId, requestId: req.id }, 'unhandled error');
      body.message = `Internal error (id ${errorId})`;
    }
    if (res.headersSent) return;
    if (exception instanceof RateLimitedError) res.setHeader('Retry-After', String(Math.max(1, Math.ceil(exception.retryAfterSeconds))));
    if (body.code === 'database_unavailable' || body.code === 'redis_unavailable') res.setHeader('Retry-After', '5');
    res.status(body.statusCode).json(body);
  }

  private toBody(e: unknown): ErrorBody {
    if (e instanceof DomainError) {
      return { statusCode: STATUS[e.kind], code: e.code, message: e.message, errors: e.errors };
    }
    const parser = (e instanceof HttpException ? e.cause : e) as { type?: string; status?: number } | undefined;
    if (parser?.type && BODY_PARSER[parser.type]) {
      return { statusCode: parser.status ?? 400, ...BODY_PARSER[parser.type] };
    }
    if (e instanceof HttpException) {
      const status = e.getStatus();
      const r = e.getResponse() as string | { message?: unknown; code?: string; errors?: ErrorBody['errors']; details?: unknown };
      // Terminus' report says which dependency is down: keep it beside the usual fields.
      if (typeof r === 'object' && r.details) return { ...r, statusCode: status, code: 'unhealthy', message: 'A dependency is down' };
      const message =
        typeof r === 'string' ? r : Array.isArray(r.message) ? r.message.join('; ') : typeof r.message === 'string' ? r.message : e.message;
      const code = (typeof r === 'object' && r.code) || defaultCode(status);
      return { statusCode: status, code, message, errors: typeof r === 'object' ? r.errors : undefined };
    }
    if (isDatabaseGone(e))
      return { statusCode: 503, code: 'database_unavailable', message: 'The database is unavailable; try again shortly' };
    if (isRedisGone(e))
      return { statusCode: 503, code: 'redis_unavailable', message: 'Redis is unavailable or overloaded; try again shortly' };
    return { statusCode: 500, code: 'internal_error', message: 'Internal error' };
  }
}

// Every 429 has the one documented code, whichever guard threw it (ThrottlerException included).
function defaultCode(status: number): string {
  if (status === (HttpStatus.TOO_MANY_REQUESTS as number)) return 'rate_limited';
  return (HttpStatus[status] ?? 'error').toLowerCase();
}

// PostgreSQL restarting or out of reach: a 503 tells a source or client to send it again (ingest
// and every write are idempotent), rather than a 500 that reads as a bug.
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

function isDatabaseGone(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown; driverError?: { code?: unknown } } | null;
  if (!err || typeof err !== 'object') return false;
  const code = err.code ?? err.driverError?.code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  return (
    typeof err.message === 'string' &&
    /Connection terminated|Connection ended|connection timeout|the database system is (starting up|shutting down|in recovery mode)/i.test(
      err.message,
    )
  );
}

// Redis away or too slow to answer within a client's command timeout (rate limits, queues): the
// request did nothing that a retry would repeat wrongly, so it is a 503 to send again, not a bug.
const REDIS_GONE = /^(Command timed out|Connection is closed\.?|Stream isn't writeable|Reached the max retries per request limit)/;

function isRedisGone(e: unknown): boolean {
  const err = e as { name?: unknown; message?: unknown } | null;
  if (!err || typeof err !== 'object') return false;
  return err.name === 'MaxRetriesPerRequestError' || (typeof err.message === 'string' && REDIS_GONE.test(err.message));
}
