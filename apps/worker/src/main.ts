import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, shutdownOnSignals } from '@lotse/server/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './app/worker.module';

async function bootstrap() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78);
    }
    throw e;
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ config }), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.init();
  // Not enableShutdownHooks(): every shutdown step is bounded and a signal always ends the process.
  shutdownOnSignals(app, 'lotse-worker');
  console.log('lotse-worker running (outbox relay + queue processors)');
}

void bootstrap();
