import type { AuditService } from '@lotse/server/audit';
import type { ChildminderLifecyclePort, TimelineService } from '@lotse/server/childminders';
import { HttpException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Permit } from '../entities';
import type { OfficeToday } from '../shared/office-today';
import { endPermitsOfFile, PermitLifecycle } from './permit-lifecycle';

const NOW = new Date('2026-11-25T09:00:00Z');
const advisor = { id: 'u1', role: 'advisor' as const, tenantId: 't1', ip: null, displayName: 'Sabine Krüger' } as never;

function setup(queries: unknown[] = []) {
  const audit = { record: jest.fn() };
  const timeline = { record: jest.fn(), recordMany: jest.fn() };
  const childminders = { change: jest.fn(async () => null), changeMany: jest.fn(async () => []) };
  const day = { today: () => '2026-11-25', now: () => NOW };
  const saved: Array<Partial<Permit>> = [];
  const repo = { save: jest.fn(async (p: Permit) => (saved.push({ ...p }), p)), create: jest.fn((p: Partial<Permit>) => p) };
  const query = jest.fn();
  for (const q of queries) query.mockResolvedValueOnce(q);
  const m = { getRepository: () => repo, query } as unknown as EntityManager;
  const lifecycle = new PermitLifecycle(
    audit as unknown as AuditService,
    timeline as unknown as TimelineService,
    childminders as unknown as ChildminderLifecyclePort,
    day as unknown as OfficeToday,
  );
  return { lifecycle, audit, timeline, childminders, saved, query, m };
}

const permit = (status: Permit['status'], more: Partial<Permit> = {}) =>
  ({ id: 'p1', tenantId: 't1', childminderId: 'c1', number: 'KT-2026-0001', validUntil: '2031-11-24', status, ...more }) as Permit;

async function refused(p: Promise<unknown>): Promise<[number, string]> {
  const e = (await p.then(
    () => null,
    (x: unknown) => x,
  )) as HttpException;
  expect(e).toBeInstanceOf(HttpException);
  return [e.getStatus(), (e.getResponse() as { message: string }).message];
}

