import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { OutboxRelay } from '../queue/outbox-relay.service';
import { RedisClient } from '../queue/redis-client';
import { Public } from '../access/public.decorator';

/** Liveness/readiness for people and orchestrators: database, Redis and the outbox backlog. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    private readonly redisClient: RedisClient,
    private readonly relay: OutboxRelay,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      () => this.redis(),
      () => this.outbox(),
    ]);
  }

  private async redis() {
    const session = this.indicator.check('redis');
    try {
      return (await this.redisClient.ping()) ? session.up() : session.down({ message: 'no PONG' });
    } catch (e) {
      return session.down({ message: String(e) });
    }
  }

  private async outbox() {
    const session = this.indicator.check('outbox');
    try {
      return session.up(await this.relay.stats());
    } catch (e) {
      return session.down({ message: String(e) });
    }
  }
}
