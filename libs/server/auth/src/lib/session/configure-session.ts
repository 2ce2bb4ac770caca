import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@lotse/server/core';
import type { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import { randomBytes } from 'node:crypto';
import { SessionStore } from './session-store';
import { SESSION_COOKIE, XSRF_COOKIE } from './session.types';

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) {
      // A malformed escape (`%`, `%E0%A4%A`) is a tampered cookie: treated as absent, never a 500.
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * Server-side sessions in PostgreSQL (table created by migration), an httpOnly SameSite=Strict
 * cookie, and a readable XSRF-TOKEN cookie for the double-submit check done by the access guard.
 */
export function configureSession(app: INestApplication, config: AppConfig): void {
  const { store } = app.get(SessionStore);
  app.use(
    session({
      name: SESSION_COOKIE,
      secret: config.SESSION_SECRET,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      unset: 'destroy',
      store,
      cookie: {
        httpOnly: true,
        sameSite: 'strict',
        secure: config.cookieSecure,
        maxAge: config.SESSION_TTL_MINUTES * 60_000,
        path: '/',
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!readCookie(req, XSRF_COOKIE)) {
      res.cookie(XSRF_COOKIE, randomBytes(32).toString('base64url'), {
        httpOnly: false,
        sameSite: 'strict',
        secure: config.cookieSecure,
        path: '/',
      });
    }
    next();
  });
}
