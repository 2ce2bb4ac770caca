import ICAL from 'ical.js';
import { ScanAppointmentReminders } from '@lotse/server/appointments';
import { QueueRegistry } from '@lotse/server/core';
import { createTenant, createUser, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import { TestContext } from '../../../support/test-app';

const berlin = (d: Date) =>
  new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'short', timeStyle: 'short' }).format(d);

/**
 * Appointments with the advisory service (issue 14): advisors publish slots, guests book and
 * confirm by mail, signed-in parents book directly, everybody can cancel; one booking per slot.
 */
describe('appointments', () => {
  let ctx: TestContext;
  let kamen: TenantFixture;
  let other: TenantFixture;
  let advisor: UserFixture;
  let otherAdvisor: UserFixture;
  let parent: UserFixture;
  let staff: ReturnType<TestContext['client']>;

  beforeAll(async () => {
    ctx = await TestContext.create({ worker: true, now: '2026-11-25T09:00:00Z' });
    kamen = await createTenant(ctx.ds, { name: 'Stadt Kamen', slug: 'kamen' });
    other = await createTenant(ctx.ds, { name: 'Stadt Unna', slug: 'unna' });
    advisor = await createUser(ctx.ds, kamen, 'advisor', { firstName: 'Anna', lastName: 'Berger' });
    otherAdvisor = await createUser(ctx.ds, other, 'advisor', { firstName: 'Uwe', lastName: 'Unna' });
    parent = await createUser(ctx.ds, kamen, 'parent', { firstName: 'Pia', lastName: 'Peters' });
    staff = ctx.client();
    await staff.login(advisor.email, advisor.password);
  });
  afterAll(() => ctx.close());

  async function slot(date: string, from: string, client = staff): Promise<string> {
    const res = await client.post('/api/appointments/slots', { date, from, durationMinutes: 30, location: 'Alte Villa, Raum 2' });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  const guest = (slotId: string, over: Record<string, unknown> = {}) => ({
    slotId,
    name: 'Ayşe Yılmaz',
    email: `ayse-${Math.random().toString(36).slice(2, 8)}@test.example`,
    role: 'parent',
    topic: 'care-search',
    topicText: 'Betreuung ab März für unsere Tochter',
    locale: 'tr',
    ...over,
  });

  async function linkIn(email: string, path: string): Promise<string> {
    await ctx.drain();
    const token = ctx.mail
      .to(email)
      .map((m) => new RegExp(`${path}\\?token=([A-Za-z0-9_-]{43})`).exec(m.text ?? '')?.[1])
      .filter(Boolean)
      .at(-1);
    expect(token).toBeTruthy();
    return token!;
  }

  const bookingsOf = async (slotId: string) =>
    (await ctx.ds.query(`SELECT status FROM appointment_booking WHERE slot_id = $1 ORDER BY created_at`, [slotId])).map(
      (r: { status: string }) => r.status,
    );

  it('advisor publishes a single slot and a series; past and overlapping slots are refused with a field', async () => {
    const id = await slot('2026-12-03', '15:00');
    const [row] = await ctx.ds.query(`SELECT starts_at, ends_at FROM appointment_slot WHERE id = $1`, [id]);
    expect(row.starts_at.toISOString()).toBe('2026-12-03T14:00:00.000Z');
    const past = await staff.post('/api/appointments/slots', { date: '2026-11-25', from: '09:30', durationMinutes: 30 });
    expect(past.status).toBe(400);
    expect(past.body.errors[0].field).toBe('from');
    const clash = await staff.post('/api/appointments/slots', { date: '2026-12-03', from: '15:15', durationMinutes: 30 });
    expect(clash.status).toBe(409);
    expect(clash.body.errors[0]).toMatchObject({ field: 'from', message: expect.stringContaining('03.12.2026 um 15:00') });
    // Mondays and Wednesdays of two weeks, 09:00–11:00 in 30 minutes: 4 days × 4 slots.
    const series = await staff.post('/api/appointments/slots/series', {
      fromDate: '2026-12-07',
      toDate: '2026-12-20',
      weekdays: [1, 3],
      from: '09:00',
      to: '11:00',
      durationMinutes: 30,
      byPhone: true,
    });
    expect(series.status).toBe(201);
    expect(series.body.created).toBe(16);
    const again = await staff.post('/api/appointments/slots/series', {
      fromDate: '2026-12-07',
      toDate: '2026-12-07',
      weekdays: [1],
      from: '10:45',
      to: '11:45',
      durationMinutes: 30,
    });
    expect(again.status).toBe(409);
    const bad = await staff.post('/api/appointments/slots/series', {
      fromDate: '2026-12-07',
      toDate: '2026-12-01',
      weekdays: [8],
      from: '09:00',
      to: '11:00',
      durationMinutes: 30,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('weekdays');
    // Parents cannot publish slots.
    const p = ctx.client();
    await p.login(parent.email, parent.password);
    expect((await p.post('/api/appointments/slots', { date: '2026-12-04', from: '10:00', durationMinutes: 30 })).status).toBe(403);
  });

  it('a guest books in Turkish, confirms by the link, gets the .ics (15:00 Berlin) and cancels by the link', async () => {
    const id = await slot('2026-12-10', '15:00');
    const pub = await ctx.client().get('/api/public/appointments/slots');
    expect(pub.status).toBe(200);
    const listed = pub.body.slots.find((s: { id: string }) => s.id === id);
    expect(listed).toMatchObject({ advisor: 'Anna B.', location: 'Alte Villa, Raum 2', startsAt: '2026-12-10T14:00:00.000Z' });
    expect(JSON.stringify(pub.body)).not.toContain('Berger');

    const body = guest(id);
    const res = await ctx.client().post('/api/public/appointments/bookings', body);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'pending', holdMinutes: 30 });
    expect(await bookingsOf(id)).toEqual(['pending']);
    // Held: no longer offered.
    expect((await ctx.client().get('/api/public/appointments/slots')).body.slots.map((s: { id: string }) => s.id)).not.toContain(id);

    const confirmToken = await linkIn(body.email, '/termine/bestaetigen');
    const confirmMail = ctx.mail.to(body.email).at(-1)!;
    expect(confirmMail.text).toContain('Lütfen randevunuzu');
    expect(confirmMail.text).toContain('Do., 10.12.2026, 15:00–15:30 Uhr');
    const outbox = JSON.stringify(await ctx.ds.query(`SELECT payload FROM outbox`));
    expect(outbox).not.toContain(confirmToken);

    const confirmed = await ctx.client().post('/api/public/appointments/confirm', { token: confirmToken });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', advisor: 'Anna B.' });
    expect((await ctx.client().post('/api/public/appointments/confirm', { token: confirmToken })).status).toBe(400);

    const cancelToken = await linkIn(body.email, '/termine/absagen');
    const booked = ctx.mail.to(body.email).find((m) => m.subject?.includes('bestätigt'))!;
    expect(booked.subject).toBe('Ihr Termin am Do., 10.12.2026 um 15:00 Uhr ist bestätigt');
    expect(booked.text).toContain('Alte Villa, Raum 2');
    const ics = booked.attachments.find((a) => a.filename === 'termin.ics');
    expect(ics?.contentType).toBe('text/calendar');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics!.content.toString('utf8'))).getFirstSubcomponent('vevent')!);
    expect(berlin(event.startDate.toJSDate())).toBe('10.12.26, 15:00');
    expect(berlin(event.endDate.toJSDate())).toBe('10.12.26, 15:30');
    expect(event.location).toContain('Alte Villa');

    const look = await ctx.client().post('/api/public/appointments/lookup', { token: cancelToken });
    expect(look.body).toMatchObject({ status: 'confirmed', startsAt: '2026-12-10T14:00:00.000Z' });
    const cancelled = await ctx.client().post('/api/public/appointments/cancel', { token: cancelToken });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await ctx.client().post('/api/public/appointments/cancel', { token: cancelToken })).status).toBe(400);
    expect((await ctx.client().get('/api/public/appointments/slots')).body.slots.map((s: { id: string }) => s.id)).toContain(id);

    const day = await staff.get('/api/appointments/day?date=2026-12-10');
    expect(day.status).toBe(200);
    const row = day.body.slots.find((s: { id: string }) => s.id === id);
    expect(row.state).toBe('free');
    expect(row.cancelled[0]).toMatchObject({ name: 'Ayşe Yılmaz', topic: 'care-search', cancelledBy: 'booker', email: body.email });
    await ctx.drain();
    expect(ctx.mail.to(body.email).some((m) => m.subject === 'Ihr Termin am Do., 10.12.2026 ist abgesagt')).toBe(true);
    const audit = await ctx.ds.query(`SELECT action FROM audit_event WHERE action LIKE 'appointment.%' ORDER BY occurred_at`);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['appointment.book', 'appointment.confirm', 'appointment.cancel', 'appointment.day_list']),
    );
  });

  it("refuses an invalid e-mail, a past slot, a taken slot and another office's slot with a field; a filled honeypot stores nothing", async () => {
    const id = await slot('2026-12-11', '10:00');
    const badMail = await ctx.client().post('/api/public/appointments/bookings', guest(id, { email: 'keine-adresse' }));
    expect(badMail.status).toBe(400);
    expect(badMail.body.errors.map((e: { field: string }) => e.field)).toContain('email');
    const longText = await ctx.client().post('/api/public/appointments/bookings', guest(id, { topicText: 'x'.repeat(501) }));
    expect(longText.status).toBe(400);
    expect(longText.body.errors.map((e: { field: string }) => e.field)).toContain('topicText');

    const [{ id: pastId }] = await ctx.ds.query(
      `INSERT INTO appointment_slot (tenant_id, advisor_id, starts_at, ends_at) VALUES ($1, $2, '2026-11-24T09:00:00Z', '2026-11-24T09:30:00Z') RETURNING id`,
      [kamen.id, advisor.id],
    );
    const past = await ctx.client().post('/api/public/appointments/bookings', guest(pastId));
    expect(past.status).toBe(400);
    expect(past.body.errors[0]).toMatchObject({ field: 'slotId', code: 'slotPast' });

    expect((await ctx.client().post('/api/public/appointments/bookings', guest(id))).status).toBe(202);
    const taken = await ctx.client().post('/api/public/appointments/bookings', guest(id));
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0]).toMatchObject({
      field: 'slotId',
      message: expect.stringMatching(/^Dieser Termin ist gerade vergeben worden/),
    });

    const unna = ctx.client();
    await unna.login(otherAdvisor.email, otherAdvisor.password);
    const unnaSlot = await slot('2026-12-11', '10:00', unna);
    expect((await ctx.client().post('/api/public/appointments/bookings', guest(unnaSlot))).status).toBe(404);
    expect((await ctx.client().post('/api/public/appointments/bookings', guest(unnaSlot, { tenantSlug: 'unna' }))).status).toBe(202);
    // Staff of one office do not see or delete the other's slots.
    expect((await staff.send('delete', `/api/appointments/slots/${unnaSlot}`)).status).toBe(404);
    expect((await unna.get('/api/appointments/day?date=2026-12-11')).body.slots.map((s: { id: string }) => s.id)).toEqual([unnaSlot]);

    const free = await slot('2026-12-11', '11:00');
    // The mails the bookings above planned are sent first, so only the honeypot's would count.
    await ctx.drain();
    const before = (await ctx.ds.query(`SELECT count(*)::int AS n FROM appointment_booking`))[0].n;
    const mailsBefore = ctx.mail.messages.length;
    const bot = await ctx
      .client()
      .post('/api/public/appointments/bookings', guest(free, { website: 'http://spam.example', email: 'bot@test.example' }));
    expect(bot.status).toBe(202);
    expect(bot.body.status).toBe('pending');
    await ctx.drain();
    expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM appointment_booking`))[0].n).toBe(before);
    expect(ctx.mail.messages.length).toBe(mailsBefore);
    expect(ctx.mail.to('bot@test.example')).toHaveLength(0);
  });

  it('20 concurrent bookings of one slot: exactly one succeeds, 19 get 409', async () => {
    const id = await slot('2026-12-14', '16:00');
    const clients = Array.from({ length: 20 }, () => ctx.client());
    await Promise.all(clients.map((c) => c.ensureXsrf()));
    const answers = await Promise.all(
      clients.map((c, i) => c.post('/api/public/appointments/bookings', guest(id, { email: `race-${i}@test.example` }))),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s >= 200 && s < 300)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(await bookingsOf(id)).toEqual(['pending']);
  });

  it('an unconfirmed hold lapses after 30 minutes: the slot can be booked again and the old link is void', async () => {
    const id = await slot('2026-12-15', '09:00');
    const first = guest(id);
    expect((await ctx.client().post('/api/public/appointments/bookings', first)).status).toBe(202);
    const oldToken = await linkIn(first.email, '/termine/bestaetigen');
    ctx.clock.set(new Date(ctx.clock.now().getTime() + 31 * 60_000));
    try {
      expect((await ctx.client().post('/api/public/appointments/bookings', guest(id))).status).toBe(202);
      expect((await ctx.client().post('/api/public/appointments/confirm', { token: oldToken })).status).toBe(400);
      expect(await bookingsOf(id)).toEqual(['expired', 'pending']);
    } finally {
      ctx.clock.set('2026-11-25T09:00:00Z');
    }
  });

  it('a signed-in parent books directly; the advisor cancels and the parent is told', async () => {
    const id = await slot('2026-12-16', '14:00');
    const p = ctx.client();
    await p.login(parent.email, parent.password);
    const res = await p.post('/api/appointments/bookings', { slotId: id, topic: 'fees-contract', topicText: 'Elternbeitrag' });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('confirmed');
    const mine = await p.get('/api/appointments/bookings/mine');
    expect(mine.body.map((b: { startsAt: string }) => b.startsAt)).toContain('2026-12-16T13:00:00.000Z');
    await ctx.drain();
    const booked = ctx.mail.to(parent.email).find((m) => m.subject?.includes('bestätigt'));
    expect(booked?.attachments.some((a) => a.filename === 'termin.ics')).toBe(true);

    const day = await staff.get('/api/appointments/day?date=2026-12-16');
    const row = day.body.slots.find((s: { id: string }) => s.id === id);
    expect(row).toMatchObject({
      state: 'booked',
      booking: { name: 'Pia Peters', role: 'parent', topic: 'fees-contract', email: parent.email },
    });
    // Another parent cannot cancel it; the booked slot cannot be deleted.
    const stranger = await createUser(ctx.ds, kamen, 'parent');
    const s = ctx.client();
    await s.login(stranger.email, stranger.password);
    expect((await s.post(`/api/appointments/bookings/${row.booking.id}/cancel`, {})).status).toBe(404);
    expect((await staff.send('delete', `/api/appointments/slots/${id}`)).status).toBe(409);

    const cancel = await staff.post(`/api/appointments/bookings/${row.booking.id}/cancel`, { reason: 'Krankheit' });
    expect(cancel.status).toBe(200);
    await ctx.drain();
    const notice = ctx.mail.to(parent.email).find((m) => m.subject?.includes('abgesagt'));
    expect(notice?.text).toContain('Grund: Krankheit');
    const after = (await staff.get('/api/appointments/day?date=2026-12-16')).body.slots.find((x: { id: string }) => x.id === id);
    expect(after.state).toBe('free');
    expect(after.cancelled[0]).toMatchObject({ cancelledBy: 'advisor', cancelReason: 'Krankheit' });
    expect((await staff.send('delete', `/api/appointments/slots/${id}`)).status).toBe(204);
  });

  it('the reminder the day before is sent once, however often the scan runs', async () => {
    const id = await slot('2026-12-18', '10:00');
    const body = guest(id, { locale: 'de' });
    await ctx.client().post('/api/public/appointments/bookings', body);
    await ctx.client().post('/api/public/appointments/confirm', { token: await linkIn(body.email, '/termine/bestaetigen') });
    await ctx.drain();
    const schedulers = await ctx.api.get(QueueRegistry).get('appointments').getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.name, s.pattern, s.tz])).toEqual([
      ['daily-appointment-reminders', 'appointments.reminder-scan', '0 16 * * *', 'Europe/Berlin'],
    ]);
    const scan = ctx.worker!.get(ScanAppointmentReminders);
    ctx.clock.set('2026-12-16T15:00:00Z');
    try {
      expect((await scan.execute()).reminders).toBe(0);
      ctx.clock.set('2026-12-17T15:00:00Z');
      expect((await scan.execute()).reminders).toBe(1);
      expect((await scan.execute()).reminders).toBe(0);
      await ctx.drain();
      const reminders = ctx.mail.to(body.email).filter((m) => m.subject?.startsWith('Erinnerung'));
      expect(reminders).toHaveLength(1);
      expect(reminders[0].subject).toBe('Erinnerung: Ihr Termin morgen um 10:00 Uhr');
      expect(reminders[0].text).toMatch(/\/termine\/absagen\?token=/);
      const [row] = await ctx.ds.query(`SELECT reminder_sent_at FROM appointment_booking WHERE slot_id = $1`, [id]);
      expect(row.reminder_sent_at).not.toBeNull();
    } finally {
      ctx.clock.set('2026-11-25T09:00:00Z');
    }
  });
});
