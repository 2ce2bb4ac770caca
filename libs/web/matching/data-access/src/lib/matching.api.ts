import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CareRequestDto,
  MatchingRunDto,
  Page,
  SendRunProposalsResultDto,
  StartMatchingRunDto,
  SuggestionsDto,
} from '@lotse/shared/contracts';
import { handles } from '@lotse/web/core';
import type { Observable } from 'rxjs';

/** Answer of `POST /api/care-requests/:id/proposals` (only the id is used here). */
export interface CreatedProposal {
  id: string;
}

/** A run is finished (successfully or not) once the worker has set one of these. */
export function runFinished(run: Pick<MatchingRunDto, 'status'>): boolean {
  return run.status === 'done' || run.status === 'failed';
}

/**
 * Matching (Vermittlung) for advisors: one request's suggestions with their reasons, proposals
 * from a suggestion, and batch runs (a worker job: start, poll, send the selected proposals).
 * The proposal form shows 409/422 itself; everything else ends in the global snackbar.
 */
@Injectable({ providedIn: 'root' })
export class MatchingApi {
  private readonly http = inject(HttpClient);

  /** The request's facts; 400/403/404 are shown by the page as "not found". */
  careRequest(id: string): Observable<CareRequestDto> {
    return this.http.get<CareRequestDto>(`/api/care-requests/${encodeURIComponent(id)}`, { context: handles(400, 403, 404) });
  }

  /** Ranked suggestions and near-misses; 422 = a closed request (the page says so). */
  suggestions(id: string): Observable<SuggestionsDto> {
    return this.http.get<SuggestionsDto>(`/api/care-requests/${encodeURIComponent(id)}/suggestions`, {
      context: handles(400, 403, 404, 422),
    });
  }

  /** Proposes the childminder; 409 (request changed meanwhile) and 422 (field errors) belong to the caller. */
  propose(requestId: string, childminderId: string, requestVersion: number): Observable<CreatedProposal> {
    return this.http.post<CreatedProposal>(
      `/api/care-requests/${encodeURIComponent(requestId)}/proposals`,
      { childminderId, requestVersion },
      { context: handles(400, 409, 422) },
    );
  }

  /** Starts a batch run (status `queued`); the seed is optional. */
  startRun(seed: number | null): Observable<MatchingRunDto> {
    const body: StartMatchingRunDto = seed === null ? {} : { seed };
    return this.http.post<MatchingRunDto>('/api/matching/runs', body, { context: handles(400) });
  }

  /** Earlier runs, newest first (without rows). */
  runs(page = 1, pageSize = 10): Observable<Page<MatchingRunDto>> {
    const params = new HttpParams().set('page', String(page)).set('pageSize', String(pageSize));
    return this.http.get<Page<MatchingRunDto>>('/api/matching/runs', { params });
  }

  /** One run with its rows once it is done; 400/404 are shown by the page. */
  run(id: string): Observable<MatchingRunDto> {
    return this.http.get<MatchingRunDto>(`/api/matching/runs/${encodeURIComponent(id)}`, { context: handles(400, 404) });
  }

  /** Sends proposals for the selected rows; each row gets its own status and message. */
  sendProposals(runId: string, careRequestIds: string[]): Observable<SendRunProposalsResultDto> {
    return this.http.post<SendRunProposalsResultDto>(
      `/api/matching/runs/${encodeURIComponent(runId)}/proposals`,
      { careRequestIds },
      { context: handles(400, 422) },
    );
  }
}
