import { z } from 'zod';

/**
 * The one schema for the process environment (API, worker, CLI). Every variable is documented in
 * README.md and infra/.env.example; a bad value stops the boot with a message naming the variable.
 */
const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((v) => protocols.some((p) => v.startsWith(`${p}:`)), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

/**
 * A copy of `TENANT_SLUG_PATTERN` (shared contracts): importing the contracts here would load their
 * class-validator decorators before `reflect-metadata`, for every user of this lib. The spec keeps both equal.
 */
export const TENANT_SLUG_ENV_PATTERN = /^[a-z0-9-]{1,60}$/;

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: url(['http', 'https']).default('http://localhost:3000'),
  DATABASE_URL: url(['postgres', 'postgresql']),
  REDIS_URL: url(['redis', 'rediss']),
  SMTP_URL: url(['smtp', 'smtps']),
  MAIL_FROM: z.string().min(3).default('Lotse – Familienbüro Kamen <lotse@kamen.example>'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters'),
  SESSION_TTL_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(480),
  COOKIE_SECURE: bool.optional(),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10000).default(10),
  LOGIN_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86400).default(60),
  /** How long a "Passwort vergessen" link stays valid, in minutes. */
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9_-]+$/i).default('lotse'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60000).default(250),
  /** Days sent outbox rows and finished jobs are kept before the daily retention job deletes them. */
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  WEB_DIST_DIR: z.string().optional(),
  DATA_DIR: z.string().default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TZ_OFFICE: z.string().default('Europe/Berlin'),
  /** Largest accepted upload (evidence documents), in bytes; default 10 MB. */
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
  /** Express `trust proxy`: which proxies may set X-Forwarded-For (client address for rate limits and audit). */
  TRUST_PROXY: z.string().default('loopback'),
  /** Threads rendering permit PDFs in one worker (default: one per core, at most 4; 0 = in the main thread). */
  PDF_RENDER_THREADS: z.coerce.number().int().min(0).max(16).optional(),
  /** The office the public pages (registration) belong to: GET /api/public/office answers with it. */
  PUBLIC_TENANT_SLUG: z.string().regex(TENANT_SLUG_ENV_PATTERN, 'must be a tenant slug (a-z, 0-9, -)').default('kamen'),
});

export type AppConfig = z.infer<typeof envSchema> & { cookieSecure: boolean };

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  const cfg = result.data;
  return { ...cfg, cookieSecure: cfg.COOKIE_SECURE ?? cfg.PUBLIC_URL.startsWith('https:') };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
