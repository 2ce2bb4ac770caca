import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChildDto, CreateChildDto, Page } from '@lotse/shared/contracts';
import type { Observable } from 'rxjs';
import { FORM_ERRORS, handles } from '../http/handled-errors';
import { queryParams } from './query-params';

export interface PageQuery {
  page?: number;
  pageSize?: number;
}

@Injectable({ providedIn: 'root' })
export class ChildrenApi {
  private readonly http = inject(HttpClient);

  list(query: PageQuery = {}): Observable<Page<ChildDto>> {
    return this.http.get<Page<ChildDto>>('/api/children', { params: queryParams(query) });
  }

  /** 403 and 404 are shown by the detail page itself ("not found"). */
  get(id: string): Observable<ChildDto> {
    return this.http.get<ChildDto>(`/api/children/${encodeURIComponent(id)}`, { context: handles(400, 403, 404) });
  }

  create(body: CreateChildDto): Observable<ChildDto> {
    return this.http.post<ChildDto>('/api/children', body, { context: handles(...FORM_ERRORS) });
  }
}
