import { createTenant, createUser } from '../../../fixtures/factories';
import { TestContext } from '../../../support/test-app';

/** The public booking form is rate-limited per e-mail and per client network (the registration limiter). */
describe('appointments: rate limit of the public booking form', () => {
  let ctx: TestContext;
  const slots: string[] = [];

  beforeAll(async () => {
    ctx = await TestContext.create({
      now: '2026-11-25T09:00:00Z',
      env: { MAIL_LINK_REQUESTS_PER_HOUR: '2', REGISTRATIONS_PER_NETWORK_PER_HOUR: '4' },
    });
    const kamen = await createTenant(ctx.ds, { name: 'Stadt Kamen', slug: 'kamen' });
    const advisor = await createUser(ctx.ds, kamen, 'advisor');
    const staff = ctx.client();
    await staff.login(advisor.email, advisor.password);
    const res = await staff.post('/api/appointments/slots/series', {
      fromDate: '2026-12-01',
      toDate: '2026-12-01',
      weekdays: [2],
      from: '09:00',
      to: '12:00',
      durationMinutes: 30,
    });
    slots.push(...res.body.slots.map((s: { id: string }) => s.id));
  });
  afterAll(() => ctx.close());

  const body = (slotId: string, email: string) => ({
    slotId,
    name: 'Test',
    email,
    role: 'prospective-childminder',
    topic: 'becoming-childminder',
  });

  it('answers 429 after 2 bookings per e-mail and after 4 per client network, storing nothing more', async () => {
    const c = ctx.client();
    expect((await c.post('/api/public/appointments/bookings', body(slots[0], 'viel@test.example'))).status).toBe(202);
    expect((await c.post('/api/public/appointments/bookings', body(slots[1], 'viel@test.example'))).status).toBe(202);
    const third = await c.post('/api/public/appointments/bookings', body(slots[2], 'VIEL@test.example'));
    expect(third.status).toBe(429);
    expect(third.headers['retry-after']).toBeDefined();
    expect((await c.post('/api/public/appointments/bookings', body(slots[2], 'anders@test.example'))).status).toBe(202);
    // The network's fifth request within the hour.
    const fifth = await c.post('/api/public/appointments/bookings', body(slots[3], 'noch-eine@test.example'));
    expect(fifth.status).toBe(429);
    const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM appointment_booking`);
    expect(n).toBe(3);
  });
});
