import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '@app/config';
import type { IncomingMessage, ServerResponse } from 'node:http';

// A caller's x-request-id is kept when it is sane, so a request can be followed across services.
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Express middleware that runs before body parsing, so even a malformed body gets an id. */
export function assignRequestId(req: IncomingMessage & { id?: string }, res: ServerResponse, next: () => void): void {
  req.id = requestId(req, res);
  next();
}

function requestId(req: IncomingMessage & { id?: string }, res: ServerResponse): string {
  if (req.id) return req.id;
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/** The URL with query values and /u/<token>, /feeds/<token>.atom path tokens replaced, for logging. */
export function redactUrl(url: string): string {
  const [path, query] = url.split('?');
  const safePath = path.replace(/^\/u\/[^/]+/, '/u/[token]').replace(/^\/feeds\/[^/]+\.atom$/, '/feeds/[token].atom');
  if (!query) return safePath;
  return `${safePath}?${query
    .split('&')
    .map((kv) => `${kv.split('=')[0]}=[redacted]`)
    .join('&')}`;
}

/** JSON logs (pino) with a request id on every HTTP request. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          genReqId: requestId,
          redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
          autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' || req.url === '/metrics' },
          // Link tokens (verify, reset, unsubscribe) must not land in logs.
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
