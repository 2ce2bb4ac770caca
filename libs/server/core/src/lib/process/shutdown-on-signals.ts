import type { INestApplicationContext } from '@nestjs/common';

/** A stop signal ends the process within this time, whatever state Redis, PostgreSQL and jobs are in. */
export const SHUTDOWN_DEADLINE_MS = 9_000;

/**
 * Handles SIGINT/SIGTERM/SIGHUP once: closes the app (each step bounded, see QueueShutdown) and
 * exits; if that has not finished by the deadline, exits anyway with a log line. A second signal
 * exits at once. Used instead of Nest's enableShutdownHooks, which ignores every further signal
 * while one of its hooks waits — the worker once outlived Ctrl-C for minutes that way.
 */
export function shutdownOnSignals(app: INestApplicationContext, name: string, deadlineMs = SHUTDOWN_DEADLINE_MS): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`${name}: ${signal} again, exiting now`);
      process.exit(130);
    }
    stopping = true;
    console.log(`${name}: ${signal} received, stopping (at most ${deadlineMs / 1000} s)`);
    const hard = setTimeout(() => {
      console.error(`${name}: shutdown did not finish within ${deadlineMs / 1000} s, exiting anyway`);
      process.exit(1);
    }, deadlineMs);
    hard.unref();
    app.close().then(
      () => {
        console.log(`${name}: stopped`);
        process.exit(0);
      },
      (e: unknown) => {
        console.error(`${name}: shutdown failed: ${e instanceof Error ? e.message : String(e)}`);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
}
