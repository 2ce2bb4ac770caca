import { type INestApplication, RequestMethod } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { configureSession } from '@lotse/server/auth';
import { APP_CONFIG, type AppConfig, assertJsonDepth, createValidationPipe } from '@lotse/server/core';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mountQueueDashboard } from './queue-dashboard';

const csp = (https: boolean) => ({
  useDefaults: true,
  directives: {
    // Only behind https: on a plain-http intranet address the upgrade would break every asset.
    'upgrade-insecure-requests': https ? [] : null,
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
  },
});

/**
 * Everything around the modules: security headers, body limits, sessions, validation, OpenAPI at
 * /api/docs, the queue dashboard and (when built) the web client on the same origin.
 * Used by main.ts and by the integration tests, so tests run the same stack as production.
 */
export function configureApp(app: NestExpressApplication): INestApplication {
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  const secureHeaders = helmet({ contentSecurityPolicy: csp(config.cookieSecure), hsts: config.cookieSecure });
  // Swagger UI and Bull Board ship inline scripts: they get the other headers but no CSP.
  const toolHeaders = helmet({ contentSecurityPolicy: false });
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.path.startsWith('/api/docs') || req.path.startsWith('/api/admin/queues')
      ? toolHeaders(req, res, next)
      : secureHeaders(req, res, next),
  );
  // Deeply nested bodies are refused before parsing (400), not left to overflow the validation's stack.
  app.useBodyParser('json', {
    limit: '1mb',
    verify: (_req: unknown, _res: unknown, body: Buffer, encoding: string) => assertJsonDepth(body, encoding),
  });
  app.useBodyParser('urlencoded', { limit: '100kb', extended: false });
  // Answers of the API carry personal data: no browser or proxy keeps them (downloads included).
  // Only the public, static ones may be cached: the OpenAPI document and the public office data.
  app.use('/api', (req: Request, res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/docs') && !req.path.startsWith('/public/')) res.setHeader('Cache-Control', 'no-store');
    next();
  });
  configureSession(app, config);
  app.setGlobalPrefix('api', {
    exclude: ['health', 'health/live', 'health/ready'].map((path) => ({ path, method: RequestMethod.GET })),
  });
  app.useGlobalPipes(createValidationPipe());

  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Lotse API')
      .setDescription(
        'Kindertagespflege: Fachberatung, Tagespflegepersonen, Eltern. Session cookie `lotse.sid`; state-changing requests send the `XSRF-TOKEN` cookie value as header `X-XSRF-TOKEN`.',
      )
      .setVersion('1.0')
      .addCookieAuth('lotse.sid')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/docs/openapi.json', customSiteTitle: 'Lotse API' });

  mountQueueDashboard(app);

  const webDir = resolve(config.WEB_DIST_DIR ?? join(process.cwd(), 'dist/apps/web/browser'));
  if (existsSync(join(webDir, 'index.html'))) {
    app.use(express.static(webDir, { index: false, maxAge: '1h' }));
    // Client-side routes get index.html; unknown /api paths still reach Nest and get a JSON 404.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || req.path.startsWith('/api') || req.path.startsWith('/health') || req.path.includes('.')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      return res.sendFile(join(webDir, 'index.html'));
    });
  }
  return app;
}

/** TRUST_PROXY → Express `trust proxy`: `false`/`0`/empty trusts nobody (the socket's address counts). */
export function trustProxySetting(value: string): boolean | number | string {
  const v = value.trim();
  if (v === '' || v.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}
