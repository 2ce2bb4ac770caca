import type { Job } from 'bullmq';
import { dispatchJob } from './job-dispatch';
import { DAILY_JOB_SCHEDULES, JOB_QUEUE, type JobHandlers, type JobNameOf, schedulerFor } from './jobs';

describe('job schedules (one place)', () => {
  it('every schedule has its own id, a 5-field cron pattern and a job of a known queue', () => {
    expect(new Set(DAILY_JOB_SCHEDULES.map((s) => s.schedulerId)).size).toBe(DAILY_JOB_SCHEDULES.length);
    for (const s of DAILY_JOB_SCHEDULES) {
      expect(s.pattern.split(' ')).toHaveLength(5);
      expect(JOB_QUEUE[s.name]).toBeDefined();
    }
  });

  it('schedulerFor gives BullMQ the queue, the pattern in the office time zone and the job without data', () => {
    expect(schedulerFor({ schedulerId: 'daily-permit-scan', name: 'permits.daily-scan', pattern: '15 6 * * *' }, 'Europe/Berlin')).toEqual({
      queue: 'permits',
      schedulerId: 'daily-permit-scan',
      repeat: { pattern: '15 6 * * *', tz: 'Europe/Berlin' },
      template: { name: 'permits.daily-scan', data: {}, opts: expect.objectContaining({ attempts: 6 }) },
    });
  });
});

describe('dispatchJob', () => {
  const logger = { warn: jest.fn() };
  const job = (name: string, data: unknown) => ({ name, data, id: '1' }) as unknown as Job;

  it('runs the handler of the job’s name with its payload', async () => {
    const handlers: JobHandlers<'placements'> = {
      'placements.daily-scan': async (data) => ({ scanned: data.tenantId ?? 'all' }),
      'matching.batch': async (data) => ({ runId: data.runId }),
    };
    expect(await dispatchJob('placements', handlers, job('matching.batch', { runId: 'r1' }), logger)).toEqual({ runId: 'r1' });
    // Scheduled jobs come without data.
    expect(await dispatchJob('placements', handlers, job('placements.daily-scan', undefined), logger)).toEqual({ scanned: 'all' });
  });

  it('skips (and logs) a name the queue does not carry, including inherited object keys', async () => {
    const handlers: JobHandlers<'permits'> = { 'permits.daily-scan': async () => 'ran' };
    expect(await dispatchJob('permits', handlers, job('mail.send', {}), logger)).toEqual({ skipped: true });
    expect(await dispatchJob('permits', handlers, job('toString', {}), logger)).toEqual({ skipped: true });
    expect(logger.warn).toHaveBeenCalledWith('unknown job mail.send on queue permits');
  });

  it('types the handlers by queue: a missing, foreign or mistyped handler does not compile', () => {
    // @ts-expect-error the handler of 'matching.batch' is missing
    const missing: JobHandlers<'placements'> = { 'placements.daily-scan': async () => null };
    const foreign: JobHandlers<'permits'> = {
      'permits.daily-scan': async () => null,
      // @ts-expect-error 'mail.send' is not a job of the permits queue
      'mail.send': async () => null,
    };
    const mistyped: JobHandlers<'documents'> = {
      // @ts-expect-error RenderPermitJob has permitId, not runId
      'documents.render-permit': async (data) => data.runId,
    };
    const mailOnly: JobNameOf<'mail'>[] = ['mail.send'];
    expect([missing, foreign, mistyped, mailOnly]).toHaveLength(4);
  });
});
