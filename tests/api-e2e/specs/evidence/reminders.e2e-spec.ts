import { ScanReminders } from '@lotse/server/childminders';
import { OutboxService, QueueRegistry } from '@lotse/server/core';
import { createChildminder, recordEvidence, type ChildminderFixture } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture } from '../../../fixtures/factories';
import { TestContext } from '../../../support/test-app';
import { sleep, waitFor } from '../../../support/wait';

/**
 * The daily reminder scan: one mail per item and threshold, never twice — across repeated runs,
 * concurrent runs (API and worker process) and the real queue — and again once when the item expires.
 */
describe('evidence reminders', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let scanA: ScanReminders;
  let scanB: ScanReminders;

  const mails = (cm: ChildminderFixture) => ctx.mail.to(cm.email!);
  const settle = async () => {
    await ctx.drain();
    await sleep(300);
  };
  const on = (date: string) => ctx.clock.set(`${date}T05:00:00Z`);

  beforeAll(async () => {
    ctx = await TestContext.create({ worker: true, now: '2026-12-01T05:00:00Z' });
    tenant = await createTenant(ctx.ds, { slug: 'kamen' });
    // Two instances with their own connections: the API process and the worker process.
    scanA = ctx.api.get(ScanReminders);
    scanB = ctx.worker!.get(ScanReminders);
  });
  afterAll(() => ctx.close());

  it('the worker registers the daily schedules (06:00 Europe/Berlin)', async () => {
    const schedulers = await ctx.api.get(QueueRegistry).get('reminders').getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.name, s.pattern, s.tz]).sort()).toEqual([
      ['daily-evidence-reminder-scan', 'evidence.reminder-scan', '0 6 * * *', 'Europe/Berlin'],
      ['daily-good-conduct-purge', 'evidence.good-conduct-purge', '30 5 * * *', 'Europe/Berlin'],
    ]);
    // Every schedule of DAILY_JOB_SCHEDULES, registered in one place (core's JobSchedules).
    const all = await Promise.all(
      ['permits', 'placements', 'system'].map((q) =>
        ctx.api
          .get(QueueRegistry)
          .get(q as 'permits')
          .getJobSchedulers(),
      ),
    );
    expect(
      all
        .flat()
        .map((s) => [s.key, s.pattern])
        .sort(),
    ).toEqual([
      ['daily-permit-scan', '15 6 * * *'],
      ['daily-placement-scan', '30 6 * * *'],
      ['daily-retention', '15 3 * * *'],
    ]);
  });

  it('mails once when an item enters its warning window, however often the scan runs', async () => {
    const cm = await createChildminder(ctx.ds, tenant, { firstName: 'Jürgen', lastName: 'Weiß', status: 'applicant' });
    const item = await recordEvidence(ctx.ds, cm, { type: 'first_aid', date: '2025-03-10', units: 9 });
    on('2026-12-08');
    expect(await scanA.run()).toEqual({ reminders: 0, mails: 0 });
    on('2026-12-09');
    expect(await scanA.run()).toEqual({ reminders: 1, mails: 1 });
    await waitFor(() => mails(cm).length === 1, { what: 'the reminder mail' });
    expect(mails(cm)[0].subject).toBe('Erinnerung: Ihr Nachweis „Erste-Hilfe-Kurs am Kind“ läuft am 09.03.2027 ab');
    expect(mails(cm)[0].text).toContain('Guten Tag Jürgen Weiß,');
    expect(mails(cm)[0].text).toContain('noch bis zum 09.03.2027 gültig');

    for (let i = 0; i < 3; i++) expect(await scanA.run()).toEqual({ reminders: 0, mails: 0 });
    const concurrent = await Promise.all([scanA.run(), scanB.run()]);
    expect(concurrent).toEqual([
      { reminders: 0, mails: 0 },
      { reminders: 0, mails: 0 },
    ]);
    on('2027-01-15');
    expect(await scanB.run()).toEqual({ reminders: 0, mails: 0 });
    await settle();
    expect(mails(cm)).toHaveLength(1);
    const rows = await ctx.ds.query(`SELECT threshold FROM evidence_reminder WHERE evidence_item_id = $1`, [item.id]);
    expect(rows).toEqual([{ threshold: 'expiring' }]);

    // ... and once more when it has expired.
    on('2027-03-09');
    expect((await scanA.run()).reminders).toBe(0);
    on('2027-03-10');
    const [r1, r2] = await Promise.all([scanA.run(), scanB.run()]);
    expect(r1.reminders + r2.reminders).toBe(1);
    await waitFor(() => mails(cm).length === 2, { what: 'the expiry mail' });
    expect(mails(cm)[1].subject).toBe('Ihr Nachweis „Erste-Hilfe-Kurs am Kind“ ist abgelaufen');
    expect(await scanA.run()).toEqual({ reminders: 0, mails: 0 });
    await settle();
    expect(mails(cm)).toHaveLength(2);
    const events = await ctx.ds.query(
      `SELECT actor_id, details FROM childminder_event WHERE childminder_id = $1 AND type = 'reminder_sent' ORDER BY seq`,
      [cm.id],
    );
    expect(events.map((e: { actor_id: string | null; details: { threshold: string } }) => [e.actor_id, e.details.threshold])).toEqual([
      [null, 'expiring'],
      [null, 'expired'],
    ]);
  });

  it('many items, three scans at once across two processes: exactly one mail per item', async () => {
    on('2027-04-01');
    const files: ChildminderFixture[] = [];
    for (let i = 0; i < 25; i++) {
      const cm = await createChildminder(ctx.ds, tenant, { lastName: `Parallel${i}`, status: 'in_qualification' });
      // Continuing education of 2026-06-01 expires 2027-05-31: in the warning window on 2027-04-01.
      await recordEvidence(ctx.ds, cm, { type: 'continuing_education', date: '2026-06-01', units: 16 });
      files.push(cm);
    }
    const results = await Promise.all([scanA.run(), scanB.run(), scanA.run()]);
    expect(results.reduce((n, r) => n + r.reminders, 0)).toBe(25);
    await waitFor(() => files.every((f) => mails(f).length >= 1), { what: 'all 25 mails', timeoutMs: 30_000 });
    await settle();
    expect(files.map((f) => mails(f).length)).toEqual(files.map(() => 1));
    const [{ n }] = await ctx.ds.query(
      `SELECT count(*)::int AS n FROM outbox WHERE job_id LIKE 'reminder.%' AND payload->>'to' = ANY($1)`,
      [files.map((f) => f.email)],
    );
    expect(n).toBe(25);
  });

  it('an item found already expired gets only the expiry mail; superseded items, ended files and files without e-mail get none', async () => {
    on('2027-06-10');
    // An office of its own, scanned alone, so the items of the other tests do not count here.
    const tenant = await createTenant(ctx.ds, { slug: 'bergkamen' });
    const late = await createChildminder(ctx.ds, tenant, { status: 'applicant' });
    await recordEvidence(ctx.ds, late, { type: 'first_aid', date: '2025-01-10', units: 9 });
    const renewed = await createChildminder(ctx.ds, tenant, { status: 'applicant' });
    await recordEvidence(ctx.ds, renewed, { type: 'first_aid', date: '2025-01-10', units: 9 });
    await recordEvidence(ctx.ds, renewed, { type: 'first_aid', date: '2027-05-01', units: 9 });
    const ended = await createChildminder(ctx.ds, tenant, { status: 'ended' });
    await recordEvidence(ctx.ds, ended, { type: 'first_aid', date: '2025-01-10', units: 9 });
    const noMail = await createChildminder(ctx.ds, tenant, { account: false, email: null, status: 'applicant' });
    const noMailItem = await recordEvidence(ctx.ds, noMail, { type: 'first_aid', date: '2025-01-10', units: 9 });

    const r = await scanA.run({ tenantId: tenant.id });
    expect(r).toEqual({ reminders: 2, mails: 1 });
    await waitFor(() => mails(late).length === 1);
    expect(mails(late)[0].subject).toContain('ist abgelaufen');
    await settle();
    expect(mails(renewed)).toHaveLength(0);
    expect(mails(ended)).toHaveLength(0);
    // Without an address the reminder is recorded (advisor's worklist, timeline) but nobody is mailed.
    expect(await ctx.ds.query(`SELECT recipient FROM evidence_reminder WHERE evidence_item_id = $1`, [noMailItem.id])).toEqual([
      { recipient: null },
    ]);
  });

  it('the worker runs the scan as a queued job, too (outbox → queue → processor)', async () => {
    on('2027-09-01');
    const cm = await createChildminder(ctx.ds, tenant, { status: 'applicant' });
    await recordEvidence(ctx.ds, cm, { type: 'first_aid', date: '2025-10-01', units: 9 });
    await ctx.ds.transaction((m) =>
      ctx.api.get(OutboxService).plan(m, { name: 'evidence.reminder-scan', data: {}, jobId: 'manual-scan-1' }),
    );
    await waitFor(() => mails(cm).length === 1, { what: 'the mail from the queued scan' });
    expect(mails(cm)[0].subject).toContain('läuft am 30.09.2027 ab');
  });

  it('advisors see the open reminders of their office', async () => {
    on('2027-09-01');
    const advisor = await createUser(ctx.ds, tenant, 'advisor');
    const c = ctx.client();
    await c.login(advisor.email, TEST_PASSWORD);
    const res = await c.get('/api/evidence/reminders?pageSize=200');
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    const row = res.body.items.find((i: { childminderName: string }) => i.childminderName.startsWith('Katrin Parallel0'));
    expect(row).toMatchObject({ type: 'continuing_education', label: 'Fortbildung', status: 'expired', expiresOn: '2027-05-31' });
    // The queued scan of the previous test also sent the expiry mail.
    expect(row.remindersSent.map((s: { threshold: string }) => s.threshold)).toEqual(['expiring', 'expired']);
    const expiring = await c.get('/api/evidence/reminders?status=expiring&pageSize=200');
    expect(expiring.body.items.every((i: { status: string }) => i.status === 'expiring')).toBe(true);
    // Other offices see nothing of it.
    const unna = await createTenant(ctx.ds, { slug: 'unna' });
    const other = ctx.client();
    await other.login((await createUser(ctx.ds, unna, 'advisor')).email, TEST_PASSWORD);
    expect((await other.get('/api/evidence/reminders')).body.items).toEqual([]);
  });
});
