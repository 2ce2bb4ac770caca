import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { RecheckEvent, RecheckOutcome, RecheckTaskDto, TimelineEventDto } from '@lotse/shared/contracts';
import { type Observable, map } from 'rxjs';

/** One of her reports as her own timeline shows it (the API has no list of her reports). */
export interface MyReport {
  taskId: string;
  event: RecheckEvent;
  description: string;
  reportedAt: string;
  /** Closed by the advisory service (a `recheck_closed` event for the same task). */
  closed: boolean;
}

/** Her reports (newest first) from the `recheck_opened`/`recheck_closed` events of her timeline. */
export function reportsFromTimeline(events: readonly TimelineEventDto[]): MyReport[] {
  const closed = new Set(events.filter((e) => e.type === 'recheck_closed').map((e) => String(e.details?.['taskId'] ?? '')));
  return events
    .filter((e) => e.type === 'recheck_opened' && e.details?.['source'] === 'report')
    .map((e) => ({
      taskId: String(e.details?.['taskId'] ?? e.id),
      event: e.details?.['event'] as RecheckEvent,
      description: String(e.details?.['description'] ?? ''),
      reportedAt: e.occurredAt,
      closed: closed.has(String(e.details?.['taskId'] ?? '')),
    }))
    .sort((a, b) => b.reportedAt.localeCompare(a.reportedAt));
}

/** § 43 Abs. 3 SGB VIII: her reports (portal) and the advisors' re-check worklist. */
@Injectable({ providedIn: 'root' })
export class RecheckTasksApi {
  private readonly http = inject(HttpClient);

  /** `POST /api/childminders/me/reports`: opens a re-check task. */
  report(body: { event: RecheckEvent; description: string }): Observable<RecheckTaskDto> {
    return this.http.post<RecheckTaskDto>('/api/childminders/me/reports', body);
  }

  /** Her own reports, from her timeline (the last 200 events). */
  myReports(): Observable<MyReport[]> {
    return this.http
      .get<{ items: TimelineEventDto[] }>('/api/childminders/me/timeline', { params: { page: 1, pageSize: 200 } })
      .pipe(map((page) => reportsFromTimeline(page.items)));
  }

  /** The worklist: open tasks (default) or closed ones, oldest first. */
  list(status: 'open' | 'closed' = 'open'): Observable<RecheckTaskDto[]> {
    return this.http.get<RecheckTaskDto[]>('/api/recheck-tasks', status === 'closed' ? { params: { status } } : {});
  }

  close(id: string, body: { outcome: RecheckOutcome; note?: string }): Observable<RecheckTaskDto> {
    return this.http.post<RecheckTaskDto>(`/api/recheck-tasks/${encodeURIComponent(id)}/closure`, body);
  }
}
