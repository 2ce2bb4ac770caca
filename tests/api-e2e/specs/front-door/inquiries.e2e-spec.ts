import { WeeklySummary } from '@lotse/server/inquiries';
import { QueueRegistry } from '@lotse/server/core';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import { TestContext } from '../../../support/test-app';
import { waitFor } from '../../../support/wait';

/**
 * Inquiries (issue 14): the public contact form with honeypot, field errors and rate limits; staff
 * entry; the due date in working days (weekends and NRW holidays skipped) under a controlled clock;
 * the queue's filters; status changes and notes (audited); other offices' 404; the coordinators'
 * weekly summary mail, once per ISO week.
 */
describe('inquiries', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let advisor: UserFixture;
  let admin: UserFixture;
  let staff: ReturnType<TestContext['client']>;
  let coordinator: ReturnType<TestContext['client']>;
  let ipCounter = 0;
  /** Each public post from its own client address (TRUST_PROXY=loopback), so the per-network limit is tested apart. */
  const fromNewAddress = () => ({ headers: { 'X-Forwarded-For': `198.51.100.${++ipCounter}` } });
  const count = async () => (await ctx.ds.query(`SELECT count(*)::int AS n FROM inquiry`))[0].n as number;
  const berlin = (local: string) => ctx.clock.set(new Date(`${local}+01:00`));
  let mailCounter = 0;
  const form = (over: Record<string, unknown> = {}) => ({
    name: 'Familie Yılmaz',
    email: `yilmaz${++mailCounter}@example.org`,
    message: 'Wir suchen ab August eine Tagesmutter in Methler. Wer kann uns beraten?',
    service: 'kindertagespflege',
    privacyNoticeAccepted: true,
    ...over,
  });

  beforeAll(async () => {
    ctx = await TestContext.create({
      worker: true,
      now: '2026-12-01T09:00:00Z',
      env: { TRUST_PROXY: 'loopback', REGISTRATIONS_PER_NETWORK_PER_HOUR: '3', MAIL_LINK_REQUESTS_PER_HOUR: '2' },
    });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen', slug: 'kamen' });
    advisor = await createUser(ctx.ds, tenant, 'advisor', { firstName: 'Sabine', lastName: 'Krüger' });
    admin = await createUser(ctx.ds, tenant, 'admin', { firstName: 'Petra', lastName: 'Lindner' });
    staff = ctx.client();
    await staff.login(advisor.email, TEST_PASSWORD);
    coordinator = ctx.client();
    await coordinator.login(admin.email, TEST_PASSWORD);
  }, 240_000);
  afterAll(() => ctx.close(), 120_000);

  describe('public contact form', () => {
    it('stores a form inquiry with a due date two working days ahead, answers 202 and audits it', async () => {
      berlin('2026-12-01T11:00:00'); // Tuesday
      const res = await ctx.client().post('/api/public/inquiries', form(), fromNewAddress());
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ message: expect.stringContaining('innerhalb von 2 Werktagen'), responseWorkingDays: 2 });
      const [row] = await ctx.ds.query(
        `SELECT id, channel, status, service, reference, to_char(due_on, 'YYYY-MM-DD') AS due_on, due_at FROM inquiry`,
      );
      expect(row).toMatchObject({
        channel: 'form',
        status: 'new',
        service: 'kindertagespflege',
        reference: '2026-0001',
        due_on: '2026-12-03',
      });
      expect((row.due_at as Date).toISOString()).toBe('2026-12-03T23:00:00.000Z'); // end of Thursday in Berlin
      const [audit] = await ctx.ds.query(`SELECT action, actor_id, outcome FROM audit_event WHERE target_id = $1`, [row.id]);
      expect(audit).toEqual({ action: 'inquiry.create', actor_id: null, outcome: 'ok' });
    });

    it('the honeypot: a filled "website" gets the same 202 and nothing is stored', async () => {
      const before = await count();
      const res = await ctx.client().post('/api/public/inquiries', form({ website: 'https://spam.example' }), fromNewAddress());
      expect(res.status).toBe(202);
      expect(res.body.responseWorkingDays).toBe(2);
      expect(await count()).toBe(before);
    });

    it.each([
      ['an invalid e-mail', { email: 'keine-adresse' }, 'email', 'gültige E-Mail-Adresse'],
      ['neither e-mail nor phone', { email: '', phone: '' }, 'email', 'E-Mail-Adresse oder eine Telefonnummer'],
      ['a message over 2000 characters', { message: 'x'.repeat(2001) }, 'message', 'Höchstens 2000 Zeichen'],
      ['an unknown service', { service: 'astrologie' }, 'service', 'Erlaubt sind nur'],
      ['no privacy consent', { privacyNoticeAccepted: false }, 'privacyNoticeAccepted', 'Datenschutzhinweise'],
      ['a malformed phone number', { email: undefined, phone: 'ruf mich an' }, 'phone', 'Telefonnummer'],
    ])('refuses %s with a German field message and stores nothing', async (_what, over, field, text) => {
      const before = await count();
      const res = await ctx.client().post('/api/public/inquiries', form(over), fromNewAddress());
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      expect(JSON.stringify(res.body.errors)).toContain(text);
      expect(await count()).toBe(before);
    });

    it('accepts a phone number instead of an e-mail address', async () => {
      const res = await ctx.client().post('/api/public/inquiries', form({ email: undefined, phone: '02307 123456' }), fromNewAddress());
      expect(res.status).toBe(202);
    });

    it('needs the XSRF token like every write, and 404s an unknown office', async () => {
      expect((await ctx.client().post('/api/public/inquiries', form(), { xsrf: false, ...fromNewAddress() })).status).toBe(403);
      expect((await ctx.client().post('/api/public/offices/nirgendwo/inquiries', form(), fromNewAddress())).status).toBe(404);
      expect(
        (await ctx.client().post('/api/public/offices/kamen/inquiries', form({ email: 'slug@example.org' }), fromNewAddress())).status,
      ).toBe(202);
    });

    it('rate-limits per client address (3 an hour here) and per e-mail address (2 an hour here): 429', async () => {
      const same = { headers: { 'X-Forwarded-For': '203.0.113.77' } };
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await ctx.client().post('/api/public/inquiries', form({ email: `netz${i}@example.org` }), same)).status);
      expect(statuses).toEqual([202, 202, 202, 429]);
      const limited = await ctx.client().post('/api/public/inquiries', form({ email: 'netz9@example.org' }), same);
      expect(limited.status).toBe(429);
      expect(limited.body.message).toContain('Zu viele Anfragen');
      expect(limited.headers['retry-after']).toBeDefined();
      // Per e-mail address, whatever the client address.
      const byMail: number[] = [];
      for (let i = 0; i < 3; i++)
        byMail.push(
          (await ctx.client().post('/api/public/inquiries', form({ email: 'immer.dieselbe@example.org' }), fromNewAddress())).status,
        );
      expect(byMail).toEqual([202, 202, 429]);
    });
  });

  describe('staff entry, due dates and the queue', () => {
    let callId: string;

    it("a caller's inquiry on Thursday 24 Dec 2026 is due Tuesday 29 Dec (Christmas and the weekend skipped)", async () => {
      berlin('2026-12-24T10:30:00');
      const res = await staff.post('/api/inquiries', {
        channel: 'phone',
        name: 'Herr Weber',
        phone: '02307 998877',
        service: 'erziehungsberatung',
        message: 'Rückruf erbeten wegen Schulproblemen des Sohnes.',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        channel: 'phone',
        status: 'new',
        dueDate: '2026-12-29',
        dueAt: '2026-12-29T23:00:00.000Z',
        overdue: false,
        enteredBy: 'Sabine Krüger',
      });
      expect(res.body.events.map((e: { kind: string }) => e.kind)).toEqual(['created']);
      callId = res.body.id;
    });

    it('is not overdue on its due day, overdue from the next day, and the filter finds it', async () => {
      berlin('2026-12-29T23:59:00');
      expect((await staff.get(`/api/inquiries/${callId}`)).body.overdue).toBe(false);
      berlin('2026-12-30T00:00:00');
      expect((await staff.get(`/api/inquiries/${callId}`)).body.overdue).toBe(true);
      const overdue = await staff.get('/api/inquiries?overdue=true');
      expect(overdue.body.items.map((i: { id: string }) => i.id)).toContain(callId);
      expect(overdue.body.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
      const notOverdue = await staff.get('/api/inquiries?overdue=false');
      expect(notOverdue.body.items.map((i: { id: string }) => i.id)).not.toContain(callId);
      const byService = await staff.get('/api/inquiries?service=erziehungsberatung&status=new');
      expect(byService.body.items.map((i: { id: string }) => i.id)).toEqual([callId]);
      expect((await staff.get('/api/inquiries?assignee=none&service=erziehungsberatung')).body.total).toBe(1);
      expect((await staff.get('/api/inquiries?assignee=me&service=erziehungsberatung')).body.total).toBe(0);
    });

    it('refuses bad staff input with field messages', async () => {
      const base = { channel: 'phone', name: 'X', phone: '0171 1234567', service: 'allgemein', message: 'Test' };
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ channel: 'form' }, 'channel'],
        [{ service: undefined }, 'service'],
        [{ receivedAt: '2027-06-01T10:00:00Z' }, 'receivedAt'],
        [{ assigneeId: '7b6f2a4e-0d3c-4c1b-9e55-1a2b3c4d5e6f' }, 'assigneeId'],
        [{ email: 'kaputt' }, 'email'],
      ];
      const before = await count();
      for (const [over, field] of cases) {
        const res = await staff.post('/api/inquiries', { ...base, ...over });
        expect([res.status, res.body.errors.map((e: { field: string }) => e.field)]).toEqual([400, [field]]);
      }
      expect(await count()).toBe(before);
    });

    it('assigns, takes into work, notes and answers: version-checked, every step audited', async () => {
      const start = (await staff.get(`/api/inquiries/${callId}`)).body;
      const assigned = await staff.patch(`/api/inquiries/${callId}`, { version: start.version, assigneeId: advisor.id });
      expect(assigned.status).toBe(200);
      expect(assigned.body.assignee).toEqual({ id: advisor.id, name: 'Sabine Krüger' });
      expect((await staff.patch(`/api/inquiries/${callId}`, { version: start.version, service: 'allgemein' })).status).toBe(409);
      const working = await staff.post(`/api/inquiries/${callId}/status`, { version: assigned.body.version, status: 'in_progress' });
      expect(working.body.status).toBe('in_progress');
      const noted = await staff.post(`/api/inquiries/${callId}/notes`, { text: 'Zweimal angerufen, nicht erreicht.' });
      expect(noted.status).toBe(201);
      const noReason = await staff.post(`/api/inquiries/${callId}/status`, { version: noted.body.version, status: 'forwarded' });
      expect([noReason.status, noReason.body.errors[0].field]).toEqual([400, 'note']);
      const answered = await staff.post(`/api/inquiries/${callId}/status`, {
        version: noted.body.version,
        status: 'answered',
        note: 'Termin in der Erziehungsberatung vereinbart.',
      });
      expect(answered.body).toMatchObject({ status: 'answered', overdue: false, answeredAt: '2026-12-29T23:00:00.000Z' });
      expect(answered.body.events.map((e: { kind: string; toStatus: string | null }) => `${e.kind}:${e.toStatus ?? ''}`)).toEqual([
        'created:new',
        'assignment:',
        'status:in_progress',
        'note:',
        'status:answered',
      ]);
      const reopen = await staff.post(`/api/inquiries/${callId}/status`, { version: answered.body.version, status: 'in_progress' });
      expect(reopen.status).toBe(422);
      const actions = (await ctx.ds.query(`SELECT action FROM audit_event WHERE target_id = $1 ORDER BY occurred_at, id`, [callId])).map(
        (a: { action: string }) => a.action,
      );
      expect(actions).toEqual(
        expect.arrayContaining(['inquiry.create', 'inquiry.read', 'inquiry.update', 'inquiry.status', 'inquiry.note']),
      );
      const [list] = await ctx.ds.query(`SELECT details FROM audit_event WHERE action = 'inquiry.list' ORDER BY occurred_at DESC LIMIT 1`);
      expect(list.details.ids).toBeInstanceOf(Array);
    });

    it("another office's staff get 404 (audited), parents and childminders 403", async () => {
      const other = await createTenant(ctx.ds, { slug: 'unna' });
      const stranger = ctx.client();
      await stranger.login((await createUser(ctx.ds, other, 'admin')).email, TEST_PASSWORD);
      expect((await stranger.get(`/api/inquiries/${callId}`)).status).toBe(404);
      expect((await stranger.post(`/api/inquiries/${callId}/notes`, { text: 'x' })).status).toBe(404);
      expect((await stranger.get('/api/inquiries?status=answered')).body.items).toEqual([]);
      const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied' AND target_id = $1`, [
        callId,
      ]);
      expect(n).toBe(2);
      for (const role of ['parent', 'childminder'] as const) {
        const c = ctx.client();
        await c.login((await createUser(ctx.ds, tenant, role)).email, TEST_PASSWORD);
        expect((await c.get('/api/inquiries')).status).toBe(403);
        expect((await c.get(`/api/inquiries/${callId}`)).status).toBe(403);
      }
    });

    it('the admin sets the response target (1–20 working days); new inquiries follow it, old ones keep theirs', async () => {
      expect((await staff.put('/api/inquiries/settings', { version: 1, responseWorkingDays: 3 })).status).toBe(403);
      const current = (await coordinator.get('/api/inquiries/settings')).body;
      expect(current).toEqual({ responseWorkingDays: 2, version: expect.any(Number) });
      const bad = await coordinator.put('/api/inquiries/settings', { version: current.version, responseWorkingDays: 0 });
      expect([bad.status, bad.body.errors[0].field]).toEqual([400, 'responseWorkingDays']);
      const saved = await coordinator.put('/api/inquiries/settings', { version: current.version, responseWorkingDays: 5 });
      expect(saved.body.responseWorkingDays).toBe(5);
      expect((await coordinator.put('/api/inquiries/settings', { version: current.version, responseWorkingDays: 4 })).status).toBe(409);
      berlin('2026-12-31T09:00:00'); // Thursday; 1 Jan 2027 is a holiday
      const res = await staff.post('/api/inquiries', {
        channel: 'answering_machine',
        name: 'Frau Kaya',
        phone: '0176 5554443',
        service: 'gefluechtete',
        message: 'Bitte um Rückruf.',
      });
      expect(res.body.dueDate).toBe('2027-01-08'); // Mon 4 … Fri 8 Jan
      expect((await staff.get(`/api/inquiries/${callId}`)).body.dueDate).toBe('2026-12-29');
      await coordinator.put('/api/inquiries/settings', { version: saved.body.version, responseWorkingDays: 2 });
    });
  });

  describe("the coordinators' weekly summary", () => {
    it('is registered as a weekly job (Monday 07:00 Europe/Berlin)', async () => {
      const schedulers = await ctx.api.get(QueueRegistry).get('inquiries').getJobSchedulers();
      expect(schedulers.map((s) => [s.key, s.name, s.pattern, s.tz])).toEqual([
        ['weekly-inquiry-summary', 'inquiries.weekly-summary', '0 7 * * 1', 'Europe/Berlin'],
      ]);
    });

    it('mails the overdue phone inquiry (no names, no messages) to every admin, once per ISO week', async () => {
      berlin('2026-12-29T09:00:00'); // Tuesday: a second caller, due Thursday 31 Dec
      const late = await staff.post('/api/inquiries', {
        channel: 'phone',
        name: 'Frau Heimlich',
        phone: '02307 111222',
        service: 'familienhebamme',
        message: 'Geheimer Inhalt der Nachricht',
      });
      expect(late.body.dueDate).toBe('2026-12-31');
      const admin2 = await createUser(ctx.ds, tenant, 'admin', { firstName: 'Karl', lastName: 'Zweit' });
      berlin('2027-01-04T07:00:00'); // Monday: the week before is 2026-W53 (28 Dec – 3 Jan)
      const summary = ctx.worker!.get(WeeklySummary);
      const first = await summary.execute(tenant.id);
      expect(first).toEqual({ offices: 1, mails: 2, skipped: 0 });
      expect(await summary.execute(tenant.id)).toEqual({ offices: 0, mails: 0, skipped: 1 });
      await waitFor(() => ctx.mail.to(admin.email).length === 1 && ctx.mail.to(admin2.email).length === 1, { what: 'the summary mails' });
      await ctx.drain();
      const [mail] = ctx.mail.to(admin.email);
      expect(ctx.mail.to(admin.email)).toHaveLength(1);
      expect(mail.subject).toMatch(/^Anfragen der Woche 53\/2026: \d+ überfällig$/);
      const text = mail.text ?? '';
      expect(text).toContain('Woche 53/2026 (28.12.2026 bis 03.01.2027)');
      expect(text).toContain(`Eingegangen: 2`); // 29 Dec (Heimlich) and 31 Dec (Kaya)
      expect(text).toContain(`Beantwortet: 1`); // Weber, answered on 30 Dec
      expect(text).toMatch(
        /Familienhebamme · Telefon · eingegangen 29\.12\.2026 · fällig 31\.12\.2026 \(1 Werktag überfällig\) · nicht zugewiesen/,
      );
      expect(text).toMatch(/Familienhebamme: 1 \/ 1 \/ 1/);
      expect(text).not.toContain('Heimlich');
      expect(text).not.toContain('Geheimer Inhalt');
      expect(text).not.toContain('02307 111222');
      const [stamp] = await ctx.ds.query(`SELECT iso_week, recipients FROM inquiry_weekly_summary WHERE tenant_id = $1`, [tenant.id]);
      expect(stamp).toEqual({ iso_week: '2026-W53', recipients: 2 });
    });
  });
});
