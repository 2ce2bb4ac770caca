import type { Role } from '@lotse/shared/contracts';

/**
 * How far a role's grant reaches:
 * - `office`: every record of the actor's own office (tenant);
 * - `own`: only records the actor is a party to (a parent: the family's child, request, placement,
 *   proposal; a childminder: her own file, permit, vacancies, placements, proposals; anyone: their own
 *   account, bookings, appointment slots).
 * A role without a grant for an action is refused with 403; a record outside the grant's reach with 404,
 * so nobody learns that another family's or office's record exists.
 */
export type AccessScope = 'office' | 'own';
export type Grant = Readonly<Partial<Record<Role, AccessScope>>>;

const staff = { advisor: 'office', admin: 'office' } as const;
const advisorOnly = { advisor: 'office' } as const;
const adminOnly = { admin: 'office' } as const;
const everyone = { parent: 'own', childminder: 'own', advisor: 'own', admin: 'own', staff: 'own', operator: 'own' } as const;
/** The Familienbüro's house: the advisory service, the coordination and the staff of the other services. */
const house = { advisor: 'office', admin: 'office', staff: 'office' } as const;

/**
 * The one table of who may do what in Lotse. Every route names its action with `@Can(...)`; the access
 * guard and the services check it with `can(actor, action, resource)`. The role × endpoint matrix test
 * (`tests/api-e2e/specs/access/role-matrix.e2e-spec.ts`) derives its expectations from this table.
 */
export const ACCESS_POLICY = {
  // own account (any signed-in user)
  'account.read': everyone,
  'account.update': everyone,
  'user.list': adminOnly,
  'user.create': adminOnly,
  'user.read': { parent: 'own', childminder: 'own', staff: 'own', advisor: 'office', admin: 'office', operator: 'own' },
  'audit.read': adminOnly,
  // offices: the operator onboards them, the admin keeps the office's data and rules
  'office.onboard': { operator: 'office' },
  'office.settings.read': adminOnly,
  'office.settings.write': adminOnly,
  'permit-settings.read': adminOnly,
  'permit-settings.write': adminOnly,
  'capacity-settings.read': staff,
  'capacity-settings.write': adminOnly,
  'matching-settings.read': staff,
  'matching-settings.write': adminOnly,
  'evidence-rules.read': staff,
  'evidence-rules.write': adminOnly,
  // childminders' files
  'childminder.list': staff,
  'childminder.create': staff,
  'childminder.read': { childminder: 'own', ...staff },
  'childminder.update': { childminder: 'own', ...staff },
  'childminder.qualify': staff,
  'childminder.transition': staff,
  'childminder.report': { childminder: 'own' },
  /** the `/me` and `/mine` routes: a childminder's own file, permits and applications */
  'childminder.self.read': { childminder: 'own' },
  'childminder.self.write': { childminder: 'own' },
  'evidence.record': { childminder: 'own', ...staff },
  'evidence.confirm': staff,
  'evidence.reminders.read': staff,
  'document.review': staff,
  'recheck-task.read': staff,
  'recheck-task.close': staff,
  // permits (§ 43 SGB VIII)
  'permit.list': staff,
  'permit.read': { childminder: 'own', ...staff },
  'permit.decide': advisorOnly,
  'permit.revoke': advisorOnly,
  'permit-application.create': { childminder: 'own' },
  'permit-application.list': staff,
  'permit-application.read': { childminder: 'own', ...staff },
  'permit-application.check': advisorOnly,
  'permit-application.decide': advisorOnly,
  'permit-application.withdraw': { childminder: 'own' },
  // families
  'child.list': { parent: 'own', ...staff },
  'child.create': { parent: 'own' },
  'child.read': { parent: 'own', ...staff },
  'child.measles-proof': { parent: 'own', ...staff },
  'care-request.list': { parent: 'own', ...staff },
  'care-request.create': { parent: 'own', advisor: 'office' },
  'care-request.read': { parent: 'own', ...staff },
  'care-request.update': { parent: 'own', advisor: 'office' },
  'care-request.withdraw': { parent: 'own', advisor: 'office' },
  'care-request.review': advisorOnly,
  'care-request.close': advisorOnly,
  // vacancies, proposals, placements, matching
  'vacancy.list': { childminder: 'own', ...staff },
  'vacancy.write': { childminder: 'own' },
  'proposal.create': advisorOnly,
  'proposal.list': { parent: 'own', childminder: 'own', ...staff },
  'proposal.read': { parent: 'own', childminder: 'own', ...staff },
  'proposal.answer': { parent: 'own', childminder: 'own' },
  'proposal.withdraw': advisorOnly,
  'placement.list': { parent: 'own', childminder: 'own', ...staff },
  'placement.read': { parent: 'own', childminder: 'own', ...staff },
  'placement.week-grid': { childminder: 'own', ...staff },
  'placement.change': advisorOnly,
  'matching.suggest': advisorOnly,
  'matching.run': advisorOnly,
  'matching.read': staff,
  // the Familienbüro's front door
  'inquiry.read': house,
  'inquiry.write': house,
  'inquiry-settings.write': adminOnly,
  'rota.read': house,
  'rota.write': adminOnly,
  'appointment-slot.read': staff,
  'appointment-slot.manage': staff,
  /** an advisor manages her own slots; deleting another advisor's is the coordination's (admin's) */
  'appointment-slot.manage-others': adminOnly,
  'appointment.book': { parent: 'own', childminder: 'own' },
  'appointment.cancel': { parent: 'own', childminder: 'own', ...staff },
  'partner-service.read': house,
  'partner-service.write': adminOnly,
  'referral.record': house,
  'referral.figures': house,
} as const satisfies Record<string, Grant>;

