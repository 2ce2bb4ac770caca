import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { de } from './messages';
import { AUDIT_ACTIONS, type AuditAction } from './audit-values';
import { PageQueryDto } from './pagination';

export { AUDIT_ACTIONS, type AuditAction } from './audit-values';

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
