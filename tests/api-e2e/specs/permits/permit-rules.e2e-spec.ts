import { PurgeGoodConduct } from '@lotse/server/childminders';
import { ScanPermits } from '@lotse/server/permits';
import { createChildminder, recordEvidence, type ChildminderFixture } from '../../../fixtures/childminders';
import { createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import { HOME_VISIT, INTERVIEW, readyApplicant, withValidEvidence } from '../../../fixtures/permits';
import type { ApiClient } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

/**
 * Issue 11: permit and evidence rules that contradicted the law (domain.md). Each test names the
 * old behaviour it reproduces; the dates are those of the rule.
 */
describe('permit and evidence rules against the law (issue 11)', () => {
  let ctx: TestContext;
  let tenant: TenantFixture;
  let advisor: UserFixture;
  let asAdvisor: ApiClient;
  let asAdvisor2: ApiClient;
  let asAdmin: ApiClient;

  const as = async (email: string) => {
    const c = ctx.client();
    await c.login(email, TEST_PASSWORD);
    return c;
  };
  const apply = async (cm: ChildminderFixture) => {
    const own = await as(cm.user!.email);
    const applied = await own.post('/api/permit-applications', { kind: 'initial', requestedMaxChildren: 5 });
    expect(applied.status).toBe(201);
    return applied.body.id as string;
  };
  const checks = async (id: string) => {
    expect((await asAdvisor.post(`/api/permit-applications/${id}/checks`, HOME_VISIT)).status).toBe(201);
    expect((await asAdvisor.post(`/api/permit-applications/${id}/checks`, INTERVIEW)).status).toBe(201);
  };
  const prepare = async (cm: ChildminderFixture) => {
    const id = await apply(cm);
    await checks(id);
    return id;
  };
  const grant = async (cm: ChildminderFixture, body: Record<string, unknown> = {}) => {
    const res = await asAdvisor.post(`/api/permit-applications/${await prepare(cm)}/decision`, {
      decision: 'grant',
      maxChildren: 5,
      ...body,
    });
    expect(res.status).toBe(201);
    return res.body.permit as { id: string; number: string; status: string };
  };
  const statusOf = async (cm: ChildminderFixture) =>
    (await ctx.ds.query(`SELECT status FROM childminder WHERE id = $1`, [cm.id]))[0].status as string;
  const entry = async (cm: ChildminderFixture, type: string) =>
    (
      (await asAdvisor.get(`/api/childminders/${cm.id}/checklist`)).body.entries as Array<{
        type: string;
        personName: string | null;
        status: string;
        reason: string | null;
      }>
    ).find((e) => e.type === type && e.personName === null)!;
  const rule = async (type: string) =>
    ((await asAdmin.get('/api/evidence-rules')).body as Array<{ type: string; version: number }>).find((r) => r.type === type)!;

  beforeAll(async () => {
    ctx = await TestContext.create({ worker: true, now: '2026-11-25T09:00:00Z' });
    tenant = await createTenant(ctx.ds, { name: 'Stadt Kamen' });
    advisor = await createUser(ctx.ds, tenant, 'advisor', { firstName: 'Sabine', lastName: 'Krüger' });
    const advisor2 = await createUser(ctx.ds, tenant, 'advisor', { firstName: 'Thomas', lastName: 'Özdemir' });
    const admin = await createUser(ctx.ds, tenant, 'admin');
    asAdvisor = await as(advisor.email);
    asAdvisor2 = await as(advisor2.email);
    asAdmin = await as(admin.email);
  });
  afterAll(() => ctx.close());

  describe('1. lapse, revocation and end of the file', () => {
    it('after a revocation she applies again (was: 422) and, after a new check, gets a new permit', async () => {
      const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Widerrufen' });
      const first = await grant(cm);
      expect(
        (await asAdvisor.post(`/api/permits/${first.id}/revoke`, { reason: 'Räume nicht mehr kindgerecht.', effectiveOn: '2026-11-25' }))
          .status,
      ).toBe(200);
      expect(await statusOf(cm)).toBe('paused');
      const path = (await (await as(cm.user!.email)).get('/api/childminders/me/path')).body;
      expect(path.steps.map((s: { code: string }) => s.code)).toContain('status.apply_again');

      const again = await apply(cm);
      expect(await statusOf(cm)).toBe('applicant');
      // The decision waits for the new check: the home visit of the first permit does not count.
      const early = await asAdvisor.post(`/api/permit-applications/${again}/decision`, { decision: 'grant', maxChildren: 5 });
      expect(early.status).toBe(422);
      expect(early.body.errors.map((e: { code: string }) => e.code)).toContain('homeVisit');
      await checks(again);
      const res = await asAdvisor.post(`/api/permit-applications/${again}/decision`, { decision: 'grant', maxChildren: 5 });
      expect(res.status).toBe(201);
      expect(res.body.permit.status).toBe('issued');
      expect(res.body.permit.number).not.toBe(first.number);
      expect(await statusOf(cm)).toBe('active');
    });

    it('ending the file ends the permit on that day (was: still issued), stops its reminders; she can apply again', async () => {
      const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Beendet' });
      const permit = await grant(cm, { validFrom: '2026-11-25' });
      const { version } = (await asAdvisor.get(`/api/childminders/${cm.id}`)).body;
      const ended = await asAdvisor.post(`/api/childminders/${cm.id}/transitions`, { to: 'ended', note: 'Tätigkeit aufgegeben', version });
      expect(ended.status).toBe(200);
      const [row] = await ctx.ds.query(`SELECT status, to_char(ended_on, 'YYYY-MM-DD') AS ended_on FROM permit WHERE id = $1`, [permit.id]);
      expect(row).toEqual({ status: 'ended', ended_on: '2026-11-25' });
      expect((await asAdvisor.get(`/api/permits/${permit.id}`)).body.status).toBe('ended');
      // She sees her ended permit too (her page then offers a new application).
      const holder = ctx.client();
      await holder.login(cm.user!.email, TEST_PASSWORD);
      expect((await holder.get('/api/permits/mine')).body.map((p: { id: string; status: string }) => [p.id, p.status])).toEqual([
        [permit.id, 'ended'],
      ]);
      const events = (await asAdvisor.get(`/api/childminders/${cm.id}/timeline`)).body.items.map((e: { type: string }) => e.type);
      expect(events).toContain('permit_ended');
      // Not valid any more: the scan 6 months before its old expiry reminds nobody.
      ctx.clock.set('2031-05-24T08:00:00Z');
      try {
        await ctx.worker!.get(ScanPermits).run();
        expect(await ctx.ds.query(`SELECT 1 FROM permit_reminder WHERE permit_id = $1`, [permit.id])).toHaveLength(0);
      } finally {
        ctx.clock.set('2026-11-25T09:00:00Z');
      }
      const again = await prepare(cm);
      expect(await statusOf(cm)).toBe('suitability_check');
      const res = await asAdvisor.post(`/api/permit-applications/${again}/decision`, { decision: 'grant', maxChildren: 5 });
      expect(res.status).toBe(201);
      expect(await statusOf(cm)).toBe('active');
      const [{ ended_on }] = await ctx.ds.query(`SELECT ended_on FROM childminder WHERE id = $1`, [cm.id]);
      expect(ended_on).toBeNull();
    });
  });

  describe('2. only checked evidence counts; approval checks again', () => {
    it('a childminder recording "QHB, 160 UE" herself is a declaration until an advisor confirms it (was: valid at once)', async () => {
      const cm = await createChildminder(ctx.ds, tenant, { status: 'applicant', lastName: 'Eigenangabe' });
      await withValidEvidence(ctx.ds, cm, ['qualification_course']);
      const own = await as(cm.user!.email);
      const recorded = await own.post('/api/childminders/me/evidence', { type: 'qualification_course', date: '2025-06-30', units: 160 });
      expect(recorded.status).toBe(201);
      expect(recorded.body.verified).toBe(false);
      const e = await entry(cm, 'qualification_course');
      expect(e.status).toBe('missing');
      expect(e.reason).toContain('Eigene Angabe');
      const appId = await prepare(cm);
      const refused = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, { decision: 'grant', maxChildren: 5 });
      expect(refused.status).toBe(422);
      expect(refused.body.errors.map((x: { field: string }) => x.field)).toEqual(['evidence.qualification_course']);
      // She cannot confirm it herself.
      expect((await own.post(`/api/childminders/${cm.id}/evidence/${recorded.body.id}/confirmation`)).status).toBe(403);
      const confirmed = await asAdvisor.post(`/api/childminders/${cm.id}/evidence/${recorded.body.id}/confirmation`);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.verified).toBe(true);
      expect((await entry(cm, 'qualification_course')).status).toBe('valid');
      expect((await asAdvisor.post(`/api/permit-applications/${appId}/decision`, { decision: 'grant', maxChildren: 5 })).status).toBe(201);
      const audit = await ctx.ds.query(`SELECT 1 FROM audit_event WHERE action = 'evidence.confirm' AND target_id = $1`, [cm.id]);
      expect(audit).toHaveLength(1);
    });

    it('four eyes: the approval runs the full check again (was: issued although first aid was deleted meanwhile)', async () => {
      await ctx.ds.query(`UPDATE tenant SET settings = jsonb_set(settings, '{permit}', '{"fourEyes": true}') WHERE id = $1`, [tenant.id]);
      try {
        const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Freigabe' });
        const appId = await prepare(cm);
        const decided = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, { decision: 'grant', maxChildren: 5 });
        expect(decided.body.permit.status).toBe('draft');
        const [{ id: firstAid }] = await ctx.ds.query(`SELECT id FROM evidence_item WHERE childminder_id = $1 AND type = 'first_aid'`, [
          cm.id,
        ]);
        expect(
          (await asAdvisor.send('delete', `/api/childminders/${cm.id}/evidence/${firstAid}`, { reason: 'Falsche Person erfasst' })).status,
        ).toBe(204);
        const approve = await asAdvisor2.post(`/api/permits/${decided.body.permit.id}/approve`);
        expect(approve.status).toBe(422);
        expect(approve.body.errors.map((x: { field: string }) => x.field)).toEqual(['evidence.first_aid']);
        const [{ status }] = await ctx.ds.query(`SELECT status FROM permit WHERE id = $1`, [decided.body.permit.id]);
        expect(status).toBe('draft');
        await recordEvidence(ctx.ds, cm, { type: 'first_aid', date: '2026-02-01', units: 9 });
        const ok = await asAdvisor2.post(`/api/permits/${decided.body.permit.id}/approve`);
        expect(ok.status).toBe(200);
        expect(ok.body.status).toBe('issued');
      } finally {
        await ctx.ds.query(`UPDATE tenant SET settings = settings - 'permit' WHERE id = $1`, [tenant.id]);
      }
    });
  });

  describe('3. interview and home visit', () => {
    it('a decision needs both (was: the home visit alone); the letter names what was recorded, with dates', async () => {
      const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Gespräch' });
      const id = await apply(cm);
      expect((await asAdvisor.post(`/api/permit-applications/${id}/checks`, HOME_VISIT)).status).toBe(201);
      const refused = await asAdvisor.post(`/api/permit-applications/${id}/decision`, { decision: 'grant', maxChildren: 5 });
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'checks', code: 'interview' })]);
      expect((await asAdvisor.post(`/api/permit-applications/${id}/checks`, INTERVIEW)).status).toBe(201);
      const res = await asAdvisor.post(`/api/permit-applications/${id}/decision`, { decision: 'grant', maxChildren: 5 });
      expect(res.status).toBe(201);
      const [{ document_data }] = await ctx.ds.query(`SELECT document_data FROM permit WHERE id = $1`, [res.body.permit.id]);
      expect(document_data.checks).toEqual([
        { kind: 'home_visit', date: '2026-11-20' },
        { kind: 'interview', date: '2026-11-18' },
      ]);
    });
  });

  describe('4. legal floor of the evidence rules', () => {
    it.each([
      ['good_conduct', { mandatory: false }, 'mandatory'],
      ['measles_protection', { mandatory: false }, 'mandatory'],
      ['first_aid', { mandatory: false }, 'mandatory'],
      ['qualification_course', { mandatory: false }, 'mandatory'],
      ['first_aid', { validityMonths: null }, 'validityMonths'],
      ['first_aid', { validityMonths: 36 }, 'validityMonths'],
      ['good_conduct', { validityMonths: null }, 'validityMonths'],
      ['good_conduct', { maxAgeMonthsAtSubmission: null }, 'maxAgeMonthsAtSubmission'],
      ['good_conduct', { maxAgeMonthsAtSubmission: 4 }, 'maxAgeMonthsAtSubmission'],
      ['qualification_course', { unitsRequired: 120 }, 'unitsRequired'],
      ['first_aid', { unitsRequired: 8 }, 'unitsRequired'],
    ])('%s %j below the law → 422 naming the rule (was: 200)', async (type, change, field) => {
      const r = await rule(type);
      const res = await asAdmin.patch(`/api/evidence-rules/${type}`, { version: r.version, ...change });
      expect(res.status).toBe(422);
      expect(res.body.message).toContain('gesetzliche Mindestanforderung');
      expect(res.body.errors).toEqual([expect.objectContaining({ field, code: 'legalFloor' })]);
      expect((await rule(type)).version).toBe(r.version);
    });

    it('offices may tighten: first aid every 18 months with 16 UE, QHB 300 UE, good conduct 2 months; other evidence may be optional', async () => {
      const fa = await asAdmin.patch('/api/evidence-rules/first_aid', {
        version: (await rule('first_aid')).version,
        validityMonths: 18,
        unitsRequired: 16,
      });
      expect(fa.status).toBe(200);
      expect(
        (
          await asAdmin.patch('/api/evidence-rules/qualification_course', {
            version: (await rule('qualification_course')).version,
            unitsRequired: 300,
          })
        ).status,
      ).toBe(200);
      expect(
        (
          await asAdmin.patch('/api/evidence-rules/good_conduct', {
            version: (await rule('good_conduct')).version,
            maxAgeMonthsAtSubmission: 2,
          })
        ).status,
      ).toBe(200);
      expect(
        (
          await asAdmin.patch('/api/evidence-rules/medical_certificate', {
            version: (await rule('medical_certificate')).version,
            mandatory: false,
          })
        ).status,
      ).toBe(200);
      // The office's 2 months hold: a certificate 2 months and 1 day old is refused.
      const cm = await createChildminder(ctx.ds, tenant, { lastName: 'Streng' });
      const gc = await asAdvisor.post(`/api/childminders/${cm.id}/evidence`, {
        type: 'good_conduct',
        date: '2026-09-24',
        submittedOn: '2026-11-25',
        relevantConviction: false,
      });
      expect(gc.body).toMatchObject({ acceptable: false });
      // Back to the defaults for the other tests.
      await asAdmin.patch('/api/evidence-rules/first_aid', { version: fa.body.version, validityMonths: 24, unitsRequired: 9 });
      await asAdmin.patch('/api/evidence-rules/qualification_course', {
        version: (await rule('qualification_course')).version,
        unitsRequired: 160,
      });
      await asAdmin.patch('/api/evidence-rules/good_conduct', {
        version: (await rule('good_conduct')).version,
        maxAgeMonthsAtSubmission: 3,
      });
      await asAdmin.patch('/api/evidence-rules/medical_certificate', {
        version: (await rule('medical_certificate')).version,
        mandatory: true,
      });
    });
  });

  describe('5. calendar months, IfSG at the start, measles after 1970', () => {
    it('good conduct: 3 months and 2 days old when presented is refused (was: accepted by the 92-day rule)', async () => {
      const cm = await createChildminder(ctx.ds, tenant, { lastName: 'Kalendermonat' });
      // 24 February → 26 May: 91 days (≤ 92), but more than 3 calendar months.
      const old = await asAdvisor.post(`/api/childminders/${cm.id}/evidence`, {
        type: 'good_conduct',
        date: '2026-02-24',
        submittedOn: '2026-05-26',
        relevantConviction: false,
      });
      expect(old.status).toBe(201);
      expect(old.body.acceptable).toBe(false);
      expect(old.body.unacceptableReason).toContain('älter als 3 Monat(e)');
      const ok = await asAdvisor.post(`/api/childminders/${cm.id}/evidence`, {
        type: 'good_conduct',
        date: '2026-02-24',
        submittedOn: '2026-05-24',
        relevantConviction: false,
      });
      expect(ok.body.acceptable).toBe(true);
    });

    it('IfSG certificate older than 3 months when the activity starts blocks the first permit (was: issued)', async () => {
      const cm = await createChildminder(ctx.ds, tenant, { status: 'applicant', lastName: 'Hygiene' });
      await withValidEvidence(ctx.ds, cm, ['ifsg_instruction']);
      await recordEvidence(ctx.ds, cm, { type: 'ifsg_instruction', date: '2026-08-31' });
      const appId = await prepare(cm);
      const res = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, {
        decision: 'grant',
        maxChildren: 5,
        validFrom: '2026-12-01',
      });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'evidence.ifsg_instruction', code: 'ifsgTooOld' })]);
      // Dated 1 September it covers a start on 1 December (exactly 3 months).
      await recordEvidence(ctx.ds, cm, { type: 'ifsg_instruction', date: '2026-09-01' });
      expect(
        (await asAdvisor.post(`/api/permit-applications/${appId}/decision`, { decision: 'grant', maxChildren: 5, validFrom: '2026-12-01' }))
          .status,
      ).toBe(201);
    });

    it('measles protection: born 31 December 1970 needs none (was: required), born 1 January 1971 does', async () => {
      const older = await createChildminder(ctx.ds, tenant, { lastName: 'Jahrgang70', dateOfBirth: '1970-12-31' });
      const younger = await createChildminder(ctx.ds, tenant, { lastName: 'Jahrgang71', dateOfBirth: '1971-01-01' });
      expect((await entry(older, 'measles_protection')).status).toBe('not_required');
      expect((await entry(younger, 'measles_protection')).status).toBe('missing');
      const born70 = await createChildminder(ctx.ds, tenant, { status: 'applicant', lastName: 'Ohne Masern', dateOfBirth: '1970-06-15' });
      await withValidEvidence(ctx.ds, born70, ['measles_protection']);
      // Only the home visit is missing (it comes with the permit workflow), not measles protection.
      const q = await asAdvisor.get(`/api/childminders?q=Ohne`);
      expect(q.body.items[0].evidence.missing).toBe(1);
      expect((await entry(born70, 'measles_protection')).status).toBe('not_required');
      expect(
        (await asAdvisor.post(`/api/permit-applications/${await prepare(born70)}/decision`, { decision: 'grant', maxChildren: 5 })).status,
      ).toBe(201);
    });
  });

  describe('6. qualification per person, continuing education summed', () => {
    it('the advisor records "pedagogical professional" with a reason: 80 UE suffice (was: 160 required for everyone)', async () => {
      const cm = await createChildminder(ctx.ds, tenant, { status: 'applicant', lastName: 'Fachkraft' });
      await withValidEvidence(ctx.ds, cm, ['qualification_course']);
      expect(
        (await asAdvisor.post(`/api/childminders/${cm.id}/evidence`, { type: 'qualification_course', date: '2026-06-30', units: 80 }))
          .status,
      ).toBe(201);
      expect(await entry(cm, 'qualification_course')).toMatchObject({
        status: 'missing',
        reason: '160 UE erforderlich, 80 UE nachgewiesen.',
      });
      const url = `/api/childminders/${cm.id}/qualification-variant`;
      expect((await asAdvisor.put(url, { variant: 'pedagogical_professional', reason: '' })).body.errors[0]).toMatchObject({
        field: 'reason',
      });
      expect((await (await as(cm.user!.email)).put(url, { variant: 'pedagogical_professional', reason: 'selbst' })).status).toBe(403);
      const set = await asAdvisor.put(url, {
        variant: 'pedagogical_professional',
        reason: 'Staatlich anerkannte Erzieherin, Zeugnis im Original eingesehen.',
      });
      expect(set.status).toBe(200);
      expect(set.body.qualification).toMatchObject({
        variant: 'pedagogical_professional',
        reason: 'Staatlich anerkannte Erzieherin, Zeugnis im Original eingesehen.',
      });
      expect((await entry(cm, 'qualification_course')).status).toBe('valid');
      const timeline = (await asAdvisor.get(`/api/childminders/${cm.id}/timeline`)).body.items.map((e: { summary: string }) => e.summary);
      expect(timeline[0]).toBe(
        'Qualifizierung festgelegt: Pädagogische Fachkraft (80 UE) – Grund: Staatlich anerkannte Erzieherin, Zeugnis im Original eingesehen.',
      );
      expect(
        (await asAdvisor.post(`/api/permit-applications/${await prepare(cm)}/decision`, { decision: 'grant', maxChildren: 5 })).status,
      ).toBe(201);
    });

    it('continuing education: 8 UE (10 March) + 7 UE (1 September) make the 15 UE of the year (was: only the last course counted)', async () => {
      const cm = await createChildminder(ctx.ds, tenant, { lastName: 'Fortbildung' });
      await asAdvisor.post(`/api/childminders/${cm.id}/evidence`, { type: 'continuing_education', date: '2026-03-10', units: 8 });
      await asAdvisor.post(`/api/childminders/${cm.id}/evidence`, { type: 'continuing_education', date: '2026-09-01', units: 7 });
      expect(await entry(cm, 'continuing_education')).toMatchObject({ status: 'valid', expiresOn: '2027-08-31' });
      const [{ acceptable }] = await ctx.ds.query(
        `SELECT acceptable FROM evidence_item WHERE childminder_id = $1 AND type = 'continuing_education' AND current`,
        [cm.id],
      );
      expect(acceptable).toBe(true);
      // A course outside the 12 months does not count: 7 UE alone.
      const other = await createChildminder(ctx.ds, tenant, { lastName: 'Fortbildung alt' });
      await asAdvisor.post(`/api/childminders/${other.id}/evidence`, { type: 'continuing_education', date: '2025-08-31', units: 8 });
      await asAdvisor.post(`/api/childminders/${other.id}/evidence`, { type: 'continuing_education', date: '2026-09-01', units: 7 });
      expect(await entry(other, 'continuing_education')).toMatchObject({
        status: 'missing',
        reason: '15 UE erforderlich, 7 UE nachgewiesen.',
      });
    });
  });

  describe('7. fewer than 5', () => {
    it('an office allowing 4: a permit for 4 needs a reason (was: none), and the letter shows it', async () => {
      await ctx.ds.query(`UPDATE tenant SET settings = jsonb_set(settings, '{permit}', '{"maxChildren": 4}') WHERE id = $1`, [tenant.id]);
      try {
        const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Vier' });
        const appId = await prepare(cm);
        const five = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, { decision: 'grant', maxChildren: 5 });
        expect(five.body.errors[0]).toMatchObject({ field: 'maxChildren', code: 'maxChildren' });
        const noReason = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, { decision: 'grant', maxChildren: 4 });
        expect(noReason.status).toBe(422);
        expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reasonForFewerChildren', code: 'reasonRequired' })]);
        const res = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, {
          decision: 'grant',
          maxChildren: 4,
          reasonForFewerChildren: 'Satzung der Stadt: höchstens vier Kinder je Tagespflegeperson.',
        });
        expect(res.status).toBe(201);
        const [{ document_data, reason_for_fewer_children }] = await ctx.ds.query(
          `SELECT document_data, reason_for_fewer_children FROM permit WHERE id = $1`,
          [res.body.permit.id],
        );
        expect(reason_for_fewer_children).toBe('Satzung der Stadt: höchstens vier Kinder je Tagespflegeperson.');
        expect(document_data).toMatchObject({
          maxChildren: 4,
          reasonForFewerChildren: 'Satzung der Stadt: höchstens vier Kinder je Tagespflegeperson.',
        });
      } finally {
        await ctx.ds.query(`UPDATE tenant SET settings = settings - 'permit' WHERE id = $1`, [tenant.id]);
      }
      // The legal limit of the office setting: more than 5 is refused.
      const current = (await asAdmin.get('/api/admin/permit-settings')).body;
      const six = await asAdmin.put('/api/admin/permit-settings', { ...current, settings: { ...current.settings, maxChildren: 6 } });
      expect(six.status).toBe(400);
    });
  });

  describe('8. § 72a deletion is complete', () => {
    /** Every text, json, date and array column of every table that contains one of the needles. */
    const traces = async (needles: string[]) => {
      const cols: Array<{ table_name: string; column_name: string }> = await ctx.ds.query(
        `SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
          WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.data_type IN ('text', 'jsonb', 'json', 'date', 'character varying', 'ARRAY')`,
      );
      const found: string[] = [];
      for (const c of cols) {
        const [{ n }] = await ctx.ds.query(
          `SELECT count(*)::int AS n FROM "${c.table_name}" WHERE "${c.column_name}"::text ILIKE ANY($1::text[])`,
          [needles.map((x) => `%${x}%`)],
        );
        if (n > 0) found.push(`${c.table_name}.${c.column_name}`);
      }
      return found;
    };
    /** What the reminder scan leaves behind for an item: its row, the planned and the delivered mail, the timeline event. */
    const reminderTraces = async (cm: ChildminderFixture, itemId: string, personName: string | null, expiresOn: string, de: string) => {
      const jobId = `reminder.${itemId}.expiring`;
      const text = `Erweitertes Führungszeugnis${personName ? ` (${personName})` : ''} läuft am ${de} ab`;
      await ctx.ds.query(
        `INSERT INTO evidence_reminder (tenant_id, childminder_id, evidence_item_id, threshold, expires_on, recipient, evidence_type) VALUES ($1,$2,$3,'expiring',$4,$5,'good_conduct')`,
        [tenant.id, cm.id, itemId, expiresOn, cm.email],
      );
      await ctx.ds.query(
        `INSERT INTO outbox (tenant_id, queue, name, payload, job_id, status, sent_at) VALUES ($1, 'mail', 'mail.send', $2, $3, 'sent', now())`,
        [tenant.id, JSON.stringify({ tenantId: tenant.id, to: cm.email, subject: text, text }), jobId],
      );
      await ctx.ds.query(`INSERT INTO mail_delivery (job_id, tenant_id, recipient, subject) VALUES ($1, $2, $3, $4)`, [
        jobId,
        tenant.id,
        cm.email,
        text,
      ]);
      await ctx.ds.query(
        `INSERT INTO childminder_event (tenant_id, childminder_id, occurred_at, actor_id, type, details) VALUES ($1, $2, now(), NULL, 'reminder_sent', $3)`,
        [
          tenant.id,
          cm.id,
          JSON.stringify({
            itemId,
            evidenceType: 'good_conduct',
            threshold: 'expiring',
            expiresOn,
            mailed: true,
            ...(personName ? { personName } : {}),
          }),
        ],
      );
    };

    it('a refused applicant: nothing about her certificates remains in any table (was: timeline, reminders, outbox and mails kept the dates and who inspected)', async () => {
      const cm = await createChildminder(ctx.ds, tenant, {
        status: 'applicant',
        lastName: 'Abgelehnt',
        adultHouseholdMembers: ['Bruno Zweistein'],
      });
      await withValidEvidence(ctx.ds, cm, ['good_conduct']);
      const own = await asAdvisor.post(`/api/childminders/${cm.id}/evidence`, {
        type: 'good_conduct',
        date: '2026-09-17',
        submittedOn: '2026-11-20',
        relevantConviction: false,
      });
      const his = await asAdvisor.post(`/api/childminders/${cm.id}/evidence`, {
        type: 'good_conduct',
        date: '2026-09-17',
        submittedOn: '2026-11-20',
        relevantConviction: false,
        personName: 'Bruno Zweistein',
      });
      expect([own.status, his.status]).toEqual([201, 201]);
      await reminderTraces(cm, own.body.id, null, '2031-09-16', '16.09.2031');
      await reminderTraces(cm, his.body.id, 'Bruno Zweistein', '2031-09-16', '16.09.2031');
      const needles = ['2026-09-17', '17.09.2026', '2031-09-16', '16.09.2031'];
      expect((await traces(needles)).length).toBeGreaterThan(0);

      const appId = await apply(cm);
      const refused = await asAdvisor.post(`/api/permit-applications/${appId}/decision`, {
        decision: 'refuse',
        refusalReason: 'Räume nicht geeignet.',
      });
      expect(refused.status).toBe(201);
      expect(await traces(needles)).toEqual([]);
      const events = await ctx.ds.query(
        `SELECT type, actor_id FROM childminder_event WHERE childminder_id = $1 AND details->>'evidenceType' = 'good_conduct'`,
        [cm.id],
      );
      expect(events).toEqual([]);
      const [{ details }] = await ctx.ds.query(
        `SELECT details FROM childminder_event WHERE childminder_id = $1 AND type = 'good_conduct_deleted'`,
        [cm.id],
      );
      expect(details).toEqual({ count: 2, reason: 'not_taken_up' });
    });

    it('a household member who left: 3 months later his certificate, name and dates are gone everywhere; hers stays', async () => {
      const cm = await createChildminder(ctx.ds, tenant, {
        status: 'active',
        lastName: 'Haushalt',
        adultHouseholdMembers: ['Carla Dreistein'],
      });
      const his = await asAdvisor.post(`/api/childminders/${cm.id}/evidence`, {
        type: 'good_conduct',
        date: '2026-09-18',
        submittedOn: '2026-11-20',
        relevantConviction: false,
        personName: 'Carla Dreistein',
      });
      await asAdvisor.post(`/api/childminders/${cm.id}/evidence`, {
        type: 'good_conduct',
        date: '2026-09-10',
        submittedOn: '2026-11-20',
        relevantConviction: false,
      });
      await reminderTraces(cm, his.body.id, 'Carla Dreistein', '2031-09-17', '17.09.2031');
      const { version } = (await asAdvisor.get(`/api/childminders/${cm.id}`)).body;
      expect((await asAdvisor.patch(`/api/childminders/${cm.id}`, { version, adultHouseholdMembers: [] })).status).toBe(200);
      const purge = ctx.api.get(PurgeGoodConduct);
      const needles = ['Carla Dreistein', '2026-09-18', '18.09.2026', '2031-09-17', '17.09.2031'];
      try {
        ctx.clock.set('2027-02-24T09:00:00Z');
        await purge.run({ tenantId: tenant.id });
        expect((await traces(needles)).length).toBeGreaterThan(0);
        ctx.clock.set('2027-02-25T09:00:00Z');
        await purge.run({ tenantId: tenant.id });
        const ev = await ctx.ds.query(
          `SELECT type, details FROM childminder_event WHERE childminder_id = $1 AND details::text ILIKE ANY($2::text[])`,
          [cm.id, needles.map((x) => `%${x}%`)],
        );
        expect(ev).toEqual([]);
        expect(await traces(needles)).toEqual([]);
        const left = await ctx.ds.query(
          `SELECT to_char(date, 'YYYY-MM-DD') AS date FROM evidence_item WHERE childminder_id = $1 AND type = 'good_conduct'`,
          [cm.id],
        );
        expect(left).toEqual([{ date: '2026-09-10' }]);
      } finally {
        ctx.clock.set('2026-11-25T09:00:00Z');
      }
    });
  });

  describe('9. § 43 Abs. 3 events open re-check tasks', () => {
    it('a move and a new adult in her profile, and an illness she reports, each open a task; the advisor closes one with its outcome (was: nothing)', async () => {
      const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Umzug' });
      await grant(cm);
      const own = await as(cm.user!.email);
      const me = (await own.get('/api/childminders/me')).body;
      const moved = await own.patch('/api/childminders/me', {
        version: me.version,
        address: { street: 'Lünener Straße 5', postcode: '59174', city: 'Kamen' },
      });
      expect(moved.status).toBe(200);
      expect((await own.patch('/api/childminders/me', { version: moved.body.version, adultHouseholdMembers: ['Paul Umzug'] })).status).toBe(
        200,
      );
      const reported = await own.post('/api/childminders/me/reports', {
        event: 'illness',
        description: 'Operation am 10.12., vier Wochen keine Betreuung.',
      });
      expect(reported.status).toBe(201);
      expect((await own.post('/api/childminders/me/reports', { event: 'illness', description: '' })).status).toBe(400);

      const list = (await asAdvisor.get('/api/recheck-tasks')).body.filter((t: { childminderId: string }) => t.childminderId === cm.id);
      expect(list.map((t: { event: string; source: string }) => [t.event, t.source])).toEqual([
        ['move', 'profile_change'],
        ['household', 'profile_change'],
        ['illness', 'report'],
      ]);
      expect(list[0].description).toBe('Neue Anschrift: Lünener Straße 5, 59174 Kamen');
      expect((await own.get('/api/recheck-tasks')).status).toBe(403);

      const closed = await asAdvisor.post(`/api/recheck-tasks/${list[0].id}/closure`, {
        outcome: 'amendment_started',
        note: 'Änderungsantrag angefordert',
      });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'closed', outcome: 'amendment_started', outcomeNote: 'Änderungsantrag angefordert' });
      expect((await asAdvisor.post(`/api/recheck-tasks/${list[0].id}/closure`, { outcome: 'other' })).status).toBe(409);
      expect((await asAdvisor.get('/api/recheck-tasks')).body.map((t: { id: string }) => t.id)).not.toContain(list[0].id);
      expect((await asAdvisor.get('/api/recheck-tasks?status=closed')).body.map((t: { id: string }) => t.id)).toContain(list[0].id);
      const timeline = (await asAdvisor.get(`/api/childminders/${cm.id}/timeline`)).body.items.map((e: { summary: string }) => e.summary);
      expect(timeline[0]).toBe('Prüfaufgabe abgeschlossen: Änderung der Pflegeerlaubnis eingeleitet – Änderungsantrag angefordert');
    });

    it('an applicant without a permit moving opens no task', async () => {
      const cm = await createChildminder(ctx.ds, tenant, { status: 'applicant', lastName: 'Bewerberin' });
      const own = await as(cm.user!.email);
      const me = (await own.get('/api/childminders/me')).body;
      expect(
        (
          await own.patch('/api/childminders/me', {
            version: me.version,
            address: { street: 'Weststraße 1', postcode: '59174', city: 'Kamen' },
          })
        ).status,
      ).toBe(200);
      expect(await ctx.ds.query(`SELECT 1 FROM recheck_task WHERE childminder_id = $1`, [cm.id])).toEqual([]);
    });
  });

  describe('1. expiry (runs last: it moves the clock past every permit)', () => {
    it('the expiry scan pauses the holder (was: still active); no reminders after expiry; she can apply again', async () => {
      const cm = await readyApplicant(ctx.ds, tenant, { lastName: 'Abgelaufen' });
      const permit = await grant(cm, { validFrom: '2026-11-25' });
      ctx.clock.set('2031-11-25T08:00:00Z');
      try {
        const scan = ctx.worker!.get(ScanPermits);
        await scan.run();
        const [{ status }] = await ctx.ds.query(`SELECT status FROM permit WHERE id = $1`, [permit.id]);
        expect(status).toBe('expired');
        expect(await statusOf(cm)).toBe('paused');
        const timeline = (await asAdvisor.get(`/api/childminders/${cm.id}/timeline`)).body.items.map((e: { summary: string }) => e.summary);
        expect(timeline.join('\n')).toContain('abgelaufen – ein neuer Antrag ist möglich');
        const reminders = await ctx.ds.query(`SELECT threshold FROM permit_reminder WHERE permit_id = $1`, [permit.id]);
        await scan.run();
        expect(await ctx.ds.query(`SELECT threshold FROM permit_reminder WHERE permit_id = $1`, [permit.id])).toEqual(reminders);
        // A renewal needs a valid permit; a new first application is possible.
        const own = await as(cm.user!.email);
        expect((await own.post('/api/permit-applications', { kind: 'renewal', requestedMaxChildren: 5 })).status).toBe(422);
        expect((await own.post('/api/permit-applications', { kind: 'initial', requestedMaxChildren: 5 })).status).toBe(201);
        expect(await statusOf(cm)).toBe('applicant');
      } finally {
        ctx.clock.set('2026-11-25T09:00:00Z');
      }
    });
  });
});
