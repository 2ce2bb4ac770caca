import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Issue 9 "typed jobs end to end": every repeating job is declared in DAILY_JOB_SCHEDULES and
 * registered only by core's JobSchedules; processors dispatch through dispatchJob/JobHandlers
 * (typed by the job union) instead of casting job data or names.
 */
const root = resolve(__dirname, '../../..');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules') sources(path, out);
    } else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) {
      out.push(path);
    }
  }
  return out;
}

const FILES = [
  ...sources(join(root, 'libs/server')),
  ...sources(join(root, 'apps/api/src')),
  ...sources(join(root, 'apps/worker/src')),
].map((p) => ({
  path: relative(root, p),
  text: readFileSync(p, 'utf8'),
}));

describe('typed jobs', () => {
  it('repeating jobs are registered in one place (JobSchedules, from DAILY_JOB_SCHEDULES)', () => {
    const registering = FILES.filter((f) => /\.upsertJobScheduler\(|\.repeat\s*\(|getRepeatableJobs/.test(f.text)).map((f) => f.path);
    expect(registering).toEqual(['libs/server/core/src/lib/queue/job-schedules.ts']);
    // Cron patterns and repeat options (with the time zone) are declared only next to DAILY_JOB_SCHEDULES.
    const declaring = FILES.filter((f) => /\bpattern\s*:\s*'[^']*\*|\brepeat\s*:\s*\{/.test(f.text)).map((f) => f.path);
    expect(declaring).toEqual(['libs/server/core/src/lib/queue/jobs.ts']);
  });

  it('processors cast neither job data nor job names, and dispatch with dispatchJob', () => {
    const processors = FILES.filter((f) => /@Processor\(/.test(f.text));
    expect(processors.length).toBeGreaterThanOrEqual(5);
    for (const p of processors) {
      expect([p.path, /job\.(data|name)\s+as\b|\bas\s+\w*Job\b|Job<\{/.test(p.text)]).toEqual([p.path, false]);
      // The mail queue carries one job (checked at compile time in send-mail.processor.ts).
      if (!p.path.endsWith('send-mail.processor.ts')) expect([p.path, /dispatchJob\(/.test(p.text)]).toEqual([p.path, true]);
    }
  });
});
