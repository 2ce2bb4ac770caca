import { DEFAULT_PERMIT_TEXTS, type PermitDocumentData } from '@lotse/server/permits';
import { OutboxService } from '@lotse/server/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChildminder } from '../fixtures/childminders';
import { createTenant } from '../fixtures/factories';
import { TestContext } from '../support/test-app';
import { waitFor } from '../support/wait';

const PERMITS = 1000;

function snapshot(i: number): PermitDocumentData {
  const number = `KAM-2026-${String(i + 1).padStart(4, '0')}`;
  return {
    office: {
      authority: 'Stadt Kamen',
      department: DEFAULT_PERMIT_TEXTS.department,
      street: 'Rathausplatz 1',
      postcode: '59174',
      city: 'Kamen',
      phone: '02307 148-0',
      email: 'familienbuero@kamen.example',
      consultationHours: 'Mo 10–12, Mi 14–16, Do 15–17 Uhr',
    },
    permitNumber: number,
    fileNumber: `51.3-TPP-${String(i).padStart(6, '0')}`,
    issuedOn: '2026-11-25',
    place: 'Kamen',
    holder: {
      salutation: null,
      firstName: 'Jürgen',
      lastName: `Weiß-Äöü ${i}`,
      dateOfBirth: '1984-07-12',
      street: `Nordstraße ${i % 90}`,
      postcode: '59174',
      city: 'Kamen',
    },
    careLocation: {
      kind: 'own_home',
      street: `Nordstraße ${i % 90}`,
      postcode: '59174',
      city: 'Kamen',
      rooms: ['Spielzimmer (EG)', 'Schlafraum (EG)'],
    },
    maxChildren: 5 - (i % 2),
    reasonForFewerChildren: i % 2 ? 'Die Räume bieten Platz für höchstens vier Kinder.' : null,
    validFrom: '2026-12-01',
    validUntil: '2031-11-30',
    conditions: [
      'Die Kindertagespflege darf nur in den folgenden Räumen ausgeübt werden: Spielzimmer (EG), Schlafraum (EG).',
      'Der Gartenteich ist kindersicher abzudecken.',
    ],
    kind: 'initial',
    legalBasis: DEFAULT_PERMIT_TEXTS.legalBasis,
    dutiesToInform: DEFAULT_PERMIT_TEXTS.dutiesToInform,
    legalRemedy: DEFAULT_PERMIT_TEXTS.legalRemedy,
    signatory: { name: 'Sabine Krüger', title: DEFAULT_PERMIT_TEXTS.signatoryTitle },
  };
}

/**
 * 1,000 issued permits, their render jobs planned through the outbox, then ONE worker process
 * started: time until every permit has its stored PDF. Prints PDFs/s and sizes and writes
 * tests/bench/results/permits.json. Target: ≥ 50 PDFs/s. Figures only (no timing assertion).
 */
describe('benchmark: permit PDFs through the queue', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.create({ now: '2026-11-25T09:00:00Z' });
  });
  afterAll(() => ctx.close());

  it('renders 1,000 permits with one worker', async () => {
    const tenant = await createTenant(ctx.ds, { slug: 'kamen' });
    const cm = await createChildminder(ctx.ds, tenant, { status: 'active', account: false, email: null });
    const ids: string[] = [];
    for (let i = 0; i < PERMITS; i++) {
      const d = snapshot(i);
      const [{ id }] = await ctx.ds.query(
        `INSERT INTO permit (tenant_id, childminder_id, kind, status, number, number_year, number_seq, max_children, reason_for_fewer_children, rooms, conditions,
                             care_location, holder, valid_from, valid_until, issued_at, document_data)
         VALUES ($1,$2,'initial','issued',$3,2026,$4,$5,$6,$7,$8,$9,$10,'2026-12-01','2031-11-30',now(),$11) RETURNING id`,
        [
          tenant.id,
          cm.id,
          d.permitNumber,
          i + 1,
          d.maxChildren,
          d.reasonForFewerChildren,
          d.careLocation.rooms,
          ['Der Gartenteich ist kindersicher abzudecken.'],
          JSON.stringify({ kind: 'own_home', siteName: null, street: d.careLocation.street, postcode: '59174', city: 'Kamen' }),
          JSON.stringify({ ...d.holder, email: null }),
          JSON.stringify(d),
        ],
      );
      ids.push(id);
    }
    const outbox = ctx.api.get(OutboxService);
    await ctx.ds.transaction(async (m) => {
      for (const id of ids)
        await outbox.plan(m, {
          name: 'documents.render-permit',
          data: { permitId: id },
          jobId: `permit-render.${id}`,
          tenantId: tenant.id,
        });
    });

    const started = process.hrtime.bigint();
    await ctx.startWorker();
    await waitFor(
      async () => (await ctx.ds.query(`SELECT count(*)::int AS n FROM permit WHERE document_id IS NOT NULL`))[0].n === PERMITS,
      {
        timeoutMs: 10 * 60_000,
        intervalMs: 100,
        what: 'all PDFs',
      },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const sizes: number[] = (await ctx.ds.query(`SELECT size_bytes FROM document WHERE purpose = 'permit' ORDER BY size_bytes`)).map(
      (r: { size_bytes: number }) => r.size_bytes,
    );
    const result = {
      permits: PERMITS,
      seconds: +seconds.toFixed(2),
      pdfsPerSecond: +(PERMITS / seconds).toFixed(1),
      medianBytes: sizes[Math.floor(sizes.length / 2)],
      minBytes: sizes[0],
      maxBytes: sizes[sizes.length - 1],
      target: '≥ 50 PDFs/s with one worker',
      cpus: require('node:os').cpus().length,
      loadAverage: require('node:os')
        .loadavg()
        .map((x: number) => +x.toFixed(2)),
      at: new Date().toISOString(),
    };
    console.log(`\nPermit PDFs through outbox → queue → one worker\n${JSON.stringify(result, null, 2)}\n`);
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', 'permits.json'), JSON.stringify(result, null, 2) + '\n');
    expect(sizes).toHaveLength(PERMITS);
  });
});
