/**
 * One enum of auditable events (after eVaka's Audit.kt). Every change of personal data and every
 * read of a child's file writes one of these; refused attempts are recorded too.
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.password_changed',
  'auth.password_reset_requested',
  'auth.password_reset',
  'user.create',
  'user.read',
  'user.update',
  'child.create',
  'child.read',
  'child.list',
  'child.update',
  'audit.read',
  'access.denied',
  // Childminders and evidence (issue 3)
  'childminder.register',
  'childminder.create',
  'childminder.read',
  'childminder.list',
  'childminder.update',
  'childminder.transition',
  'childminder.qualification_variant',
  'childminder.report_event',
  'recheck.close',
  'evidence.record',
  'evidence.rule_update',
  'evidence.good_conduct_deleted',
  'evidence.delete',
  'evidence.confirm',
  'document.upload',
  'document.download',
  'document.review',
  // Permits (issue 4)
  'permit.apply',
  'permit.read',
  'permit.check',
  'permit.decide',
  'permit.approve',
  'permit.issue',
  'permit.download',
  'permit.revoke',
  'permit.withdraw',
  // Tenant settings (admin)
  'tenant.permit_settings_changed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
