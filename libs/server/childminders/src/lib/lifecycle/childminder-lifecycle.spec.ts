import type { AuditService } from '@lotse/server/audit';
import { HttpException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Childminder } from '../entities';
import type { OfficeDay } from '../shared/office-day';
import type { PermitStatusPort } from '../shared/permit-status.port';
import type { TimelineService } from '../shared/timeline.service';
import { ChildminderLifecycle, openingState } from './childminder-lifecycle';

const NOW = new Date('2026-11-25T09:00:00Z');
const advisor = { id: 'u1', role: 'advisor' as const, tenantId: 't1', ip: null };

function setup(opts: { validPermit?: boolean; ended?: string[]; queryRows?: unknown[] } = {}) {
  const audit = { record: jest.fn() };
  const timeline = { record: jest.fn(), recordMany: jest.fn() };
  const permits = { hasValidPermit: jest.fn(async () => opts.validPermit ?? false), endPermits: jest.fn(async () => opts.ended ?? []) };
  const day = { today: () => '2026-11-25', now: () => NOW };
  const saved: Childminder[] = [];
  const repo = { save: jest.fn(async (cm: Childminder) => (saved.push({ ...cm }), cm)), findOne: jest.fn() };
  const m = { getRepository: () => repo, query: jest.fn(async () => opts.queryRows ?? []) } as unknown as EntityManager & {
    query: jest.Mock;
  };
  const lifecycle = new ChildminderLifecycle(
    audit as unknown as AuditService,
    timeline as unknown as TimelineService,
    permits as unknown as PermitStatusPort,
    day as unknown as OfficeDay,
  );
  return { lifecycle, audit, timeline, permits, saved, repo, m };
}

const file = (status: Childminder['status'], more: Partial<Childminder> = {}) =>
  ({ id: 'c1', tenantId: 't1', status, wasActive: false, endedOn: null, statusChangedAt: new Date(0), ...more }) as Childminder;

async function refusal(
  p: Promise<unknown>,
): Promise<{ status: number; body: { message: string; errors: Array<{ field: string; code: string }> } }> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HttpException);
  const h = e as HttpException;
  return { status: h.getStatus(), body: h.getResponse() as never };
}

