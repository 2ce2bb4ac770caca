import type { TimelineEventType } from './childminder-values';
import { PageQueryDto } from './pagination';

/** GET /api/childminders/:id/timeline: newest first. */
export class TimelineQueryDto extends PageQueryDto {}

/** One event in a childminder's file. `actor` is null for the system (reminders, scheduled deletion). */
export interface TimelineEventDto {
  id: string;
  occurredAt: string;
  type: TimelineEventType;
  actor: { id: string; name: string; role: string | null } | null;
  /** German one-line summary, e.g. "Status: Interessiert → Bewerbung". */
  summary: string;
  /**
   * Per type: profile_updated {fields: string[]}; status_changed {from, to, note}; evidence_recorded
   * {itemId, evidenceType, personName}; document_* {documentId, itemId, evidenceType, reason?};
   * reminder_sent {itemId, evidenceType, threshold, expiresOn}; good_conduct_deleted {count, reason};
   * evidence_deleted {itemId, evidenceType, date, personName?, reason?, fileNames?, currentItemId};
   * permit_withdrawn {applicationId, kind, reason?}.
   */
  details: Record<string, unknown>;
}
