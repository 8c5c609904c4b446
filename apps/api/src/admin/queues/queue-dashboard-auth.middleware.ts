import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '@app/domain';
import { AUDIT_ACTIONS, AuditTrail } from '@app/domain/admin';
import { DASHBOARD_COOKIE, QueueDashboardSessions, readCookie } from './queue-dashboard-sessions.service';

// /api/queues/<name>/… — the queue a dashboard action is about.
const QUEUE_IN_PATH = /^\/api\/queues\/([^/]+)/;

/**
 * Runs before bull-board's router: a valid dashboard cookie or 401 (403 when its holder is no
 * longer an admin). Dashboard writes (retry, clean, pause, remove…) are audited once they succeed.
 */
@Injectable()
export class QueueDashboardAuth implements NestMiddleware {
  private readonly logger = new Logger(QueueDashboardAuth.name);

  constructor(
    private readonly sessions: QueueDashboardSessions,
    private readonly audit: AuditTrail,
  ) {}

  async use(req: Request & { id?: string }, res: Response, next: NextFunction): Promise<void> {
    // The session endpoint is a Nest route (bearer token + admin role): let it through.
    if (req.method === 'POST' && req.path === '/session') return next();
    const admin = await this.sessions.verify(readCookie(req.headers.cookie, DASHBOARD_COOKIE));
    if (admin === 'invalid') {
      throw new DomainError(
        'unauthorized',
        'dashboard_session_missing',
        'No valid dashboard session: POST /v1/admin/queues/session with an admin token first',
      );
    }
    if (admin === 'forbidden') throw new DomainError('forbidden', 'forbidden', 'This needs the admin role');
    if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
      res.on('finish', () => {
        if (res.statusCode >= 400) return;
        const queue = QUEUE_IN_PATH.exec(req.path)?.[1];
        const entry = {
          action: AUDIT_ACTIONS.queuesDashboardAction,
          targetType: 'queue' as const,
          targetId: queue ? decodeURIComponent(queue) : null,
          after: { method: req.method, path: req.path, status: res.statusCode },
        };
        this.audit
          .record({ id: admin.id, requestId: req.id ?? null }, entry)
          .catch((err: unknown) => this.logger.error({ err, requestId: req.id }, 'dashboard action not audited'));
      });
    }
    next();
  }
}
