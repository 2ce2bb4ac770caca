import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { INestApplication } from '@nestjs/common';
import { SessionUserService } from '@lotse/server/auth';
import { AuditService } from '@lotse/server/audit';
import { Clock, QueueRegistry } from '@lotse/server/core';
import type { NextFunction, Request, Response } from 'express';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';
/** One audit entry per session and this many minutes (the board loads many assets and polls). */
export const QUEUE_DASHBOARD_AUDIT_MINUTES = 10;

declare module 'express-session' {
  interface SessionData {
    queueDashboardAuditedAt?: number;
  }
}

/**
 * Bull Board, read-only (no retry, clean, promote or delete), for the installation's `operator`
 * only: queues serve every office, so an office admin has no business there (job data names
 * people). Checked against the session on every request; writes are refused before Bull Board;
 * each use is audited (`queues.dashboard_read`, at most once per session per 10 minutes).
 */
export function mountQueueDashboard(app: INestApplication): void {
  const registry = app.get(QueueRegistry);
  const users = app.get(SessionUserService);
  const audit = app.get(AuditService);
  const clock = app.get(Clock);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: registry.all().map((q) => new BullMQAdapter(q, { readOnlyMode: true, allowRetries: false })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Lotse – Warteschlangen' } },
  });
  const requireOperator = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const user = req.session?.userId ? await users.load(req.session.userId) : null;
      if (!user) return res.status(401).json({ statusCode: 401, message: 'Bitte melden Sie sich an.', errors: [] });
      const actor = { ...user, ip: req.ip ?? null };
      if (user.role !== 'operator') {
        await audit.denied(actor, 'route', QUEUE_DASHBOARD_PATH, `role ${user.role}`);
        return res.status(403).json({ statusCode: 403, message: 'Dafür fehlt Ihnen die Berechtigung.', errors: [] });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        await audit.denied(actor, 'route', `${req.method} ${QUEUE_DASHBOARD_PATH}${req.path}`, 'queue dashboard is read-only');
        return res.status(405).json({ statusCode: 405, message: 'Die Warteschlangen sind nur lesbar.', errors: [] });
      }
      const now = clock.now().getTime();
      const last = req.session.queueDashboardAuditedAt;
      if (!last || now - last >= QUEUE_DASHBOARD_AUDIT_MINUTES * 60_000 || now < last) {
        await audit.record({
          action: 'queues.dashboard_read',
          actor,
          targetType: 'route',
          targetId: QUEUE_DASHBOARD_PATH,
          details: { path: req.path },
        });
        req.session.queueDashboardAuditedAt = now;
      }
      return next();
    } catch (e) {
      return next(e);
    }
  };
  app.use(QUEUE_DASHBOARD_PATH, requireOperator, serverAdapter.getRouter());
}
