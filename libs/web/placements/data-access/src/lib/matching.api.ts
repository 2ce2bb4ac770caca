import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AnswerProposalDto,
  CreateProposalDto,
  CreateVacancyDto,
  EndPlacementDto,
  Page,
  PlacementDto,
  ProposalDto,
  ProposalStatus,
  UpdateVacancyDto,
  VacancyDto,
  WeekGridDto,
  WithdrawProposalDto,
} from '@lotse/shared/contracts';
import { FORM_ERRORS, handles, queryParams } from '@lotse/web/core';
import type { Observable } from 'rxjs';

const enc = encodeURIComponent;

export interface ProposalQuery {
  careRequestId?: string | null;
  status?: ProposalStatus | null;
  page?: number;
  pageSize?: number;
}

export interface PlacementQuery {
  childminderId?: string | null;
  current?: 'true' | 'false' | null;
  page?: number;
  pageSize?: number;
}

/**
 * Vacancies, proposals and placements. Every write answers 422 with `errors[{field, message}]`
 * when a rule refuses it (capacity, permit, age); the forms and dialogs show those themselves.
 */
@Injectable({ providedIn: 'root' })
export class MatchingApi {
  private readonly http = inject(HttpClient);

  /* ───────── vacancies ───────── */

  vacancies(query: { childminderId?: string | null; page?: number; pageSize?: number } = {}): Observable<Page<VacancyDto>> {
    return this.http.get<Page<VacancyDto>>('/api/vacancies', { params: queryParams(query), context: handles(400, 404) });
  }

  createVacancy(body: CreateVacancyDto): Observable<VacancyDto> {
    return this.http.post<VacancyDto>('/api/vacancies', body, { context: handles(...FORM_ERRORS, 404) });
  }

  updateVacancy(id: string, body: UpdateVacancyDto): Observable<VacancyDto> {
    return this.http.put<VacancyDto>(`/api/vacancies/${enc(id)}`, body, { context: handles(...FORM_ERRORS) });
  }

  confirmVacancy(id: string, version: number): Observable<VacancyDto> {
    return this.http.post<VacancyDto>(`/api/vacancies/${enc(id)}/confirmation`, { version }, { context: handles(409, 422) });
  }

  withdrawVacancy(id: string, version: number): Observable<VacancyDto> {
    return this.http.post<VacancyDto>(`/api/vacancies/${enc(id)}/withdrawal`, { version }, { context: handles(...FORM_ERRORS) });
  }

  /* ───────── proposals ───────── */

  proposals(query: ProposalQuery = {}): Observable<Page<ProposalDto>> {
    return this.http.get<Page<ProposalDto>>('/api/proposals', { params: queryParams(query), context: handles(400, 404) });
  }

  proposal(id: string): Observable<ProposalDto> {
    return this.http.get<ProposalDto>(`/api/proposals/${enc(id)}`, { context: handles(400, 403, 404) });
  }

  /** 422: `errors[].field` is `childminderId` (permit, age, times) or `capacity` (which limit, which slot). */
  propose(careRequestId: string, body: CreateProposalDto): Observable<ProposalDto> {
    return this.http.post<ProposalDto>(`/api/care-requests/${enc(careRequestId)}/proposals`, body, { context: handles(...FORM_ERRORS) });
  }

  /** 409 with the capacity reason when the place is gone meanwhile. */
  answer(id: string, body: AnswerProposalDto): Observable<ProposalDto> {
    return this.http.post<ProposalDto>(`/api/proposals/${enc(id)}/answer`, body, { context: handles(...FORM_ERRORS) });
  }

  withdrawProposal(id: string, body: WithdrawProposalDto): Observable<ProposalDto> {
    return this.http.post<ProposalDto>(`/api/proposals/${enc(id)}/withdrawal`, body, { context: handles(...FORM_ERRORS) });
  }

  /* ───────── placements ───────── */

  placements(query: PlacementQuery = {}): Observable<Page<PlacementDto>> {
    return this.http.get<Page<PlacementDto>>('/api/placements', { params: queryParams(query), context: handles(400, 404) });
  }

  placement(id: string): Observable<PlacementDto> {
    return this.http.get<PlacementDto>(`/api/placements/${enc(id)}`, { context: handles(400, 403, 404) });
  }

  endPlacement(id: string, body: EndPlacementDto): Observable<PlacementDto> {
    return this.http.post<PlacementDto>(`/api/placements/${enc(id)}/end`, body, { context: handles(...FORM_ERRORS) });
  }

  /** Present children per quarter hour of the week containing `date` (default today). */
  weekGrid(date: string | null, childminderId?: string | null): Observable<WeekGridDto> {
    return this.http.get<WeekGridDto>('/api/placements/week-grid', {
      params: queryParams({ date, childminderId }),
      context: handles(400, 404),
    });
  }
}
