import { can, type AccessAction, type AccessActor, type AccessResource, type ResourceKind } from '@lotse/server/core';
import type { Role } from '@lotse/shared/contracts';
import type { DataSource } from 'typeorm';
import { createChild, createTenant, createUser, TEST_PASSWORD, type TenantFixture, type UserFixture } from '../../../fixtures/factories';
import { activeChildminder, careRequestBody } from '../../../fixtures/placements';
import type { ApiClient, ApiResponse } from '../../../support/api-client';
import { TestContext } from '../../../support/test-app';

/**
 * The role × endpoint matrix, generated from the OpenAPI document and the access policy
 * (`ACCESS_POLICY`, `can`): every operation × every role (and no session) × the records it acts on
 * (the actor's own, another family's or childminder's in the same office, another office's). The
 * expected answer comes from `can(actor, action, record)`: 403 for a role without a grant, 404 (with
 * the record's "nicht gefunden" message) for a record out of reach, and otherwise the request passes
 * the access check (reads: 2xx). A new endpoint is covered automatically; one that names no action
 * must be public, or the matrix fails.
 */

type Operation = {
  method: string;
  path: string;
  access?: { action: AccessAction; resource?: { kind: ResourceKind; param: string } };
  requiredQuery: boolean;
  hasBody: boolean;
};
type Variant = 'own' | 'other party' | 'other office';
interface FixtureRecord {
  id: string;
  facts: AccessResource;
}

const ROLES: Role[] = ['admin', 'advisor', 'staff', 'childminder', 'parent', 'operator'];
const NOT_FOUND: Record<ResourceKind, string> = {
  childminder: 'Tagespflegeperson nicht gefunden.',
  child: 'Kind nicht gefunden.',
  care_request: 'Betreuungsanfrage nicht gefunden.',
  permit: 'Pflegeerlaubnis nicht gefunden.',
  permit_application: 'Antrag nicht gefunden.',
  placement: 'Betreuungsverhältnis nicht gefunden.',
  proposal: 'Vorschlag nicht gefunden.',
  vacancy: 'Freier Platz nicht gefunden.',
  matching_run: 'Vermittlungslauf nicht gefunden.',
  recheck_task: 'Aufgabe nicht gefunden.',
  user: 'Benutzer nicht gefunden.',
  inquiry: 'Anfrage nicht gefunden.',
  rota_assignment: 'Einteilung nicht gefunden.',
  appointment_slot: 'Termin nicht gefunden.',
  appointment_booking: 'Buchung nicht gefunden.',
  partner_service: 'Partner nicht gefunden.',
};

/** One office with two families and two childminders, each with their records. */
interface Office {
  tenant: TenantFixture;
  users: Record<'admin' | 'advisor' | 'parent1' | 'parent2' | 'cm1' | 'cm2', UserFixture>;
  records: Partial<Record<ResourceKind, FixtureRecord[]>>;
}

async function one(ds: DataSource, sql: string, params: unknown[]): Promise<string> {
  const rows: Array<{ id: string }> = await ds.query(sql, params);
  return rows[0].id;
}

