import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AcceptedInquiryDto,
  AssignRotaDto,
  CreateInquiryDto,
  HouseService,
  InquiryDto,
  InquirySettingsView,
  InquiryStatus,
  Page,
  PublicInquiryDto,
  RotaMonthDto,
  RotaStaffDto,
} from '@lotse/shared/contracts';
import { FORM_ERRORS, handles } from '@lotse/web/core';
import type { Observable } from 'rxjs';

export interface InquiryQuery {
  status?: InquiryStatus[];
  service?: HouseService | null;
  overdue?: 'true' | 'false' | null;
  assignee?: string | null;
  page?: number;
  pageSize?: number;
}

export interface MyTurn {
  date: string;
  from: string;
  to: string;
  holiday: string | null;
  colleagues: string[];
}

/** Query params without empty values; arrays become repeated params. */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '') params = params.append(key, String(v));
    }
  }
  return params;
}

const url = (id: string) => `/api/inquiries/${encodeURIComponent(id)}`;

/** The public contact form (no session; CSRF cookie like every write). */
@Injectable({ providedIn: 'root' })
export class PublicInquiryApi {
  private readonly http = inject(HttpClient);

  send(body: PublicInquiryDto, slug?: string | null): Observable<AcceptedInquiryDto> {
    const path = slug ? `/api/public/offices/${encodeURIComponent(slug)}/inquiries` : '/api/public/inquiries';
    return this.http.post<AcceptedInquiryDto>(path, body, { context: handles(...FORM_ERRORS, 404, 429) });
  }
}

/** The Familienbüro's inquiry queue (advisors and admins). */
@Injectable({ providedIn: 'root' })
export class InquiriesApi {
  private readonly http = inject(HttpClient);

  list(query: InquiryQuery = {}): Observable<Page<InquiryDto>> {
    return this.http.get<Page<InquiryDto>>('/api/inquiries', { params: queryParams(query), context: handles(400) });
  }

  get(id: string): Observable<InquiryDto> {
    return this.http.get<InquiryDto>(url(id), { context: handles(400, 403, 404) });
  }

  create(body: CreateInquiryDto): Observable<InquiryDto> {
    return this.http.post<InquiryDto>('/api/inquiries', body, { context: handles(...FORM_ERRORS) });
  }

  update(id: string, body: { version: number; service?: HouseService; assigneeId?: string | null }): Observable<InquiryDto> {
    return this.http.patch<InquiryDto>(url(id), body, { context: handles(...FORM_ERRORS) });
  }

  changeStatus(id: string, body: { version: number; status: InquiryStatus; note?: string }): Observable<InquiryDto> {
    return this.http.post<InquiryDto>(`${url(id)}/status`, body, { context: handles(...FORM_ERRORS) });
  }

  addNote(id: string, text: string): Observable<InquiryDto> {
    return this.http.post<InquiryDto>(`${url(id)}/notes`, { text }, { context: handles(...FORM_ERRORS) });
  }

  settings(): Observable<InquirySettingsView> {
    return this.http.get<InquirySettingsView>('/api/inquiries/settings');
  }

  saveSettings(body: { version: number; responseWorkingDays: number }): Observable<InquirySettingsView> {
    return this.http.put<InquirySettingsView>('/api/inquiries/settings', body, { context: handles(...FORM_ERRORS) });
  }
}

/** The open-hours rota: staff read it, the coordinator plans it. */
@Injectable({ providedIn: 'root' })
export class RotaApi {
  private readonly http = inject(HttpClient);

  month(month: string): Observable<RotaMonthDto> {
    return this.http.get<RotaMonthDto>('/api/rota', { params: { month }, context: handles(400) });
  }

  mine(): Observable<MyTurn[]> {
    return this.http.get<MyTurn[]>('/api/rota/mine');
  }

  staff(): Observable<RotaStaffDto[]> {
    return this.http.get<RotaStaffDto[]>('/api/rota/staff');
  }

  assign(body: AssignRotaDto): Observable<RotaMonthDto> {
    return this.http.post<RotaMonthDto>('/api/rota/assignments', body, { context: handles(...FORM_ERRORS) });
  }

  unassign(id: string): Observable<void> {
    return this.http.delete<void>(`/api/rota/assignments/${encodeURIComponent(id)}`, { context: handles(404, 422) });
  }

  setService(userId: string, service: HouseService): Observable<RotaStaffDto> {
    return this.http.put<RotaStaffDto>(
      `/api/rota/staff/${encodeURIComponent(userId)}/service`,
      { service },
      { context: handles(...FORM_ERRORS) },
    );
  }
}
