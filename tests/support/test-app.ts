import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { dataSourceOptions, FixedClock, loadConfig, QueueRegistry, type AppConfig } from '@lotse/server/core';
import { DocumentStorage } from '@lotse/server/documents';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app/app.module';
import { configureApp } from '../../apps/api/src/app/configure-app';
import { WorkerModule } from '../../apps/worker/src/app/worker.module';
import { ApiClient } from './api-client';
import { MailCapture } from './mail-capture';
import { waitFor } from './wait';

export interface TestContextOptions {
  /** Also start the worker (outbox relay + processors). */
  worker?: boolean;
  /** Use another Redis than the shared one (e.g. one the test stops and restarts). */
  redisUrl?: string;
  /** Start of the controlled clock. */
  now?: string;
  env?: Record<string, string>;
}

/**
 * One isolated Lotse per test file: its own database (migrated from scratch), its own queue
 * prefix in Redis, its own SMTP capture, a controllable clock, and the real API (and worker).
 */
export class TestContext {
  api!: NestExpressApplication;
  worker?: INestApplicationContext;
  ds!: DataSource;
  config!: AppConfig;
  readonly mail = new MailCapture();
  readonly clock: FixedClock;
  readonly dbName = `t_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
  /** DATA_DIR of this context (uploaded documents land in `documents/` with DOCUMENT_STORAGE=filesystem); removed on close. */
  readonly dataDir = mkdtempSync(join(tmpdir(), 'lotse-data-'));
  /** Further API instances (replicas) started with `startApi`, closed with the context. */
  private readonly replicas: NestExpressApplication[] = [];
  private readonly extraDirs: string[] = [];
  private baseEnv: Record<string, string> = {};

  private constructor(private readonly opts: TestContextOptions) {
    this.clock = new FixedClock(new Date(opts.now ?? '2026-11-25T09:00:00Z'));
  }

  static async create(opts: TestContextOptions = {}): Promise<TestContext> {
    const ctx = new TestContext(opts);
    await ctx.start();
    return ctx;
  }

  private async start(): Promise<void> {
    const serverUrl = process.env['LOTSE_TEST_PG_URL'];
    const redisUrl = this.opts.redisUrl ?? process.env['LOTSE_TEST_REDIS_URL'];
    if (!serverUrl || !redisUrl) throw new Error('test services not started (jest globalSetup)');
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${this.dbName}`);
    await admin.end();
    const dbUrl = new URL(serverUrl);
    dbUrl.pathname = `/${this.dbName}`;
    await this.mail.start();
    this.baseEnv = {
      NODE_ENV: 'test',
      DATABASE_URL: dbUrl.toString(),
      REDIS_URL: redisUrl,
      SMTP_URL: this.mail.url,
      SESSION_SECRET: 'test-secret-that-is-long-enough-1234567890',
      LOG_LEVEL: 'silent',
      QUEUE_PREFIX: this.dbName,
      OUTBOX_POLL_MS: '50',
      LOGIN_RATE_LIMIT: '1000',
      LOGIN_ACCOUNT_FREE_FAILURES: '1000',
      MAIL_LINK_REQUESTS_PER_HOUR: '1000',
      REGISTRATIONS_PER_NETWORK_PER_HOUR: '1000',
      WEB_DIST_DIR: '/nonexistent',
      DATA_DIR: this.dataDir,
      ...this.opts.env,
    };
    this.config = loadConfig(this.baseEnv);
    this.ds = await new DataSource(dataSourceOptions(this.config.DATABASE_URL)).initialize();
    await this.ds.runMigrations({ transaction: 'each' });
    this.api = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config: this.config, clock: this.clock }), {
      logger: false,
      bufferLogs: true,
    });
    configureApp(this.api);
    await this.api.init();
    if (this.opts.worker) await this.startWorker();
  }

  /** A fresh DATA_DIR (removed on close): for replicas that must not share this context's disk. */
  tempDataDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'lotse-data-'));
    this.extraDirs.push(dir);
    return dir;
  }

  /**
   * Another API instance on the same database, Redis and queues (a second replica behind the
   * load balancer), with its own DATA_DIR unless `env` says otherwise.
   */
  async startApi(env: Record<string, string> = {}): Promise<{ app: NestExpressApplication; dataDir: string; client: () => ApiClient }> {
    const config = loadConfig({ ...this.baseEnv, DATA_DIR: this.tempDataDir(), ...env });
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, clock: this.clock }), {
      logger: false,
      bufferLogs: true,
    });
    configureApp(app);
    await app.init();
    this.replicas.push(app);
    return { app, dataDir: config.DATA_DIR, client: () => new ApiClient(app.getHttpServer()) };
  }

  /** Starts the worker; `env` overrides this context's configuration (e.g. its own DATA_DIR). */
  async startWorker(env?: Record<string, string>): Promise<INestApplicationContext> {
    const config = env ? loadConfig({ ...this.baseEnv, ...env }) : this.config;
    this.worker = await NestFactory.createApplicationContext(WorkerModule.forRoot({ config, clock: this.clock }), {
      logger: false,
      bufferLogs: true,
    });
    await this.worker.init();
    return this.worker;
  }

  async stopWorker(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
  }

  client(): ApiClient {
    return new ApiClient(this.api.getHttpServer());
  }

  /** The bytes of a document as the API's configured driver (DOCUMENT_STORAGE) holds them. */
  storedBytes(tenantId: string, documentId: string): Promise<Buffer | null> {
    return this.api.get(DocumentStorage).get(tenantId, documentId);
  }

  /** How many documents' bytes the API's driver holds (file system: files under DATA_DIR/documents). */
  async storedCount(): Promise<number> {
    const storage = this.api.get(DocumentStorage);
    if (storage.kind === 'postgres') return (await this.ds.query(`SELECT count(*)::int AS n FROM document_content`))[0].n;
    if (storage.kind === 'filesystem') {
      const dir = join(this.config.DATA_DIR, 'documents');
      return existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length : 0;
    }
    throw new Error(`storedCount: not available for ${storage.kind}`);
  }

  /**
   * Waits until the outbox is empty and no queue has waiting, delayed or active jobs. The next
   * occurrence of a repeating job (the worker's daily schedules) waits as a delayed job by design
   * and does not count.
   */
  async drain(timeoutMs = 20_000): Promise<void> {
    const queues = this.api.get(QueueRegistry).all();
    await waitFor(
      async () => {
        const [{ pending }] = await this.ds.query(`SELECT count(*)::int AS pending FROM outbox WHERE status = 'pending'`);
        if (pending > 0) return false;
        for (const q of queues) {
          const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
          const { delayed = 0, ...rest } = c;
          if (Object.values(rest).some((n) => n > 0)) return false;
          if (delayed > 0) {
            const jobs = await q.getDelayed();
            if (jobs.some((j) => !j.repeatJobKey && !String(j.id).startsWith('repeat:'))) return false;
          }
        }
        return true;
      },
      { timeoutMs, what: 'queues to drain' },
    );
  }

  async close(): Promise<void> {
    const report = (what: string) => (e: unknown) => console.error(`TestContext.close: ${what} failed`, e);
    // Each step has a deadline, so one hanging shutdown (e.g. a worker waiting for a job that a test
    // left active) is reported and does not time out the file's afterAll after all its tests passed.
    await withDeadline('worker', this.stopWorker()).catch(report('worker'));
    for (const replica of this.replicas) await withDeadline('api replica', replica.close()).catch(report('api replica'));
    await withDeadline('api', this.api?.close() ?? Promise.resolve()).catch(report('api'));
    await withDeadline('datasource', this.ds?.destroy() ?? Promise.resolve()).catch(report('datasource'));
    await withDeadline('mail capture', this.mail.stop()).catch(report('mail capture'));
    const admin = new Client({ connectionString: process.env['LOTSE_TEST_PG_URL'], connectionTimeoutMillis: 5_000 });
    const drop = async () => {
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${this.dbName} WITH (FORCE)`).catch(() => undefined);
    };
    await withDeadline('dropping the database', drop()).catch(report('dropping the database'));
    await admin.end().catch(() => undefined);
    for (const dir of [this.dataDir, ...this.extraDirs]) rmSync(dir, { recursive: true, force: true });
  }
}

/** Resolves with `work`, or rejects after `ms` naming the step (the step itself keeps running). */
// 10 s: QueueShutdown bounds the worker's and the API's queue shutdown below that, and the five
// steps together stay under jest's 60 s for afterAll (four steps of 15 s once reached it).
function withDeadline(what: string, work: Promise<unknown>, ms = 10_000): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not stop within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