export type AccessAction = keyof typeof ACCESS_POLICY;
export const ACCESS_ACTIONS = Object.keys(ACCESS_POLICY) as AccessAction[];

/** What the check needs to know about a record: its office and the users who are a party to it. */
export interface AccessResource {
  tenantId: string;
  owners: ReadonlyArray<string | null | undefined>;
}

export interface AccessActor {
  id: string;
  role: Role;
  tenantId: string;
}

export type AccessDecision = { allowed: true; scope: AccessScope } | { allowed: false; status: 403 | 404; reason: string };

/** The grant's reach for this actor, or null when the role has none. */
export function scopeOf(actor: Pick<AccessActor, 'role'>, action: AccessAction): AccessScope | null {
  const grant: Grant = ACCESS_POLICY[action];
  return grant[actor.role] ?? null;
}

/**
 * The one access check. Without a resource it answers for the action as such (the route, a list that
 * is then filtered by `scopeOf`); with one, also for that record.
 */
export function can(actor: AccessActor, action: AccessAction, resource?: AccessResource): AccessDecision {
  const scope = scopeOf(actor, action);
  if (!scope) return { allowed: false, status: 403, reason: `role ${actor.role} may not ${action}` };
  if (!resource) return { allowed: true, scope };
  if (resource.tenantId !== actor.tenantId) return { allowed: false, status: 404, reason: 'other tenant' };
  if (scope === 'own' && !resource.owners.includes(actor.id)) return { allowed: false, status: 404, reason: 'not own record' };
  return { allowed: true, scope };
}

/** Staff of an office (advisors and admins) see every record of their office for this action. */
export function seesOffice(actor: Pick<AccessActor, 'role'>, action: AccessAction): boolean {
  return scopeOf(actor, action) === 'office';
}

/** Staff of an office: the roles that see its childminders' files (advisors, admins). */
export function isOfficeStaff(role: Role): boolean {
  return scopeOf({ role }, 'childminder.read') === 'office';
}

/** The roles with a grant for the action (for SQL such as "who can be on the rota"). */
export function rolesWith(action: AccessAction): Role[] {
  return Object.keys(ACCESS_POLICY[action]) as Role[];
}

/** Whether the actor's role has any grant for the action (e.g. "may confirm evidence" → recorded evidence counts as checked). */
export function allows(actor: Pick<AccessActor, 'role'>, action: AccessAction): boolean {
  return scopeOf(actor, action) !== null;
}
