import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ChildminderListItemDto,
  ChildminderProfileDto,
  ChildminderStatus,
  ChildmindersQueryDto,
  CreateChildminderDto,
  DeleteEvidenceItemDto,
  EvidenceChecklistDto,
  EvidenceDocumentDto,
  EvidenceItemDto,
  Page,
  PermitPathDto,
  RecordEvidenceDto,
  SetQualificationVariantDto,
  TimelineEventDto,
  UpdateChildminderProfileDto,
} from '@lotse/shared/contracts';
import { FORM_ERRORS, handles, queryParams } from '@lotse/web/core';
import type { Observable } from 'rxjs';

/**
 * Which file: `'me'` is the signed-in childminder's own (`/api/childminders/me/…`), otherwise the
 * file's id (advisors, admins; `/api/childminders/:id/…`). The server uses the same sub-paths for both.
 */
export type FileRef = 'me' | string;

export function fileBase(ref: FileRef): string {
  return ref === 'me' ? '/api/childminders/me' : `/api/childminders/${encodeURIComponent(ref)}`;
}

/** Download URL of a document (attachment; the browser sends the session cookie, GET needs no CSRF token). */
export function documentContentUrl(ref: FileRef, documentId: string): string {
  return `${fileBase(ref)}/documents/${encodeURIComponent(documentId)}/content`;
}

/**
 * PATCH body of a profile: the DTO's `null`s clear a value (the contract class types them as
 * optional only, the server accepts `null` for the nullable fields).
 */
export type ProfilePatch = Omit<UpdateChildminderProfileDto, 'phone' | 'pets' | 'nutrition' | 'pedagogicalFocus' | 'agesAccepted'> & {
  phone?: string | null;
  pets?: string | null;
  nutrition?: string | null;
  pedagogicalFocus?: string | null;
  agesAccepted?: { fromMonths: number; toMonths: number } | null;
};

export interface TransitionRequest {
  to: ChildminderStatus;
  note?: string;
  version: number;
}

export interface ReviewRequest {
  decision: 'confirmed' | 'rejected';
  reason?: string;
  version: number;
}

/**
 * Childminders' files: the advisor list and files, and the childminder's own file (`'me'`).
 * Form calls declare the statuses their forms show themselves (400/409/422); everything else ends
 * in the global snackbar.
 */
@Injectable({ providedIn: 'root' })
export class ChildmindersApi {
  private readonly http = inject(HttpClient);

  list(query: ChildmindersQueryDto): Observable<Page<ChildminderListItemDto>> {
    return this.http.get<Page<ChildminderListItemDto>>('/api/childminders', { params: queryParams(query), context: handles(400) });
  }

  create(body: CreateChildminderDto): Observable<ChildminderProfileDto> {
    return this.http.post<ChildminderProfileDto>('/api/childminders', body, { context: handles(...FORM_ERRORS) });
  }

  /** 400/404 are shown by the file page itself ("not found"). */
  get(ref: FileRef): Observable<ChildminderProfileDto> {
    return this.http.get<ChildminderProfileDto>(fileBase(ref), { context: handles(400, 403, 404) });
  }

  update(ref: FileRef, body: ProfilePatch): Observable<ChildminderProfileDto> {
    return this.http.patch<ChildminderProfileDto>(fileBase(ref), body, { context: handles(...FORM_ERRORS) });
  }

  /** Advisors: a status change; a refused change answers 422 with the German reason. */
  transition(id: string, body: TransitionRequest): Observable<ChildminderProfileDto> {
    return this.http.post<ChildminderProfileDto>(`${fileBase(id)}/transitions`, body, { context: handles(...FORM_ERRORS, 403) });
  }

  /** The childminder hands in her application (interested → applicant). */
  apply(): Observable<ChildminderProfileDto> {
    return this.http.post<ChildminderProfileDto>(`${fileBase('me')}/application`, null, { context: handles(...FORM_ERRORS, 403) });
  }

  checklist(ref: FileRef): Observable<EvidenceChecklistDto> {
    return this.http.get<EvidenceChecklistDto>(`${fileBase(ref)}/checklist`, { context: handles(400, 404) });
  }

  path(ref: FileRef): Observable<PermitPathDto> {
    return this.http.get<PermitPathDto>(`${fileBase(ref)}/path`, { context: handles(400, 404) });
  }

  record(ref: FileRef, body: RecordEvidenceDto): Observable<EvidenceItemDto> {
    return this.http.post<EvidenceItemDto>(`${fileBase(ref)}/evidence`, body, { context: handles(...FORM_ERRORS, 403) });
  }

  /** Deletes a wrongly recorded item with its documents; 400 (reason), 404 and 422 (already confirmed) are the dialog's. */
  deleteItem(ref: FileRef, itemId: string, body: DeleteEvidenceItemDto): Observable<void> {
    return this.http.delete<void>(`${fileBase(ref)}/evidence/${encodeURIComponent(itemId)}`, {
      body,
      context: handles(...FORM_ERRORS, 404),
    });
  }

  /** Advisors: which qualification applies to her, with the reason (issue 11). */
  setQualification(id: string, body: SetQualificationVariantDto): Observable<ChildminderProfileDto> {
    return this.http.put<ChildminderProfileDto>(`${fileBase(id)}/qualification-variant`, body, { context: handles(...FORM_ERRORS) });
  }

  /** Advisors: confirms a childminder's declaration after inspecting the original (issue 11). */
  confirmItem(id: string, itemId: string): Observable<EvidenceItemDto> {
    return this.http.post<EvidenceItemDto>(
      `${fileBase(id)}/evidence/${encodeURIComponent(itemId)}/confirmation`,
      {},
      { context: handles(404, 409) },
    );
  }

  documents(ref: FileRef): Observable<EvidenceDocumentDto[]> {
    return this.http.get<EvidenceDocumentDto[]>(`${fileBase(ref)}/documents`);
  }

  review(id: string, documentId: string, body: ReviewRequest): Observable<EvidenceDocumentDto> {
    return this.http.post<EvidenceDocumentDto>(`${fileBase(id)}/documents/${encodeURIComponent(documentId)}/review`, body, {
      context: handles(...FORM_ERRORS),
    });
  }

  timeline(ref: FileRef, query: { page?: number; pageSize?: number } = {}): Observable<Page<TimelineEventDto>> {
    return this.http.get<Page<TimelineEventDto>>(`${fileBase(ref)}/timeline`, { params: queryParams(query) });
  }
}
