import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/env.schema';
import { JobSchedules } from './job-schedules';
import { jobOptions, QUEUES } from './jobs';
import { OUTBOX_RELAY_ENABLED, OutboxRelay } from './outbox-relay.service';
import { OutboxService } from './outbox.service';
import { QueueErrorLogger } from './queue-error-logger';
import { QueueRegistry } from './queue-registry';
import { QueueShutdown } from './queue-shutdown';
import { RedisClient } from './redis-client';
import { redisConnection } from './redis-url';

@Module({})
export class QueueModule {
  /** `relay: true` in the worker: it runs the outbox relay loop. */
  static forRoot(opts: { relay: boolean }): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        DiscoveryModule,
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (cfg: AppConfig) => ({
            connection: redisConnection(cfg.REDIS_URL),
            prefix: cfg.QUEUE_PREFIX,
            defaultJobOptions: jobOptions(cfg.OUTBOX_RETENTION_DAYS),
          }),
        }),
        BullModule.registerQueue(...QUEUES.map((name) => ({ name }))),
      ],
      providers: [
        OutboxService,
        QueueRegistry,
        QueueErrorLogger,
        QueueShutdown,
        OutboxRelay,
        RedisClient,
        JobSchedules,
        { provide: OUTBOX_RELAY_ENABLED, useValue: opts.relay },
      ],
      exports: [OutboxService, QueueRegistry, OutboxRelay, RedisClient, BullModule],
    };
  }
}
