import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lotse/server/core';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import { Pool } from 'pg';

/** Sessions live in PostgreSQL (table `http_session`, created by migration), so API instances share them. */
@Injectable()
export class SessionStore implements OnApplicationShutdown {
  private readonly logger = new Logger(SessionStore.name);
  private readonly pool: Pool;
  readonly store: session.Store & { close(): void };

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pool = new Pool({ connectionString: config.DATABASE_URL, max: 5, application_name: 'lotse-session' });
    this.pool.on('error', (e) => this.logger.warn(`session pool: ${e.message}`));
    const PgStore = connectPgSimple(session);
    this.store = new PgStore({ pool: this.pool, tableName: 'http_session', createTableIfMissing: false, pruneSessionInterval: 15 * 60 });
  }

  async onApplicationShutdown(): Promise<void> {
    this.store.close();
    await this.pool.end();
  }
}
