import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { de } from './messages';
import { PageQueryDto } from './pagination';

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
  'evidence.record',
  'evidence.rule_update',
  'evidence.good_conduct_deleted',
  'evidence.delete',
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

export interface AuditEventDto {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: AuditAction;
  targetType: string | null;
  targetId: string | null;
  outcome: 'ok' | 'denied';
  details: Record<string, unknown> | null;
}

export class AuditQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: de.oneOf(AUDIT_ACTIONS) })
  action?: AuditAction;

  @IsOptional()
  @IsUUID('all', { message: de.uuid })
  actorId?: string;

  @IsOptional()
  @IsUUID('all', { message: de.uuid })
  targetId?: string;
}
