import { ACCESS_ACTIONS, ACCESS_POLICY, allows, can, isOfficeStaff, rolesWith, scopeOf, seesOffice, type AccessActor } from './policy';

const KAMEN = 'tenant-kamen';
const UNNA = 'tenant-unna';
const actor = (role: AccessActor['role'], id = `${role}-1`, tenantId = KAMEN): AccessActor => ({ id, role, tenantId });

describe('access policy', () => {
  it('a parent reaches her own family’s care request, not another family’s or office’s (404, not 403)', () => {
    const parent = actor('parent');
    expect(can(parent, 'care-request.read', { tenantId: KAMEN, owners: ['parent-1'] })).toEqual({ allowed: true, scope: 'own' });
    expect(can(parent, 'care-request.read', { tenantId: KAMEN, owners: ['parent-2'] })).toEqual({
      allowed: false,
      status: 404,
      reason: 'not own record',
    });
    expect(can(parent, 'care-request.read', { tenantId: UNNA, owners: ['parent-1'] })).toEqual({
      allowed: false,
      status: 404,
      reason: 'other tenant',
    });
  });

  it('staff reach every record of their own office only', () => {
    for (const role of ['advisor', 'admin'] as const) {
      expect(can(actor(role), 'childminder.read', { tenantId: KAMEN, owners: ['someone'] }).allowed).toBe(true);
      expect(can(actor(role), 'childminder.read', { tenantId: UNNA, owners: [] })).toMatchObject({ allowed: false, status: 404 });
    }
  });

  it('a role without a grant gets 403 whatever the record', () => {
    expect(can(actor('childminder'), 'child.read', { tenantId: KAMEN, owners: ['childminder-1'] })).toEqual({
      allowed: false,
      status: 403,
      reason: 'role childminder may not child.read',
    });
    expect(can(actor('parent'), 'permit.decide')).toMatchObject({ allowed: false, status: 403 });
    expect(can(actor('admin'), 'permit.decide')).toMatchObject({ allowed: false, status: 403 });
    expect(can(actor('advisor'), 'permit.decide').allowed).toBe(true);
  });

  it('the four-eyes and decision actions belong to advisors; settings to admins', () => {
    for (const a of [
      'permit.decide',
      'permit.revoke',
      'permit-application.decide',
      'permit-application.check',
      'placement.change',
    ] as const)
      expect(Object.keys(ACCESS_POLICY[a])).toEqual(['advisor']);
    for (const a of ['permit-settings.write', 'office.settings.write', 'capacity-settings.write', 'rota.write', 'audit.read'] as const)
      expect(Object.keys(ACCESS_POLICY[a])).toEqual(['admin']);
  });

  it('the operator passes no office action: only its own account and onboarding offices', () => {
    const granted = ACCESS_ACTIONS.filter((a) => allows({ role: 'operator' }, a));
    expect(granted.sort()).toEqual(['account.read', 'account.update', 'office.onboard', 'user.read']);
    expect(scopeOf({ role: 'operator' }, 'user.read')).toBe('own');
  });

  it('parents and childminders never reach records by office, only their own', () => {
    for (const a of ACCESS_ACTIONS) {
      expect(seesOffice({ role: 'parent' }, a)).toBe(false);
      expect(seesOffice({ role: 'childminder' }, a)).toBe(false);
    }
  });

  it('the Familienbüro team (staff) works the inquiries, the rota and the referral guide, and opens no file', () => {
    const granted = ACCESS_ACTIONS.filter((a) => allows({ role: 'staff' }, a)).sort();
    expect(granted).toEqual([
      'account.read',
      'account.update',
      'inquiry.read',
      'inquiry.write',
      'partner-service.read',
      'referral.figures',
      'referral.record',
      'rota.read',
      'user.read',
    ]);
    for (const a of [
      'childminder.read',
      'child.read',
      'care-request.list',
      'permit.list',
      'placement.list',
      'appointment-slot.read',
    ] as const)
      expect(can(actor('staff'), a)).toMatchObject({ allowed: false, status: 403 });
    expect(isOfficeStaff('staff')).toBe(false);
    expect(isOfficeStaff('advisor')).toBe(true);
    expect(rolesWith('rota.read').sort()).toEqual(['admin', 'advisor', 'staff']);
    expect(rolesWith('rota.write')).toEqual(['admin']);
  });

  it('every action grants at least one role', () => {
    for (const a of ACCESS_ACTIONS) expect(Object.keys(ACCESS_POLICY[a]).length).toBeGreaterThan(0);
  });
});
