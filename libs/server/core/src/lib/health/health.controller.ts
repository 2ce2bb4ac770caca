import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { OutboxRelay } from '../queue/outbox-relay.service';
import { RedisClient } from '../queue/redis-client';
import { Public } from '../access/public.decorator';

/**
 * Health for people and orchestrators:
 * - `GET /health/live` (liveness): the process answers. No database or Redis check, so a short
 *   database outage does not make Kubernetes restart every pod at once.
 * - `GET /health/ready` (readiness): database and Redis reachable; a pod that fails it gets no traffic.
 * - `GET /health`: everything (database, Redis, outbox backlog) for people and monitoring.
 */
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

  @Get('live')
  @Public()
  @HealthCheck()
  live() {
    return this.health.check([() => this.indicator.check('process').up({ uptimeSeconds: Math.round(process.uptime()) })]);
  }

  @Get('ready')
  @Public()
  @HealthCheck()
  ready() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 2000 }), () => this.redis()]);
  }

  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 2000 }), () => this.redis(), () => this.outbox()]);
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
