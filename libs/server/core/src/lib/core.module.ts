import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { Clock, SystemClock } from './clock/clock';
import { APP_CONFIG, type AppConfig, loadConfig } from './config/env.schema';
import { dataSourceOptions } from './database/data-source-options';
import { MailTransport } from './mail/mail-transport';
import { SmtpMailTransport } from './mail/smtp-mail-transport';
import { QueueModule } from './queue/queue.module';
import { ResourceFacts } from './access/resource-facts';

export interface CoreModuleOptions {
  /** `worker` runs the outbox relay. */
  role: 'api' | 'worker' | 'cli';
  /** Tests pass a ready config and a controllable clock. */
  config?: AppConfig;
  clock?: Clock;
}

type SerializedRequest = { url?: string; query?: Record<string, unknown> };

function redactResetToken(req: SerializedRequest): SerializedRequest {
  if (!req.url?.includes('token=')) return req;
  const { token: _token, ...query } = req.query ?? {};
  return { ...req, url: req.url.replace(/([?&]token=)[^&]*/g, '$1[redacted]'), query };
}

/** Config, logging, database, queues and mail: what every Lotse process needs. */
@Module({})
export class CoreModule {
  static forRoot(opts: CoreModuleOptions): DynamicModule {
    const config = opts.config ?? loadConfig();
    return {
      module: CoreModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            name: `lotse-${opts.role}`,
            redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-xsrf-token"]', 'res.headers["set-cookie"]'],
            // The password-reset link (GET /reset-password?token=…, served as the web client) must not land in logs.
            serializers: { req: redactResetToken },
            autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
            transport:
              config.NODE_ENV === 'development' && process.stdout.isTTY
                ? { target: 'pino-pretty', options: { singleLine: true } }
                : undefined,
          },
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(config.DATABASE_URL), autoLoadEntities: true }),
        }),
        QueueModule.forRoot({ relay: opts.role === 'worker' }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: opts.clock ?? new SystemClock() },
        { provide: MailTransport, useClass: SmtpMailTransport },
        ResourceFacts,
      ],
      exports: [APP_CONFIG, Clock, MailTransport, QueueModule, ResourceFacts],
    };
  }
}
