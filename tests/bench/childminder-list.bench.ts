import { ListChildminders, refreshTenantEvidenceSummary, ScanReminders, seedEvidenceRules } from '@lotse/server/childminders';
import type { RequestUser } from '@lotse/server/core';
import type { ChildmindersQueryDto } from '@lotse/shared/contracts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createTenant, createUser, TEST_PASSWORD } from '../fixtures/factories';
import { TestContext } from '../support/test-app';

const FILES = 20_000;
const RUNS = 40;
const TODAY = '2026-11-25';

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  return { runs: s.length, min: +s[0].toFixed(1), median: +at(50).toFixed(1), p95: +at(95).toFixed(1), max: +s[s.length - 1].toFixed(1) };
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = process.hrtime.bigint();
  const r = await fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, r];
}

/**
 * 20,000 childminders with 10 evidence items each (8 current, 2 superseded), then the advisor list
 * with "expiring within 90 days" (service and HTTP, ≥ 30 runs each) and one full reminder scan.
 * Prints a table and writes tests/bench/results/childminders.json. Targets: list median < 50 ms,
 * scan < 30 s. Figures only; the only assertion is that the queries return rows.
 */
describe('benchmark: advisor list and reminder scan at 20,000 files', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await TestContext.create({ now: `${TODAY}T09:00:00Z` });
  });
  afterAll(() => ctx.close());

  it('measures', async () => {
    const tenant = await createTenant(ctx.ds, { slug: 'kamen' });
    const other = await createTenant(ctx.ds, { slug: 'unna' });
    const advisorUser = await createUser(ctx.ds, tenant, 'advisor');
    const [seedMs] = await time(() => seed(ctx.ds, [tenant.id, other.id]));

    const actor: RequestUser = {
      id: advisorUser.id,
      email: advisorUser.email,
      displayName: 'Bench',
      role: 'advisor',
      tenantId: tenant.id,
      tenantName: 'Kamen',
      locale: 'de',
      ip: null,
    };
    const list = ctx.api.get(ListChildminders);
    const appDs = ctx.api.get(DataSource);
    // Captures the list's own SQL (page and total) so the bench can print their plans.
    const captured: Array<{ sql: string; params: unknown[] }> = [];
    const original = appDs.query.bind(appDs);
    appDs.query = ((sql: string, params?: unknown[]) => {
      if (/FROM childminder c\s+WHERE|count\(DISTINCT i\.childminder_id\)/.test(sql)) captured.push({ sql, params: params ?? [] });
      return original(sql, params);
    }) as typeof appDs.query;

    const scenarios: Array<[string, ChildmindersQueryDto]> = [
      ['expiringWithinDays=90 (sort name)', { expiringWithinDays: 90 }],
      ['expiringWithinDays=90&sort=nextExpiry', { expiringWithinDays: 90, sort: 'nextExpiry' }],
      ['missingEvidence=true', { missingEvidence: true }],
      ['q=müller&district=Methler', { q: 'müller', district: 'Methler' }],
      ['no filter, sort=nextExpiry', { sort: 'nextExpiry' }],
    ];
    const results: Record<string, unknown> = {};
    const plans: Record<string, string> = {};
    let firstTotal = 0;
    for (const [name, q] of scenarios) {
      for (let i = 0; i < 3; i++) await list.execute(actor, q, { audit: false });
      const ms: number[] = [];
      let total = 0;
      for (let i = 0; i < RUNS; i++) {
        const [t, page] = await time(() => list.execute(actor, q, { audit: false }));
        ms.push(t);
        total = page.total;
        expect(page.items.length).toBeGreaterThan(0);
      }
      if (!firstTotal) firstTotal = total;
      results[`service: ${name}`] = { ...stats(ms), matchingFiles: total };
      const explain = async (c: { sql: string; params: unknown[] }) =>
        (await ctx.ds.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${c.sql}`, c.params))
          .map((r: Record<string, string>) => r['QUERY PLAN'])
          .join('\n');
      const [pageSql, countSql] = captured.slice(-2);
      if (pageSql && countSql) plans[name] = `-- page\n${await explain(pageSql)}\n-- total\n${await explain(countSql)}`;
      captured.length = 0;
    }
    appDs.query = original;

    // The real endpoint: session, guard, validation, list, audit entry.
    const client = ctx.client();
    await client.login(advisorUser.email, TEST_PASSWORD);
    for (let i = 0; i < 3; i++) await client.get('/api/childminders?expiringWithinDays=90');
    const http: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const [t, res] = await time(() => client.get('/api/childminders?expiringWithinDays=90'));
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      http.push(t);
    }
    results['HTTP GET /api/childminders?expiringWithinDays=90'] = stats(http);

    const [scanMs, scan] = await time(() => ctx.api.get(ScanReminders).run());
    expect(scan.reminders).toBeGreaterThan(0);
    const [rescanMs, rescan] = await time(() => ctx.api.get(ScanReminders).run());

    const out = {
      measuredAt: new Date().toISOString(),
      node: process.version,
      data: {
        files: FILES,
        itemsPerFile: 10,
        otherTenantFiles: FILES / 10,
        seedSeconds: +(seedMs / 1000).toFixed(1),
        expiringWithin90Days: firstTotal,
      },
      targets: { listMedianMs: 50, scanSeconds: 30 },
      list: results,
      reminderScan: { seconds: +(scanMs / 1000).toFixed(2), reminders: scan.reminders, mailsPlanned: scan.mails },
      reminderRescan: { seconds: +(rescanMs / 1000).toFixed(2), reminders: rescan.reminders },
      plans,
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', 'childminders.json'), `${JSON.stringify(out, null, 2)}\n`);
    const rows = Object.entries(results).map(([k, v]) => ({ query: k, ...(v as object) }));
    console.log(
      `\nseeded ${FILES} files × 10 items in ${out.data.seedSeconds} s; ${firstTotal} files with evidence expiring within 90 days`,
    );
    console.table(rows);
    console.log(
      `reminder scan: ${out.reminderScan.seconds} s for ${scan.reminders} reminders (${scan.mails} mails planned); second run ${out.reminderRescan.seconds} s, ${rescan.reminders} new`,
    );
    console.log(`\nplan of "expiringWithinDays=90 (sort name)":\n${plans['expiringWithinDays=90 (sort name)']}`);
  });
});

/**
 * Set-based seed (INSERT … SELECT generate_series): files spread over districts and statuses, items
 * with dates spread over the last years so that every status occurs. Stored values follow the NRW
 * default rules (same arithmetic as storedEvaluation: expiry = date + months − 1 day).
 */
async function seed(ds: DataSource, tenants: string[]): Promise<void> {
  for (const [k, tenantId] of tenants.entries()) {
    const n = k === 0 ? FILES : FILES / 10;
    await seedEvidenceRules(ds.manager, tenantId);
    await ds.query(
      `INSERT INTO childminder (tenant_id, status, first_name, last_name, date_of_birth, email, phone, street, postcode, city, district, languages, weekly_times, created_at)
       SELECT $1,
              (ARRAY['interested','applicant','in_qualification','suitability_check','active','active','active','paused','ended'])[1 + g % 9],
              (ARRAY['Anna','Ayşe','Monika','Katrin','Jürgen','Sabine','Elif','Petra','Maria','Olga','Lena','Thomas'])[1 + g % 12],
              (ARRAY['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz','Hoffmann','Demir','Yılmaz','Kowalski','Schäfer','Koch'])[1 + (g / 12) % 15] || ' ' || g,
              DATE '1960-01-01' + (g * 7919 % 14000),
              'tpp' || g || '@bench.example', '02307 ' || (100000 + g), 'Musterweg ' || (1 + g % 200), '59174', 'Kamen',
              (ARRAY['Mitte','Mitte','Mitte','Methler','Heeren-Werve','Südkamen','Derne','Rottum'])[1 + g % 8],
              ARRAY['Deutsch'], '[{"weekday":1,"from":"07:00","to":"13:00"}]'::jsonb,
              now() - make_interval(days => g % 1500)
         FROM generate_series(1, $2) AS g`,
      [tenantId, n],
    );
  }
  // 8 current items per file (one per type) + 2 superseded (older first aid and continuing education).
  await ds.query(`
    WITH f AS (SELECT id, tenant_id, abs(hashtext(id::text)) AS h FROM childminder),
    t(type, months, units, ord) AS (VALUES
      ('qualification_course', NULL::int, 160, 1), ('continuing_education', 12, 16, 2), ('first_aid', 24, 9, 3), ('good_conduct', 60, NULL, 4),
      ('ifsg_instruction', NULL, NULL, 5), ('measles_protection', NULL, NULL, 6), ('medical_certificate', NULL, NULL, 7), ('home_visit', NULL, NULL, 8)),
    i AS (
      SELECT f.id AS childminder_id, f.tenant_id, t.type, t.months,
             CASE WHEN t.type = 'qualification_course' AND f.h % 10 = 0 THEN 140 ELSE t.units END AS units,
             DATE '${TODAY}' - ((f.h / (t.ord * 7)) % (CASE WHEN t.months IS NULL THEN 2000 ELSE t.months * 31 + 120 END))::int AS date
        FROM f CROSS JOIN t)
    INSERT INTO evidence_item (tenant_id, childminder_id, type, person_key, date, submitted_on, units, relevant_conviction, expires_on, warn_from, acceptable, current, checked)
    SELECT tenant_id, childminder_id, type, '', date, date, units, CASE WHEN type = 'good_conduct' THEN false END,
           CASE WHEN months IS NOT NULL THEN (date + make_interval(months => months))::date - 1 END,
           CASE WHEN months IS NOT NULL THEN (date + make_interval(months => months))::date - 1 - 90 END,
           NOT (type = 'qualification_course' AND units < 160), true, true
      FROM i`);
  await ds.query(`
    INSERT INTO evidence_item (tenant_id, childminder_id, type, person_key, date, submitted_on, units, expires_on, warn_from, acceptable, current, checked)
    SELECT tenant_id, childminder_id, type, '', date - 800, date - 800, units,
           (date - 800 + make_interval(months => CASE type WHEN 'first_aid' THEN 24 ELSE 12 END))::date - 1,
           (date - 800 + make_interval(months => CASE type WHEN 'first_aid' THEN 24 ELSE 12 END))::date - 91, true, false, true
      FROM evidence_item WHERE type IN ('first_aid', 'continuing_education') AND current`);
  // The service's own summary (next expiry, mandatory evidence valid until), per tenant.
  for (const tenantId of tenants) await ds.transaction((m) => refreshTenantEvidenceSummary(m, tenantId));
  await ds.query(`VACUUM ANALYZE childminder`);
  await ds.query(`VACUUM ANALYZE evidence_item`);
  await ds.query(`ANALYZE evidence_rule`);
}