describe('PermitLifecycle', () => {
  it('a decision’s permit starts as a draft', async () => {
    const { lifecycle, saved, m } = setup();
    await lifecycle.draft(m, { tenantId: 't1', childminderId: 'c1', maxChildren: 5 });
    expect(saved).toEqual([{ tenantId: 't1', childminderId: 'c1', maxChildren: 5, status: 'draft' }]);
  });

  it('issuing makes the holder active first (through the port: from any other status, vouching for the permit, 422 on field status), then issues and supersedes', async () => {
    const { lifecycle, childminders, timeline, audit, m } = setup();
    const old = permit('issued', { id: 'p0', number: 'KT-2021-0007' });
    const p = permit('approved');
    await lifecycle.issue(m, advisor, p, old);
    expect(childminders.change).toHaveBeenCalledWith(m, advisor, 'c1', {
      to: 'active',
      onlyFrom: ['interested', 'applicant', 'in_qualification', 'suitability_check', 'paused', 'ended'],
      hasValidPermit: true,
      field: 'status',
      note: 'Pflegeerlaubnis KT-2026-0001 erteilt',
    });
    expect(p).toMatchObject({ status: 'issued', issuedAt: NOW, issuedBy: 'u1' });
    expect(old).toMatchObject({ status: 'superseded', supersededById: 'p1' });
    expect(timeline.record).toHaveBeenCalledWith(
      m,
      expect.objectContaining({
        type: 'permit_issued',
        details: { permitId: 'p1', number: 'KT-2026-0001', validUntil: '2031-11-24', replaces: 'KT-2021-0007' },
      }),
    );
    expect(audit.record).toHaveBeenCalledWith(
      { action: 'permit.issue', actor: advisor, targetType: 'permit', targetId: 'p1', details: { number: 'KT-2026-0001' } },
      m,
    );
  });

  it('a replaced permit that is no longer issued stays as it is; an issued permit is not issued again', async () => {
    const { lifecycle, m } = setup();
    const revoked = permit('revoked', { id: 'p0' });
    await lifecycle.issue(m, advisor, permit('draft'), revoked);
    expect(revoked.status).toBe('revoked');
    expect((await refused(lifecycle.issue(m, advisor, permit('issued'), null)))[0]).toBe(409);
  });

  it('revokes only an issued permit (409 otherwise) and pauses an active holder only', async () => {
    const { lifecycle, childminders, m } = setup();
    expect(await refused(lifecycle.revoke(m, advisor, permit('expired'), { effectiveOn: '2026-12-01', reason: 'x' }))).toEqual([
      409,
      'Nur eine erteilte, gültige Pflegeerlaubnis kann widerrufen werden.',
    ]);
    expect(childminders.change).not.toHaveBeenCalled();
    const p = permit('issued');
    await lifecycle.revoke(m, advisor, p, { effectiveOn: '2026-12-01', reason: '  Hinweise auf Gefährdung ' });
    expect(p).toMatchObject({
      status: 'revoked',
      revokedOn: '2026-12-01',
      revokedReason: 'Hinweise auf Gefährdung',
      revokedBy: 'u1',
      revokedAt: NOW,
    });
    expect(childminders.change).toHaveBeenCalledWith(m, advisor, 'c1', {
      to: 'paused',
      onlyFrom: ['active'],
      note: 'Pflegeerlaubnis KT-2026-0001 widerrufen',
    });
  });

  it('approves only a draft', async () => {
    const { lifecycle, audit, m } = setup();
    expect(await refused(lifecycle.approve(m, advisor, permit('issued')))).toEqual([
      409,
      'Diese Pflegeerlaubnis wartet nicht auf eine Freigabe.',
    ]);
    const p = permit('draft');
    await lifecycle.approve(m, advisor, p);
    expect(p).toMatchObject({ status: 'approved', approvedBy: 'u1', approvedAt: NOW });
    expect(audit.record).toHaveBeenCalledWith(expect.objectContaining({ action: 'permit.approve', targetId: 'p1' }), m);
  });

  it('expiry: issued permits past their last day expire; holders without another valid permit are paused if active', async () => {
    const expired = [
      { id: 'p1', tenant_id: 't1', childminder_id: 'c1', number: 'KT-2021-0001' },
      { id: 'p2', tenant_id: 't1', childminder_id: 'c2', number: 'KT-2021-0002' },
    ];
    const { lifecycle, childminders, timeline, query, m } = setup([expired, [{ id: 'c1' }]]);
    expect(await lifecycle.expireDue(m, '2026-11-25')).toEqual(expired);
    expect(query.mock.calls[0][1]).toEqual(['2026-11-25', ['issued']]);
    expect(timeline.recordMany).toHaveBeenCalledWith(m, [
      expect.objectContaining({ childminderId: 'c1', type: 'permit_expired' }),
      expect.objectContaining({ childminderId: 'c2', type: 'permit_expired' }),
    ]);
    expect(childminders.changeMany).toHaveBeenCalledWith(
      m,
      'paused',
      [{ childminderId: 'c1', note: 'Pflegeerlaubnis KT-2021-0001 abgelaufen – ein neuer Antrag ist möglich' }],
      { onlyFrom: ['active'] },
    );
  });

  it('the end of the file ends issued permits and drafts waiting for approval', async () => {
    const { query, m } = setup([[[{ number: 'KT-2026-0001' }, { number: null }], 2]]);
    expect(await endPermitsOfFile(m, 't1', 'c1', '2026-11-25')).toEqual(['KT-2026-0001', '(Entwurf)']);
    expect(query.mock.calls[0][1]).toEqual(['t1', 'c1', '2026-11-25', ['draft', 'approved', 'issued']]);
  });
});
