import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { TenantDto } from '@lotse/shared/contracts';
import { Observable, shareReplay } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class TenantApi {
  private readonly http = inject(HttpClient);
  private cached$?: Observable<TenantDto>;

  /** The office's data changes rarely: fetched once per session and shared. */
  get(): Observable<TenantDto> {
    if (!this.cached$) {
      this.cached$ = this.http.get<TenantDto>('/api/tenant').pipe(shareReplay({ bufferSize: 1, refCount: false }));
      // A failed request must not be cached for the rest of the session.
      this.cached$.subscribe({ error: () => (this.cached$ = undefined) });
    }
    return this.cached$;
  }

  reset(): void {
    this.cached$ = undefined;
  }
}
