import { RenderPermit, ScanPermits } from '@lotse/server/permits';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChildminder, type ChildminderFixture } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import {
  GRANT_WITH_CONDITION,
  HOME_VISIT,
  INTERVIEW,
  makeLargeDayCare,
  readyApplicant,
  withValidEvidence,
} from '../../../fixtures/permits';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';
import { sleep, waitFor } from '../../../support/wait';

describe('care permit (§ 43 SGB VIII): apply, check, decide, issue, PDF', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let advisor: UserFixture;
  let advisor2: UserFixture;
  let asAdvisor: ApiClient;

  const as = async (email: string) => {
    const c = ctx.client();
    await c.login(email, TEST_PASSWORD);
    return c;
  };
  /** Applies as the childminder and records a home visit and the interview as the advisor; returns the application id. */
  const prepare = async (cm: ChildminderFixture, advisorClient = asAdvisor) => {
    const own = await as(cm.user!.email);
    const applied = await own.post('/api/permit-applications', { kind: 'initial', requestedMaxChildren: 5 });
    expect(applied.status).toBe(201);
    const check = await advisorClient.post(`/api/permit-applications/${applied.body.id}/checks`, HOME_VISIT);
    expect(check.status).toBe(201);
    expect((await advisorClient.post(`/api/permit-applications/${applied.body.id}/checks`, INTERVIEW)).status).toBe(201);
    return applied.body.id as string;
  };

  beforeAll(async () => {
    ctx = await TestContext.create({ worker: true, now: '2026-11-25T09:00:00Z' });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen' });
    advisor = await createUser(ctx.ds, tenant, 'advisor', { firstName: 'Sabine', lastName: 'Krüger' });
    advisor2 = await createUser(ctx.ds, tenant, 'advisor', { firstName: 'Thomas', lastName: 'Özdemir' });
    asAdvisor = await as(advisor.email);
  });
  afterAll(() => ctx.close());

  it('issues a permit with a condition; the PDF reads back right and is mailed once', async () => {
    const cm = await readyApplicant(ctx.ds, tenant, { firstName: 'Jürgen', lastName: 'Weiß-Äöü' });
    await ctx.ds.query(`UPDATE childminder SET street = 'Nordstraße 12' WHERE id = $1`, [cm.id]);
    const appId = await prepare(cm);

    const queue = await asAdvisor.get('/api/permit-applications');
    const entry = queue.body.items.find((a: { id: string }) => a.id === appId);
    expect(entry).toMatchObject({ status: 'in_review', blocking: [] });

    const res = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, GRANT_WITH_CONDITION);
    expect(res.status).toBe(201);
    const permit = res.body.permit;
    expect(permit).toMatchObject({
      status: 'issued',
      number: 'KAM-2026-0001',
      maxChildren: 4,
      validFrom: '2026-12-01',
      validUntil: '2031-11-30',
    });
    const [{ status }] = await ctx.ds.query(`SELECT status FROM childminder WHERE id = $1`, [cm.id]);
    expect(status).toBe('active');

    const mail = await waitFor(() => ctx.mail.to(cm.email!)[0], { what: 'the permit mail', timeoutMs: 30_000 });
    expect(mail.subject).toBe('Ihre Pflegeerlaubnis KAM-2026-0001');
    const pdf = mail.attachments[0];
    expect(pdf.contentType).toBe('application/pdf');

    const dir = mkdtempSync(join(tmpdir(), 'permit-e2e-'));
    const file = join(dir, 'permit.pdf');
    writeFileSync(file, pdf.content);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const s of [
      'KAM-2026-0001',
      'Jürgen Weiß-Äöü',
      'Nordstraße 12, 59174 Kamen',
      'höchstens 4',
      '01.12.2026',
      '30.11.2031',
      'Der Gartenteich ist kindersicher abzudecken.',
      'Spielzimmer (EG), Schlafraum (EG)',
      'Rechtsbehelfsbelehrung',
    ]) {
      expect(text).toContain(s);
    }
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);

    // The holder downloads the same bytes; the download is audited.
    const own = await as(cm.user!.email);
    const download = await own.download(`/api/permits/${permit.id}/pdf`);
    expect(download.status).toBe(200);
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(sha(download.body as Buffer)).toBe(sha(pdf.content));
    const [{ sha256 }] = await ctx.ds.query(`SELECT d.sha256 FROM permit p JOIN document d ON d.id = p.document_id WHERE p.id = $1`, [
      permit.id,
    ]);
    expect(sha256).toBe(sha(pdf.content));
    const audit = await ctx.ds.query(`SELECT 1 FROM audit_event WHERE action = 'permit.download' AND actor_id = $1 AND target_id = $2`, [
      cm.user!.id,
      permit.id,
    ]);
    expect(audit).toHaveLength(1);

    // A re-run of the render job (retry after a crash past rendering) changes nothing and sends nothing.
    const render = ctx.worker!.get(RenderPermit);
    const again = await Promise.all([render.run(permit.id), render.run(permit.id)]);
    expect(again.every((r) => r.rendered === false)).toBe(true);
    await ctx.drain();
    await sleep(500);
    const docs = await ctx.ds.query(`SELECT count(*)::int AS n FROM document WHERE purpose = 'permit'`);
    expect(docs[0].n).toBe(1);
    expect(ctx.mail.to(cm.email!)).toHaveLength(1);
    const [{ sha256: after }] = await ctx.ds.query(
      `SELECT d.sha256 FROM permit p JOIN document d ON d.id = p.document_id WHERE p.id = $1`,
      [permit.id],
    );
    expect(after).toBe(sha256);
  });

  it('two render jobs racing for a new permit leave exactly one document and one e-mail', async () => {
    const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Race' });
    const appId = await prepare(cm);
    await ctx.stopWorker();
    const res = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, { decision: 'grant', maxChildren: 5 });
    expect(res.status).toBe(201);
    const render = ctx.api.get(RenderPermit);
    const results = await Promise.all([render.run(res.body.permit.id), render.run(res.body.permit.id), render.run(res.body.permit.id)]);
    expect(results.filter((r) => r.rendered)).toHaveLength(1);
    await ctx.startWorker();
    await waitFor(() => ctx.mail.to(cm.email!).length === 1, { timeoutMs: 30_000 });
    await ctx.drain();
    await sleep(500);
    expect(ctx.mail.to(cm.email!)).toHaveLength(1);
    const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM document d JOIN permit p ON p.document_id = d.id WHERE p.id = $1`, [
      res.body.permit.id,
    ]);
    expect(n).toBe(1);
  });

  it('refuses to issue while mandatory evidence is missing or expired, item by item', async () => {
    const cm = await createChildminder(ctx.ds, tenant, { status: 'applicant', lastName: 'Unvollständig' });
    await withValidEvidence(ctx.ds, cm, ['first_aid', 'medical_certificate']);
    // First aid from 2024-10-01 expired on 2026-09-30.
    const { recordEvidence } = await import('../../../fixtures/childminders');
    await recordEvidence(ctx.ds, cm, { type: 'first_aid', date: '2024-10-01', units: 9 });
    const appId = await prepare(cm);
    const res = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, { decision: 'grant', maxChildren: 5 });
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/Pflichtnachweis/);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['evidence.first_aid', 'evidence.medical_certificate']));
    expect(res.body.errors.find((e: { field: string }) => e.field === 'evidence.first_aid').message).toContain('Abgelaufen am 30.09.2026');
    const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM permit WHERE childminder_id = $1`, [cm.id]);
    expect(n).toBe(0);
  });

  it('refuses 6 children and fewer than 5 without a reason', async () => {
    const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Sechs' });
    const appId = await prepare(cm);
    const six = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, { decision: 'grant', maxChildren: 6 });
    expect(six.status).toBe(422);
    expect(six.body.errors[0]).toMatchObject({ field: 'maxChildren', code: 'maxChildren' });
    const three = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, { decision: 'grant', maxChildren: 3 });
    expect(three.status).toBe(422);
    expect(three.body.errors[0]).toMatchObject({ field: 'reasonForFewerChildren', code: 'reasonRequired' });
  });

  it('grants three childminders at a Großtagespflege a permit for 5 each and refuses a 4th childminder', async () => {
    const site = 'Großtagespflege Sonnenschein';
    for (const n of [1, 2, 3]) {
      const cm = await readyApplicant(ctx.ds, tenant, { lastName: `Site${n}` });
      await makeLargeDayCare(ctx.ds, cm, site);
      const appId = await prepare(cm);
      // Before: the permits' numbers were added up (5 + 5 > 9 was refused); the 9 limits children present per slot.
      const res = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, {
        decision: 'grant_with_conditions',
        maxChildren: 5,
        conditions: ['Nur in der Großtagespflegestelle.'],
      });
      expect(res.status).toBe(201);
    }
    const fourth = await readyApplicant(ctx.ds, tenant, { lastName: 'Site4' });
    await makeLargeDayCare(ctx.ds, fourth, site);
    const appId = await prepare(fourth);
    const res = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, {
      decision: 'grant_with_conditions',
      maxChildren: 1,
      reasonForFewerChildren: 'Aushilfe',
      conditions: ['x'],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { code: string }) => e.code)).toEqual(['siteChildminders']);
  });

  it('20 concurrent issue requests get 20 distinct, gap-free numbers', async () => {
    const other = await createTenant(ctx.ds, { name: 'Kreisstadt Unna' });
    const adv = await createUser(ctx.ds, other, 'advisor');
    const advClient = await as(adv.email);
    const apps: string[] = [];
    for (let i = 0; i < 20; i++) {
      const cm = await readyApplicant(ctx.ds, other, { lastName: `Parallel${i}` });
      apps.push(await prepare(cm, advClient));
    }
    const results = await Promise.all(
      apps.map((id) => advClient.post(`/api/permit-applications/${id}/decision`, { decision: 'grant', maxChildren: 5 })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers = results.map((r) => r.body.permit.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `KAM-2026-${String(i + 1).padStart(4, '0')}`));
  });

  it('four eyes: a draft waits for a second advisor, who cannot be the first', async () => {
    await ctx.ds.query(`UPDATE tenant SET settings = jsonb_set(settings, '{permit}', '{"fourEyes": true}') WHERE id = $1`, [tenant.id]);
    try {
      const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'VierAugen' });
      const appId = await prepare(cm);
      const decided = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, { decision: 'grant', maxChildren: 5 });
      expect(decided.body.permit).toMatchObject({ status: 'draft', number: null });
      const self = await asAdvisor.post(`/api/permits/${decided.body.permit.id}/approve`);
      expect(self.status).toBe(403);
      const second = await (await as(advisor2.email)).post(`/api/permits/${decided.body.permit.id}/approve`);
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({ status: 'issued', approvedBy: 'Thomas Özdemir' });
      expect(second.body.number).toMatch(/^KAM-2026-\d{4}$/);
    } finally {
      await ctx.ds.query(`UPDATE tenant SET settings = settings - 'permit' WHERE id = $1`, [tenant.id]);
    }
  });

  it("nobody else reads a holder's permit: another childminder 404 (audited), a parent 403", async () => {
    const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Privat' });
    const appId = await prepare(cm);
    const { body } = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, { decision: 'grant', maxChildren: 5 });
    const stranger = await createChildminder(ctx.ds, tenant, { lastName: 'Fremd' });
    const asStranger = await as(stranger.user!.email);
    expect((await asStranger.get(`/api/permits/${body.permit.id}`)).status).toBe(404);
    expect((await asStranger.get(`/api/permits/${body.permit.id}/pdf`)).status).toBe(404);
    const denied = await ctx.ds.query(`SELECT 1 FROM audit_event WHERE action = 'access.denied' AND actor_id = $1`, [stranger.user!.id]);
    expect(denied.length).toBeGreaterThanOrEqual(2);
    const parent = await createUser(ctx.ds, tenant, 'parent');
    expect((await (await as(parent.email)).get(`/api/permits/${body.permit.id}`)).status).toBe(403);
    const mine = await (await as(cm.user!.email)).get('/api/permits/mine');
    expect(mine.body.map((p: { id: string }) => p.id)).toEqual([body.permit.id]);
  });

  it('reminds holder and advisor 6 and 1 months before expiry, once each, and expires the permit', async () => {
    const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Erinnerung' });
    const appId = await prepare(cm);
    const { body } = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, {
      decision: 'grant',
      maxChildren: 5,
      validFrom: '2026-11-25',
    });
    expect(body.permit.validUntil).toBe('2031-11-24');
    await waitFor(() => ctx.mail.to(cm.email!).length === 1, { timeoutMs: 30_000 });
    const scan = ctx.worker!.get(ScanPermits);
    const subjects = () =>
      ctx.mail
        .to(cm.email!)
        .map((m) => m.subject)
        .filter((s) => s?.includes('läuft'));
    const advisorMails = () => ctx.mail.to(advisor.email).filter((m) => m.subject?.includes(body.permit.number));

    ctx.clock.set('2031-05-23T08:00:00Z');
    await scan.run();
    expect(subjects()).toHaveLength(0);
    ctx.clock.set('2031-05-24T08:00:00Z');
    await Promise.all([scan.run(), scan.run()]);
    await scan.run();
    await ctx.drain();
    await sleep(300);
    expect(subjects()).toEqual([`Pflegeerlaubnis ${body.permit.number} läuft am 24.11.2031 ab`]);
    expect(advisorMails()).toHaveLength(1);

    ctx.clock.set('2031-10-24T08:00:00Z');
    await scan.run();
    await scan.run();
    await ctx.drain();
    await sleep(300);
    expect(subjects()).toHaveLength(2);
    expect(advisorMails()).toHaveLength(2);

    ctx.clock.set('2031-11-25T08:00:00Z');
    await scan.run();
    const [{ status }] = await ctx.ds.query(`SELECT status FROM permit WHERE id = $1`, [body.permit.id]);
    expect(status).toBe('expired');
    ctx.clock.set('2026-11-25T09:00:00Z');
  });

  it('a renewal issues a new permit with a new number and supersedes the old one', async () => {
    const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Verlängerung' });
    const first = (await asAdvisor.post(`/api/permit-applications/${await prepare(cm)}/decision`, { decision: 'grant', maxChildren: 5 }))
      .body.permit;
    const own = await as(cm.user!.email);
    const again = await own.post('/api/permit-applications', { kind: 'initial', requestedMaxChildren: 5 });
    expect(again.status).toBe(422);
    const renewal = await own.post('/api/permit-applications', {
      kind: 'renewal',
      requestedMaxChildren: 5,
      note: 'Verlängerung nach fünf Jahren',
    });
    expect(renewal.status).toBe(201);
    expect((await asAdvisor.post(`/api/permit-applications/${renewal.body.id}/checks`, HOME_VISIT)).status).toBe(201);
    expect((await asAdvisor.post(`/api/permit-applications/${renewal.body.id}/checks`, INTERVIEW)).status).toBe(201);
    const res = await asAdvisor.post(`/api/permit-applications/${renewal.body.id}/decision`, {
      decision: 'grant',
      maxChildren: 5,
      validFrom: '2026-12-15',
    });
    expect(res.status).toBe(201);
    const second = res.body.permit;
    expect(second.number).not.toBe(first.number);
    expect(second).toMatchObject({ kind: 'renewal', status: 'issued', replacesId: first.id, validUntil: '2031-12-14' });
    const old = await asAdvisor.get(`/api/permits/${first.id}`);
    expect(old.body).toMatchObject({ status: 'superseded', supersededById: second.id });
    expect(old.body.history.map((p: { id: string }) => p.id)).toContain(second.id);
    const [{ document_data }] = await ctx.ds.query(`SELECT document_data FROM permit WHERE id = $1`, [second.id]);
    expect(document_data).toMatchObject({ kind: 'renewal', replacesPermitNumber: first.number });
  });

  it('revokes an issued permit with reason and date; the holder is paused', async () => {
    const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Widerruf' });
    const appId = await prepare(cm);
    const { body } = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, { decision: 'grant', maxChildren: 5 });
    const bad = await asAdvisor.post(`/api/permits/${body.permit.id}/revoke`, { reason: '', effectiveOn: 'morgen' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['effectiveOn', 'reason']);
    const ok = await asAdvisor.post(`/api/permits/${body.permit.id}/revoke`, {
      reason: 'Umzug ohne Mitteilung; Räume nicht geprüft.',
      effectiveOn: '2026-12-01',
    });
    expect(ok.status).toBe(200);
    const [{ status }] = await ctx.ds.query(`SELECT status FROM childminder WHERE id = $1`, [cm.id]);
    expect(status).toBe('paused');
    const got = await asAdvisor.get(`/api/permits/${body.permit.id}`);
    expect(got.body).toMatchObject({ status: 'revoked', revokedReason: 'Umzug ohne Mitteilung; Räume nicht geprüft.' });
  });
});