describe('ChildminderLifecycle', () => {
  it('a new file starts as interested, never active, not ended', () => {
    expect(openingState(NOW)).toEqual({ status: 'interested', statusChangedAt: NOW, wasActive: false, endedOn: null });
  });

  it('writes status, timeline and audit together, in the caller’s manager', async () => {
    const { lifecycle, audit, timeline, saved, m } = setup();
    const cm = file('interested');
    expect(await lifecycle.apply(m, advisor, cm, { to: 'applicant', note: '  Infoabend besucht ' })).toEqual({
      childminderId: 'c1',
      tenantId: 't1',
      from: 'interested',
      to: 'applicant',
    });
    expect(saved).toEqual([expect.objectContaining({ status: 'applicant', statusChangedAt: NOW, endedOn: null, wasActive: false })]);
    expect(timeline.record).toHaveBeenCalledWith(m, {
      tenantId: 't1',
      childminderId: 'c1',
      actorId: 'u1',
      type: 'status_changed',
      details: { from: 'interested', to: 'applicant', note: 'Infoabend besucht' },
    });
    expect(audit.record).toHaveBeenCalledWith(
      {
        action: 'childminder.transition',
        actor: advisor,
        tenantId: 't1',
        targetType: 'childminder',
        targetId: 'c1',
        details: { from: 'interested', to: 'applicant' },
      },
      m,
    );
  });

  it('refuses a step the table does not allow with 422, the German reason and the caller’s field; writes nothing', async () => {
    const { lifecycle, audit, timeline, saved, m } = setup();
    const r = await refusal(lifecycle.apply(m, advisor, file('interested'), { to: 'suitability_check' }));
    expect(r.status).toBe(422);
    expect(r.body.message).toBe('Von „Interessiert“ nach „Eignungsprüfung“ ist kein zulässiger Wechsel. Möglich: „Bewerbung“, „Beendet“.');
    expect(r.body.errors[0]).toMatchObject({ field: 'to', code: 'transition' });
    const s = await refusal(lifecycle.apply(m, advisor, file('interested'), { to: 'active', hasValidPermit: true, field: 'status' }));
    expect(s.body.errors[0]).toMatchObject({ field: 'status', code: 'transition' });
    expect([saved.length, timeline.record.mock.calls.length, audit.record.mock.calls.length]).toEqual([0, 0, 0]);
  });

  it('active needs a valid permit: asked from PermitStatusPort unless the caller vouches for one (issuing)', async () => {
    const asked = setup({ validPermit: false });
    expect((await refusal(asked.lifecycle.apply(asked.m, advisor, file('paused'), { to: 'active' }))).body.message).toBe(
      'Aktiv wird eine Tagespflegeperson erst mit einer gültigen Pflegeerlaubnis.',
    );
    expect(asked.permits.hasValidPermit).toHaveBeenCalledWith('t1', 'c1', '2026-11-25', asked.m);
    const issuing = setup({ validPermit: false });
    const cm = file('suitability_check', { endedOn: null });
    await issuing.lifecycle.apply(issuing.m, advisor, cm, { to: 'active', hasValidPermit: true });
    expect(issuing.permits.hasValidPermit).not.toHaveBeenCalled();
    expect(cm).toMatchObject({ status: 'active', wasActive: true });
  });

  it('onlyFrom: other statuses are left alone (null), without a refusal', async () => {
    const { lifecycle, saved, m } = setup();
    expect(await lifecycle.apply(m, advisor, file('paused'), { to: 'paused', onlyFrom: ['active'] })).toBeNull();
    expect(await lifecycle.apply(m, advisor, file('suitability_check'), { to: 'in_qualification', onlyFrom: ['applicant'] })).toBeNull();
    expect(saved).toHaveLength(0);
  });

  it('ending a file records the end day, ends her permits and, if she was never active, deletes the good-conduct data', async () => {
    const { lifecycle, timeline, permits, m } = setup({ ended: ['KT-2026-0001'] });
    const cm = file('applicant');
    await lifecycle.apply(m, advisor, cm, { to: 'ended' });
    expect(cm.endedOn).toBe('2026-11-25');
    expect(permits.endPermits).toHaveBeenCalledWith(m, 't1', 'c1', '2026-11-25');
    expect(timeline.record).toHaveBeenCalledWith(
      m,
      expect.objectContaining({ type: 'permit_ended', details: { numbers: ['KT-2026-0001'], endedOn: '2026-11-25' } }),
    );
    expect(
      m.query.mock.calls.some(([sql]) =>
        /DELETE FROM evidence_item WHERE childminder_id = \$1 AND type = 'good_conduct'/.test(String(sql)),
      ),
    ).toBe(true);

    const wasActive = setup();
    await wasActive.lifecycle.apply(wasActive.m, advisor, file('active', { wasActive: true }), { to: 'ended' });
    expect(wasActive.m.query).not.toHaveBeenCalled();
  });

  it('change() loads and locks the file; an unknown file is a 404', async () => {
    const { lifecycle, repo, m } = setup();
    repo.findOne.mockResolvedValueOnce(file('applicant'));
    await lifecycle.change(m, advisor, 'c1', { to: 'in_qualification' });
    expect(repo.findOne).toHaveBeenCalledWith({ where: { id: 'c1' }, lock: { mode: 'pessimistic_write' } });
    repo.findOne.mockResolvedValueOnce(null);
    expect((await refusal(lifecycle.change(m, advisor, 'x', { to: 'applicant' }))).status).toBe(404);
  });

  it('changeMany moves only files whose status may lead there (and is in onlyFrom), by the system, each audited', async () => {
    const { lifecycle, audit, timeline, m } = setup({ queryRows: [[{ id: 'c1', tenant_id: 't1', from: 'active' }], 1] });
    const moved = await lifecycle.changeMany(
      m,
      'paused',
      [
        { childminderId: 'c1', note: 'abgelaufen' },
        { childminderId: 'c2', note: 'abgelaufen' },
      ],
      { onlyFrom: ['active'] },
    );
    expect(moved).toEqual([{ childminderId: 'c1', tenantId: 't1', from: 'active', to: 'paused' }]);
    const [sql, params] = m.query.mock.calls[0];
    expect(sql).toMatch(/UPDATE childminder c SET status = \$3/);
    expect(params).toEqual([['c1', 'c2'], ['active'], 'paused', NOW]);
    expect(timeline.recordMany).toHaveBeenCalledWith(m, [
      {
        tenantId: 't1',
        childminderId: 'c1',
        actorId: null,
        type: 'status_changed',
        details: { from: 'active', to: 'paused', note: 'abgelaufen' },
      },
    ]);
    expect(audit.record).toHaveBeenCalledWith(
      expect.objectContaining({ action: 'childminder.transition', actor: null, targetId: 'c1' }),
      m,
    );
  });

  it('changeMany refuses active and ended (they need a permit check or have consequences)', async () => {
    const { lifecycle, m } = setup();
    await expect(lifecycle.changeMany(m, 'active', [{ childminderId: 'c1', note: null }])).rejects.toThrow(/use change/);
    await expect(lifecycle.changeMany(m, 'ended', [{ childminderId: 'c1', note: null }])).rejects.toThrow(/use change/);
    expect(await lifecycle.changeMany(m, 'paused', [{ childminderId: 'c1', note: null }], { onlyFrom: ['applicant'] })).toEqual([]);
    expect(m.query).not.toHaveBeenCalled();
  });
});
