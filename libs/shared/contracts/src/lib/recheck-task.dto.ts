import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { de } from './messages';

/** § 43 Abs. 3 S. 6 SGB VIII: events the holder reports (or a profile change shows) that open a re-check. */
export const RECHECK_EVENTS = ['move', 'care_location', 'household', 'illness', 'end_of_care', 'other'] as const;
export type RecheckEvent = (typeof RECHECK_EVENTS)[number];
/** What the childminder can report herself in her portal. */
export const REPORTABLE_EVENTS = ['move', 'household', 'illness', 'end_of_care', 'other'] as const;
export const RECHECK_OUTCOMES = ['amendment_started', 'no_change_needed', 'permit_revoked', 'other'] as const;
export type RecheckOutcome = (typeof RECHECK_OUTCOMES)[number];

/** POST /api/childminders/me/reports */
export class ReportEventDto {
  @IsIn(REPORTABLE_EVENTS, { message: de.oneOf(REPORTABLE_EVENTS) })
  event!: RecheckEvent;

  @IsString({ message: de.text })
  @IsNotEmpty({ message: 'Bitte kurz beschreiben, was sich ändert.' })
  @MaxLength(1000, { message: de.tooLong(1000) })
  description!: string;
}

/** POST /api/recheck-tasks/:id/closure */
export class CloseRecheckTaskDto {
  @IsIn(RECHECK_OUTCOMES, { message: de.oneOf(RECHECK_OUTCOMES) })
  outcome!: RecheckOutcome;

  @IsOptional()
  @IsString({ message: de.text })
  @MaxLength(1000, { message: de.tooLong(1000) })
  note?: string;
}

export interface RecheckTaskDto {
  id: string;
  childminderId: string;
  childminderName: string;
  source: 'profile_change' | 'report';
  event: RecheckEvent;
  description: string | null;
  status: 'open' | 'closed';
  outcome: RecheckOutcome | null;
  outcomeNote: string | null;
  openedAt: string;
  closedAt: string | null;
}