async function buildOffice(ctx: TestContext, slug: string): Promise<Office> {
  const ds = ctx.ds;
  const tenant = await createTenant(ds, { slug });
  const admin = await createUser(ds, tenant, 'admin');
  const advisor = await createUser(ds, tenant, 'advisor');
  const parent1 = await createUser(ds, tenant, 'parent');
  const parent2 = await createUser(ds, tenant, 'parent');
  const cmf1 = await activeChildminder(ds, tenant, { firstName: 'Anna' });
  const cmf2 = await activeChildminder(ds, tenant, { firstName: 'Berta' });
  const cm1 = cmf1.user!;
  const cm2 = cmf2.user!;
  const t = tenant.id;
  const records: Office['records'] = {};
  const add = (kind: ResourceKind, id: string, owners: Array<string | null>) =>
    (records[kind] ??= []).push({ id, facts: { tenantId: t, owners } });

  add('childminder', cmf1.id, [cm1.id]);
  add('childminder', cmf2.id, [cm2.id]);
  add('user', parent1.id, [parent1.id]);
  add('user', cm2.id, [cm2.id]);
  const families: Array<{ parent: UserFixture; cm: typeof cmf1; cmUser: UserFixture }> = [
    { parent: parent1, cm: cmf1, cmUser: cm1 },
    { parent: parent2, cm: cmf2, cmUser: cm2 },
  ];
  for (const { parent, cm, cmUser } of families) {
    const child = await createChild(ds, parent);
    add('child', child.id, [parent.id]);
    const pc = ctx.client();
    await pc.login(parent.email, TEST_PASSWORD);
    const req = await pc.post('/api/care-requests', careRequestBody(child.id));
    if (req.status !== 201) throw new Error(`care request: ${req.status} ${JSON.stringify(req.body)}`);
    add('care_request', req.body.id, [parent.id]);
    const [permit] = await ds.query(`SELECT id FROM permit WHERE childminder_id = $1`, [cm.id]);
    add('permit', permit.id, [cmUser.id]);
    add(
      'permit_application',
      await one(
        ds,
        `INSERT INTO permit_application (tenant_id, childminder_id, kind, requested_max_children) VALUES ($1, $2, 'renewal', 5) RETURNING id`,
        [t, cm.id],
      ),
      [cmUser.id],
    );
    add(
      'vacancy',
      await one(
        ds,
        `INSERT INTO vacancy (tenant_id, childminder_id, from_date, schedule, ages_from_months, ages_to_months, places, confirmed_at)
         VALUES ($1, $2, '2027-08-01', '[{"weekday":1,"from":"08:00","to":"12:00"}]', 0, 36, 1, now()) RETURNING id`,
        [t, cm.id],
      ),
      [cmUser.id],
    );
    add(
      'placement',
      await one(
        ds,
        `INSERT INTO placement (tenant_id, child_id, childminder_id, start_on, settling_in_until, end_on, schedule, weekly_minutes)
         VALUES ($1, $2, $3, '2026-09-01', '2026-09-28', NULL, '[{"weekday":2,"from":"08:00","to":"12:00"}]', 240) RETURNING id`,
        [t, child.id, cm.id],
      ),
      [parent.id, cmUser.id],
    );
    add(
      'proposal',
      await one(
        ds,
        `INSERT INTO proposal (tenant_id, care_request_id, childminder_id, status, start_on, schedule, settling_in_weeks, proposed_by)
         VALUES ($1, $2, $3, 'open', '2027-08-01', '[{"weekday":1,"from":"08:00","to":"12:00"}]', 4, $4) RETURNING id`,
        [t, req.body.id, cm.id, advisor.id],
      ),
      [parent.id, cmUser.id],
    );
    add(
      'recheck_task',
      await one(ds, `INSERT INTO recheck_task (tenant_id, childminder_id, source, event) VALUES ($1, $2, 'report', 'move') RETURNING id`, [
        t,
        cm.id,
      ]),
      [],
    );
    const slot = await one(
      ds,
      `INSERT INTO appointment_slot (tenant_id, advisor_id, starts_at, ends_at) VALUES ($1, $2, now() + interval '3 days', now() + interval '3 days 30 minutes') RETURNING id`,
      [t, advisor.id],
    );
    add('appointment_slot', slot, [advisor.id]);
    const booker = parent === parent1 ? parent : cmUser;
    add(
      'appointment_booking',
      await one(
        ds,
        `INSERT INTO appointment_booking (tenant_id, slot_id, user_id, name, email, booker_role, topic, status, confirmed_at)
         VALUES ($1, $2, $3, 'Erika Muster', $4, $5, 'other', 'confirmed', now()) RETURNING id`,
        [t, slot, booker.id, booker.email, booker.role],
      ),
      [booker.id],
    );
  }
  add(
    'matching_run',
    await one(ds, `INSERT INTO matching_run (tenant_id, status, seed, requested_by) VALUES ($1, 'done', 7, $2) RETURNING id`, [
      t,
      advisor.id,
    ]),
    [],
  );
  add(
    'inquiry',
    await one(
      ds,
      `INSERT INTO inquiry (tenant_id, reference, channel, name, phone, service, message, status, received_at, due_on, due_at)
       VALUES ($1, 'A-' || substr(md5(random()::text), 1, 6), 'phone', 'Erika Muster', '02307 1234', 'kindertagespflege', 'Rückruf', 'new', now(), current_date + 2, now() + interval '2 days') RETURNING id`,
      [t],
    ),
    [],
  );
  add(
    'rota_assignment',
    await one(
      ds,
      `INSERT INTO rota_assignment (tenant_id, session_date, starts_at, ends_at, user_id) VALUES ($1, current_date + 30, '09:00', '12:00', $2) RETURNING id`,
      [t, advisor.id],
    ),
    [],
  );
  add(
    'partner_service',
    await one(
      ds,
      `INSERT INTO partner_service (tenant_id, name, category, offer) VALUES ($1, 'Beratungsstelle', 'other', 'Beratung') RETURNING id`,
      [t],
    ),
    [],
  );
  return { tenant, users: { admin, advisor, parent1, parent2, cm1, cm2 }, records };
}

