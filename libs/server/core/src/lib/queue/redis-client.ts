import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import IORedis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/env.schema';

/** One plain Redis connection for health checks and rate-limit counters (BullMQ keeps its own). */
@Injectable()
export class RedisClient implements OnModuleDestroy {
  readonly redis: IORedis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = new IORedis(config.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 2000 });
    // Connection errors surface as failed commands (health: down); no unhandled 'error' events.
    this.redis.on('error', () => undefined);
  }

  async ping(timeoutMs = 1500): Promise<boolean> {
    const pong = await Promise.race([
      this.redis.ping(),
      new Promise<string>((_, reject) => setTimeout(() => reject(new Error('redis ping timeout')), timeoutMs)),
    ]);
    return pong === 'PONG';
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
