import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { STATUS_CODES } from 'node:http';

const STATUS_OF: Record<string, number> = { HPE_HEADER_OVERFLOW: 431, ERR_HTTP_REQUEST_TIMEOUT: 408 };

/**
 * Requests Node's HTTP parser refuses before Express sees them (a URL or headers beyond 16 KB,
 * malformed HTTP) get the one error shape too, instead of Node's bare status line.
 */
export function answerClientErrorsAsJson(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const statusCode = STATUS_OF[err.code ?? ''] ?? 400;
    const code = statusCode === 431 ? 'headers_too_large' : statusCode === 408 ? 'request_timeout' : 'malformed_request';
    const body = JSON.stringify({ statusCode, code, message: STATUS_CODES[statusCode] ?? 'Bad Request', requestId: randomUUID() });
    socket.end(
      `HTTP/1.1 ${statusCode} ${STATUS_CODES[statusCode]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
