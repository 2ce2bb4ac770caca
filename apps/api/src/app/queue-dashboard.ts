import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { INestApplication } from '@nestjs/common';
import { SessionUserService } from '@lotse/server/auth';
import { AuditService } from '@lotse/server/audit';
import { QueueRegistry } from '@lotse/server/core';
import type { NextFunction, Request, Response } from 'express';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';

/** Bull Board for operators, behind the admin role (checked against the session on every request). */
export function mountQueueDashboard(app: INestApplication): void {
  const registry = app.get(QueueRegistry);
  const users = app.get(SessionUserService);
  const audit = app.get(AuditService);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: registry.all().map((q) => new BullMQAdapter(q)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Lotse – Warteschlangen' } },
  });
  const requireAdmin = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const user = req.session?.userId ? await users.load(req.session.userId) : null;
      if (!user) return res.status(401).json({ statusCode: 401, message: 'Bitte melden Sie sich an.', errors: [] });
      if (user.role !== 'admin') {
        await audit.denied({ ...user, ip: req.ip ?? null }, 'route', QUEUE_DASHBOARD_PATH, `role ${user.role}`);
        return res.status(403).json({ statusCode: 403, message: 'Dafür fehlt Ihnen die Berechtigung.', errors: [] });
      }
      return next();
    } catch (e) {
      return next(e);
    }
  };
  app.use(QUEUE_DASHBOARD_PATH, requireAdmin, serverAdapter.getRouter());
}
