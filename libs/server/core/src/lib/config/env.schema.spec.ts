import 'reflect-metadata';
import { TENANT_SLUG_PATTERN } from '@lotse/shared/contracts';
import { ConfigError, TENANT_SLUG_ENV_PATTERN, loadConfig, loadStorageConfig } from './env.schema';

const base = {
  DATABASE_URL: 'postgres://u:p@localhost:5432/lotse',
  REDIS_URL: 'redis://localhost:6379',
  SMTP_URL: 'smtp://localhost:1025',
  SESSION_SECRET: 'x'.repeat(32),
};

describe('loadConfig', () => {
  it('accepts a complete environment and applies defaults', () => {
    const cfg = loadConfig(base);
    expect(cfg.PORT).toBe(3000);
    expect(cfg.cookieSecure).toBe(false);
    expect(cfg.LOGIN_RATE_LIMIT).toBe(10);
    expect(cfg.PASSWORD_RESET_TTL_MINUTES).toBe(60);
    expect(cfg.PUBLIC_TENANT_SLUG).toBe('kamen');
  });

  it('takes the public office by its slug and refuses anything else', () => {
    expect(loadConfig({ ...base, PUBLIC_TENANT_SLUG: 'bergkamen' }).PUBLIC_TENANT_SLUG).toBe('bergkamen');
    expect(() => loadConfig({ ...base, PUBLIC_TENANT_SLUG: 'Stadt Kamen' })).toThrow(/PUBLIC_TENANT_SLUG: must be a tenant slug/);
    expect(TENANT_SLUG_ENV_PATTERN.source).toBe(TENANT_SLUG_PATTERN.source);
  });

  it('names the missing variable', () => {
    const { DATABASE_URL: _omit, ...rest } = base;
    expect(() => loadConfig(rest)).toThrow(/DATABASE_URL/);
  });

  it('names a variable with a wrong scheme', () => {
    expect(() => loadConfig({ ...base, REDIS_URL: 'http://localhost' })).toThrow(/REDIS_URL: must start with redis/);
  });

  it('rejects a short session secret and a bad port', () => {
    let err: unknown;
    try {
      loadConfig({ ...base, SESSION_SECRET: 'short', PORT: 'abc' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect(String(err)).toContain('SESSION_SECRET');
    expect(String(err)).toContain('PORT');
  });

  it('turns on secure cookies behind https', () => {
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://lotse.kamen.de' }).cookieSecure).toBe(true);
  });

  it('stores documents in PostgreSQL unless told otherwise', () => {
    expect(loadConfig(base)).toMatchObject({ DOCUMENT_STORAGE: 'postgres', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: false });
    expect(loadConfig({ ...base, DOCUMENT_STORAGE: 'filesystem' }).DOCUMENT_STORAGE).toBe('filesystem');
    expect(() => loadConfig({ ...base, DOCUMENT_STORAGE: 'disk' })).toThrow(/DOCUMENT_STORAGE/);
  });

  it('names what S3 storage is missing, and reads the storage part alone for the CLI', () => {
    expect(() => loadConfig({ ...base, DOCUMENT_STORAGE: 's3', S3_BUCKET: 'lotse-docs' })).toThrow(
      /S3_ACCESS_KEY_ID: Required when DOCUMENT_STORAGE=s3[\s\S]*S3_SECRET_ACCESS_KEY/,
    );
    expect(() =>
      loadConfig({ ...base, DOCUMENT_STORAGE: 's3', S3_BUCKET: 'Lotse Docs', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }),
    ).toThrow(/S3_BUCKET: must be an S3 bucket name/);
    const s3 = {
      DOCUMENT_STORAGE: 's3',
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'lotse-docs',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
      S3_FORCE_PATH_STYLE: 'true',
    };
    expect(loadStorageConfig(s3)).toMatchObject({ DOCUMENT_STORAGE: 's3', S3_FORCE_PATH_STYLE: true, DATA_DIR: '.data' });
    expect(() => loadStorageConfig({ DOCUMENT_STORAGE: 's3' })).toThrow(/S3_BUCKET/);
  });
});
