import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditAction, AuditEventDto, Page } from '@lotse/shared/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from './query-params';

export interface AuditQuery {
  action?: AuditAction | null;
  actorId?: string | null;
  targetId?: string | null;
  page?: number;
  pageSize?: number;
}

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditQuery): Observable<Page<AuditEventDto>> {
    return this.http.get<Page<AuditEventDto>>('/api/audit', { params: queryParams(query) });
  }
}
