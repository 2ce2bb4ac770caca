import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CareRequestDto,
  CareRequestSortKey,
  CareRequestStatus,
  ChildDto,
  CloseCareRequestDto,
  CreateCareRequestDto,
  MeaslesProofStatus,
  Page,
  SortOrder,
  UpdateCareRequestDto,
  WithdrawCareRequestDto,
} from '@lotse/shared/contracts';
import { FORM_ERRORS, handles, queryParams } from '@lotse/web/core';
import type { Observable } from 'rxjs';

export interface CareRequestQuery {
  status?: CareRequestStatus[];
  district?: string | null;
  ageFromMonths?: number | null;
  ageToMonths?: number | null;
  startMonth?: string | null;
  entitled?: 'true' | 'false' | null;
  sort?: CareRequestSortKey | null;
  order?: SortOrder | null;
  page?: number;
  pageSize?: number;
}

const url = (id: string) => `/api/care-requests/${encodeURIComponent(id)}`;

/**
 * Care requests: parents see their own, advisors the office's queue. Form calls declare the
 * statuses their forms show themselves (400/409/422); everything else ends in the global snackbar.
 */
@Injectable({ providedIn: 'root' })
export class CareRequestsApi {
  private readonly http = inject(HttpClient);

  list(query: CareRequestQuery = {}): Observable<Page<CareRequestDto>> {
    return this.http.get<Page<CareRequestDto>>('/api/care-requests', { params: queryParams(query), context: handles(400) });
  }

  /** 400/403/404 are shown by the page itself ("not found"). */
  get(id: string): Observable<CareRequestDto> {
    return this.http.get<CareRequestDto>(url(id), { context: handles(400, 403, 404) });
  }

  create(body: CreateCareRequestDto): Observable<CareRequestDto> {
    return this.http.post<CareRequestDto>('/api/care-requests', body, { context: handles(...FORM_ERRORS) });
  }

  update(id: string, body: UpdateCareRequestDto): Observable<CareRequestDto> {
    return this.http.put<CareRequestDto>(url(id), body, { context: handles(...FORM_ERRORS) });
  }

  withdraw(id: string, body: WithdrawCareRequestDto): Observable<CareRequestDto> {
    return this.http.post<CareRequestDto>(`${url(id)}/withdrawal`, body, { context: handles(...FORM_ERRORS) });
  }

  review(id: string, version: number): Observable<CareRequestDto> {
    return this.http.post<CareRequestDto>(`${url(id)}/review`, { version }, { context: handles(409, 422) });
  }

  close(id: string, body: CloseCareRequestDto): Observable<CareRequestDto> {
    return this.http.post<CareRequestDto>(`${url(id)}/closure`, body, { context: handles(...FORM_ERRORS) });
  }

  /** Parents declare the child's measles proof (or take it back); staff record it as seen. */
  measlesProof(childId: string, status: MeaslesProofStatus, version: number): Observable<ChildDto> {
    return this.http.put<ChildDto>(
      `/api/children/${encodeURIComponent(childId)}/measles-proof`,
      { status, version },
      { context: handles(...FORM_ERRORS) },
    );
  }
}
