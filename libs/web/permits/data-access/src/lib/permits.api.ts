import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApplicationStatus,
  ApplyForPermitDto,
  DecideDto,
  Page,
  PermitApplicationDto,
  PermitDto,
  PermitStatusValue,
  RecordCheckDto,
  RevokePermitDto,
  WithdrawApplicationDto,
} from '@lotse/shared/contracts';
import { FORM_ERRORS, handles } from '@lotse/web/core';
import type { Observable } from 'rxjs';

/** `GET /api/permits/:id`: the permit and the holder's other permits, newest first. */
export type PermitWithHistory = PermitDto & { history: PermitDto[] };

/** Answer of `POST /api/permit-applications/:id/decision` (`permit` is null after a refusal). */
export interface DecisionResult {
  application: string;
  permit: PermitDto | null;
}

export interface ApplicationQuery {
  status?: ApplicationStatus | null;
  page?: number;
  pageSize?: number;
}

export interface PermitQuery {
  status?: PermitStatusValue | null;
  expiringWithinDays?: number | null;
  q?: string | null;
  page?: number;
  pageSize?: number;
}

/** Query params without empty values (`status=` is never sent). */
export function permitParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}

/**
 * URL of a permit's PDF. Inline for the preview and "open"; `download` makes the server answer
 * with `Content-Disposition: attachment`. A plain GET: the browser sends the session cookie, and
 * GET needs no CSRF header. Answers 409 while the worker is still rendering the document.
 */
export function permitPdfUrl(permitId: string, download = false): string {
  return `/api/permits/${encodeURIComponent(permitId)}/pdf${download ? '?download=1' : ''}`;
}

/**
 * Care permits (§ 43 SGB VIII): applications, suitability checks, decisions, the register, the
 * holder's own permits. Form calls declare the statuses their forms show themselves; everything
 * else ends in the global snackbar.
 */
@Injectable({ providedIn: 'root' })
export class PermitsApi {
  private readonly http = inject(HttpClient);

  /* ───────── applications ───────── */

  /** The childminder applies; 409 (an open application exists) and 422 (wrong status) are the form's. */
  apply(body: ApplyForPermitDto): Observable<{ id: string }> {
    return this.http.post<{ id: string }>('/api/permit-applications', body, { context: handles(...FORM_ERRORS) });
  }

  /** The signed-in childminder's applications, newest first; 404 = no childminder file yet. */
  myApplications(): Observable<PermitApplicationDto[]> {
    return this.http.get<PermitApplicationDto[]>('/api/permit-applications/mine', { context: handles(404) });
  }

  /** The advisors' queue: open first, oldest first; each with its blocking evidence. */
  applications(query: ApplicationQuery = {}): Observable<Page<PermitApplicationDto>> {
    return this.http.get<Page<PermitApplicationDto>>('/api/permit-applications', { params: permitParams(query), context: handles(400) });
  }

  /** 400/403/404 are shown by the page itself ("not found"). */
  application(id: string): Observable<PermitApplicationDto> {
    return this.http.get<PermitApplicationDto>(`/api/permit-applications/${encodeURIComponent(id)}`, { context: handles(400, 403, 404) });
  }

  recordCheck(applicationId: string, body: RecordCheckDto): Observable<{ id: string }> {
    return this.http.post<{ id: string }>(`/api/permit-applications/${encodeURIComponent(applicationId)}/checks`, body, {
      context: handles(...FORM_ERRORS),
    });
  }

  /** 422 lists blocking evidence (`evidence.<type>`), capacity problems and a missing home visit (`checks`). */
  decide(applicationId: string, body: DecideDto): Observable<DecisionResult> {
    return this.http.post<DecisionResult>(`/api/permit-applications/${encodeURIComponent(applicationId)}/decision`, body, {
      context: handles(...FORM_ERRORS),
    });
  }

  /** The childminder withdraws her open application; 409 (stale version) and 422 (already decided) are the dialog's. */
  withdraw(applicationId: string, body: WithdrawApplicationDto): Observable<PermitApplicationDto> {
    return this.http.post<PermitApplicationDto>(`/api/permit-applications/${encodeURIComponent(applicationId)}/withdrawal`, body, {
      context: handles(...FORM_ERRORS),
    });
  }

  /* ───────── permits ───────── */

  /** The office's permit register (ordered by the end of validity, soonest first). */
  permits(query: PermitQuery = {}): Observable<Page<PermitDto>> {
    return this.http.get<Page<PermitDto>>('/api/permits', { params: permitParams(query), context: handles(400) });
  }

  /** The holder's own permits (issued, expired, revoked, superseded), newest first. */
  myPermits(): Observable<PermitDto[]> {
    return this.http.get<PermitDto[]>('/api/permits/mine', { context: handles(404) });
  }

  permit(id: string): Observable<PermitWithHistory> {
    return this.http.get<PermitWithHistory>(`/api/permits/${encodeURIComponent(id)}`, { context: handles(400, 403, 404) });
  }

  /** Four eyes: a second advisor approves a draft, which issues it (403 for the decider, 409 if not a draft). */
  approve(id: string): Observable<PermitDto> {
    return this.http.post<PermitDto>(`/api/permits/${encodeURIComponent(id)}/approve`, null, { context: handles(403, 409) });
  }

  revoke(id: string, body: RevokePermitDto): Observable<{ id: string }> {
    return this.http.post<{ id: string }>(`/api/permits/${encodeURIComponent(id)}/revoke`, body, { context: handles(...FORM_ERRORS) });
  }
}
