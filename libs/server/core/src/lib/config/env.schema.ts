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

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Where document bytes live (see docs/architecture.md, "Documents"). `postgres` by default, so every
 * API and worker replica that shares the database also shares the documents; `npm start` with its
 * embedded services sets `filesystem` (DATA_DIR/documents); `s3` for offices with object storage.
 */
export const DOCUMENT_STORAGE_KINDS = ['filesystem', 'postgres', 's3'] as const;
export type DocumentStorageKind = (typeof DOCUMENT_STORAGE_KINDS)[number];

function storageFields() {
  return {
    DOCUMENT_STORAGE: z.enum(DOCUMENT_STORAGE_KINDS).default('postgres'),
    /** S3-compatible endpoint (MinIO, Ceph, a provider); default AWS `https://s3.<region>.amazonaws.com`. */
    S3_ENDPOINT: url(['http', 'https']).optional(),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (3-63 characters a-z, 0-9, ., -)')
      .optional(),
    S3_REGION: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** `true`: `<endpoint>/<bucket>/<key>` (MinIO and most on-premises stores); `false`: `<bucket>.<host>/<key>`. */
    S3_FORCE_PATH_STYLE: bool.default(false),
  };
}

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: url(['http', 'https']).default('http://localhost:3000'),
  DATABASE_URL: url(['postgres', 'postgresql']),
  REDIS_URL: url(['redis', 'rediss']),
  SMTP_URL: url(['smtp', 'smtps']),
  MAIL_FROM: z.string().min(3).default('Lotse – Familienbüro Kamen <lotse@kamen.example>'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters'),
  SESSION_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(480),
  COOKIE_SECURE: bool.optional(),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10000).default(10),
  LOGIN_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86400).default(60),
  /** Failed sign-ins per account (any address) before each further one doubles the wait (2 s, 4 s, …). */
  LOGIN_ACCOUNT_FREE_FAILURES: z.coerce.number().int().min(1).max(10000).default(5),
  /** Longest wait between sign-in attempts for one account after repeated failures, in seconds. */
  LOGIN_ACCOUNT_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).max(86400).default(900),
  /** Password-reset requests and registrations per e-mail address and hour, whatever the client address. */
  MAIL_LINK_REQUESTS_PER_HOUR: z.coerce.number().int().min(1).max(100000).default(5),
  /** Registrations per client address (IPv6: per /64 network) and hour. */
  REGISTRATIONS_PER_NETWORK_PER_HOUR: z.coerce.number().int().min(1).max(100000).default(20),
  /** How long a "Passwort vergessen" link stays valid, in minutes. */
  PASSWORD_RESET_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/i)
    .default('lotse'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60000).default(250),
  /** Days sent outbox rows and finished jobs are kept before the daily retention job deletes them. */
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  WEB_DIST_DIR: z.string().optional(),
  DATA_DIR: z.string().default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TZ_OFFICE: z.string().default('Europe/Berlin'),
  /** Largest accepted upload (evidence documents), in bytes; default 10 MB. */
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  /**
   * Express `trust proxy`: which proxies may set X-Forwarded-For (client address for rate limits and
   * audit). Off unless set: a hop count (`1`), `loopback`, or addresses/CIDRs of the ingress. `true`
   * (trust any sender) is refused, since every client could then choose its own address.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .refine((v) => v.trim().toLowerCase() !== 'true', {
      message: 'must not be "true" (any client could set its own address); give a hop count or the proxy addresses',
    }),
  /** Threads rendering permit PDFs in one worker (default: one per core, at most 4; 0 = in the main thread). */
  PDF_RENDER_THREADS: z.coerce.number().int().min(0).max(16).optional(),
  /** Geocoding for matching: the built-in gazetteer (default) or a self-hosted Nominatim/Photon (docs/matching.md). */
  GEOCODER: z.enum(['gazetteer', 'nominatim', 'photon']).default('gazetteer'),
  /** Base URL of the Nominatim/Photon server; required unless GEOCODER=gazetteer. */
  GEOCODER_URL: z
    .string()
    .url('must be an http(s) URL')
    .refine((v) => /^https?:\/\//.test(v), 'must be an http(s) URL')
    .optional(),
  /** Per-address timeout of the HTTP geocoder; after a failure it is left alone for a minute (gazetteer instead). */
  GEOCODER_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(2_000),
  /** The office the public pages (registration) belong to: GET /api/public/office answers with it. */
  PUBLIC_TENANT_SLUG: z.string().regex(TENANT_SLUG_ENV_PATTERN, 'must be a tenant slug (a-z, 0-9, -)').default('kamen'),
  ...storageFields(),
});

/** The storage part of the environment alone: for the CLI, which needs no Redis, SMTP or session secret. */
export const storageEnvSchema = z.object({ DATA_DIR: z.string().default('.data'), ...storageFields() });
export type StorageConfig = z.infer<typeof storageEnvSchema>;

/** `s3` needs a bucket and credentials; named, like every other missing variable. */
function requireS3(cfg: StorageConfig, ctx: z.RefinementCtx): void {
  if (cfg.DOCUMENT_STORAGE !== 's3') return;
  for (const key of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
    if (!cfg[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'Required when DOCUMENT_STORAGE=s3' });
  }
}

/** An HTTP geocoder needs its server's address. */
function requireGeocoderUrl(cfg: { GEOCODER: string; GEOCODER_URL?: string }, ctx: z.RefinementCtx): void {
  if (cfg.GEOCODER !== 'gazetteer' && !cfg.GEOCODER_URL)
    ctx.addIssue({ code: 'custom', path: ['GEOCODER_URL'], message: `Required when GEOCODER=${cfg.GEOCODER}` });
}

export type AppConfig = z.infer<typeof envSchema> & { cookieSecure: boolean };

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const cfg = parse(envSchema.superRefine(requireS3).superRefine(requireGeocoderUrl), input);
  return { ...cfg, cookieSecure: cfg.COOKIE_SECURE ?? cfg.PUBLIC_URL.startsWith('https:') };
}

/** Only DATA_DIR, DOCUMENT_STORAGE and S3_* (the CLI's `migrate-documents`). */
export function loadStorageConfig(env: Record<string, string | undefined> = process.env): StorageConfig {
  return parse(
    storageEnvSchema.superRefine(requireS3),
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
}

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