describe('access: the role × endpoint matrix from the OpenAPI document and the access policy', () => {
  let ctx: TestContext;
  let kamen: Office;
  let unna: Office;
  let operations: Operation[];
  const actors: Partial<Record<Role, { user: UserFixture; client: ApiClient }>> = {};
  let anonymous: ApiClient;

  beforeAll(async () => {
    ctx = await TestContext.create();
    kamen = await buildOffice(ctx, 'kamen-matrix');
    unna = await buildOffice(ctx, 'unna-matrix');
    const operator = await createUser(ctx.ds, kamen.tenant, 'operator');
    const users: Record<Role, UserFixture> = {
      admin: kamen.users.admin,
      advisor: kamen.users.advisor,
      staff: await createUser(ctx.ds, kamen.tenant, 'staff'),
      childminder: kamen.users.cm1,
      parent: kamen.users.parent1,
      operator,
    };
    for (const role of ROLES) {
      const client = ctx.client();
      await client.login(users[role].email, TEST_PASSWORD);
      actors[role] = { user: users[role], client };
    }
    anonymous = ctx.client();
    const spec = (await anonymous.get('/api/docs/openapi.json')).body as {
      paths: Record<
        string,
        Record<
          string,
          { 'x-lotse-access'?: Operation['access']; parameters?: Array<{ in: string; required?: boolean }>; requestBody?: unknown }
        >
      >;
    };
    operations = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method,
        path,
        access: op['x-lotse-access'],
        requiredQuery: (op.parameters ?? []).some((p) => p.in === 'query' && p.required),
        hasBody: !!op.requestBody,
      })),
    );
  }, 180_000);
  afterAll(() => ctx.close());

  const send = (client: ApiClient, op: Operation, url: string): Promise<ApiResponse> =>
    op.method === 'get' ? client.get(url) : client.send(op.method as 'post', url, { matrixProbe: true });

  /** The path with the record's id in its resource parameter and a fresh id in any other. */
  const urlFor = (op: Operation, recordId?: string) =>
    op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      name === op.access?.resource?.param && recordId ? recordId : '00000000-0000-4000-8000-000000000000',
    ) + (QUERY[op.path]?.() ?? '');

  /** Query parameters a route needs to answer 2xx that the OpenAPI document cannot mark as required (they depend on the role). */
  const QUERY: Record<string, () => string> = {
    '/api/placements/week-grid': () => `?childminderId=${kamen.records.childminder![0].id}`,
  };

  /** The records an actor tries: its own (or the office's first), another party's in its office, another office's. */
  function variants(kind: ResourceKind, actor: AccessActor): Array<{ variant: Variant; record: FixtureRecord }> {
    const mine = kamen.records[kind] ?? [];
    const own = mine.find((r) => r.facts.owners.includes(actor.id)) ?? mine[0];
    const other = mine.find((r) => r !== own && !r.facts.owners.includes(actor.id));
    return [
      { variant: 'own' as Variant, record: own },
      ...(other ? [{ variant: 'other party' as Variant, record: other }] : []),
      { variant: 'other office' as Variant, record: (unna.records[kind] ?? [])[0] },
    ].filter((v) => !!v.record);
  }

  /** What the answer must be, from the policy; null = passes the access check. */
  function check(res: ApiResponse, expected: 'pass' | 'strict pass' | 403 | 404, kind?: ResourceKind): string | null {
    if (res.status >= 500) return `${res.status}`;
    if (expected === 403) return res.status === 403 ? null : `${res.status}, expected 403`;
    if (expected === 404) {
      const ok = res.status === 404 && kind && res.body?.message === NOT_FOUND[kind];
      return ok ? null : `${res.status} ${res.body?.message ?? ''}, expected 404 ${kind ? NOT_FOUND[kind] : ''}`;
    }
    if (res.status === 401 || res.status === 403) return `${res.status} ${res.body?.message ?? ''}, expected access`;
    if (kind && res.status === 404 && res.body?.message === NOT_FOUND[kind]) return `404 ${res.body.message}, expected access`;
    // A read may find its record in a state with nothing to give yet (a permit's PDF still being made: 409).
    if (expected === 'strict pass' && (res.status < 200 || res.status >= 300) && res.status !== 409)
      return `${res.status} ${res.body?.message ?? ''}, expected 2xx`;
    return null;
  }

  it('reads the whole OpenAPI document: every operation either names an action or is public (checked without a session below)', () => {
    const named = operations.filter((op) => op.access);
    expect(operations.length).toBeGreaterThan(140);
    expect(named.length).toBeGreaterThan(120);
    const unknown = named.filter((op) => !op.access!.action || (op.access!.resource && !NOT_FOUND[op.access!.resource.kind]));
    expect(unknown).toEqual([]);
    // A route on a record names it, so the guard checks that record before anything else: the first path
    // parameter is the record, except where it is not one (a rule's type) or the record sits in the
    // caller's own file (`/me/...`: the use case resolves it within her file).
    const NOT_A_RECORD = /^\/api\/(evidence-rules\/\{type\}|childminders\/me\/)/;
    const unnamedRecord = named
      .filter((op) => op.path.includes('{') && !NOT_A_RECORD.test(op.path))
      .filter((op) => op.access!.resource?.param !== /\{([^}]+)\}/.exec(op.path)![1])
      .map((op) => `${op.method.toUpperCase()} ${op.path}`);
    expect(unnamedRecord).toEqual([]);
  });

  it('no session: 401 on every operation that names an action, never on a public one', async () => {
    const failures: string[] = [];
    for (const op of operations) {
      if (op.path === '/api/auth/logout') continue;
      const res = await send(anonymous, op, urlFor(op));
      const label = `anonymous ${op.method.toUpperCase()} ${op.path}`;
      if (op.access && res.status !== 401) failures.push(`${label} -> ${res.status}, expected 401`);
      if (!op.access && (res.status === 401 || res.status >= 500)) failures.push(`${label} -> ${res.status}, public route`);
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('every role × every operation × own / other party / other office gives what the policy says', async () => {
    const failures: string[] = [];
    let checked = 0;
    const named = operations.filter((op) => op.access && op.path !== '/api/auth/logout');
    // Reads first, then writes; a write without a body acts for real, so only its refusals are probed
    // for every actor and the allowed case once, at the very end.
    const reads = named.filter((op) => op.method === 'get');
    const writes = named.filter((op) => op.method !== 'get');
    const finalWrites: Array<() => Promise<void>> = [];
    for (const op of [...reads, ...writes]) {
      const access = op.access!;
      const once = op.method !== 'get' && !op.hasBody;
      let queued = false;
      for (const role of ROLES) {
        const { user, client } = actors[role]!;
        const actor: AccessActor = { id: user.id, role, tenantId: user.tenantId };
        const cases = access.resource
          ? variants(access.resource.kind, actor).map((v) => ({ label: v.variant, url: urlFor(op, v.record.id), facts: v.record.facts }))
          : [{ label: 'no record', url: urlFor(op), facts: undefined }];
        for (const c of cases) {
          const decision = can(actor, access.action, c.facts);
          const expected: 'pass' | 'strict pass' | 403 | 404 = !decision.allowed
            ? decision.status
            : op.method === 'get' && !op.requiredQuery && op.path.split('{').length - 1 === (access.resource ? 1 : 0)
              ? 'strict pass'
              : 'pass';
          const run = async () => {
            const res = await send(client, op, c.url);
            checked++;
            const problem = check(res, expected, access.resource?.kind);
            if (problem) failures.push(`${role} ${op.method.toUpperCase()} ${op.path} [${c.label}] ${access.action} -> ${problem}`);
          };
          if (!(once && decision.allowed)) await run();
          else if (!queued) {
            queued = true;
            finalWrites.push(run);
          }
        }
      }
    }
    for (const run of finalWrites) await run();
    console.log(`role matrix: ${named.length} operations, ${checked} requests checked`);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(600);
  }, 600_000);
});
