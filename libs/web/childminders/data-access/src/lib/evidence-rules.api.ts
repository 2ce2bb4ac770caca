import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  EvidenceRuleDto,
  EvidenceType,
  OpenReminderDto,
  Page,
  ReminderThreshold,
  UpdateEvidenceRuleDto,
} from '@lotse/shared/contracts';
import { FORM_ERRORS, handles, queryParams } from '@lotse/web/core';
import type { Observable } from 'rxjs';

/** PATCH body: `null` removes a limit (validity, maximum age, units). */
export type EvidenceRulePatch = Omit<UpdateEvidenceRuleDto, 'validityMonths' | 'maxAgeMonthsAtSubmission' | 'unitsRequired'> & {
  validityMonths?: number | null;
  maxAgeMonthsAtSubmission?: number | null;
  unitsRequired?: number | null;
};

export interface RemindersQuery {
  status?: ReminderThreshold | null;
  withinDays?: number | null;
  includeEnded?: boolean | null;
  page?: number;
  pageSize?: number;
}

/** The tenant's evidence rules (admins edit, advisors read) and the advisors' reminder worklist. */
@Injectable({ providedIn: 'root' })
export class EvidenceRulesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<EvidenceRuleDto[]> {
    return this.http.get<EvidenceRuleDto[]>('/api/evidence-rules');
  }

  update(type: EvidenceType, body: EvidenceRulePatch): Observable<EvidenceRuleDto> {
    return this.http.patch<EvidenceRuleDto>(`/api/evidence-rules/${encodeURIComponent(type)}`, body, { context: handles(...FORM_ERRORS) });
  }

  reminders(query: RemindersQuery = {}): Observable<Page<OpenReminderDto>> {
    return this.http.get<Page<OpenReminderDto>>('/api/evidence/reminders', { params: queryParams(query) });
  }
}
