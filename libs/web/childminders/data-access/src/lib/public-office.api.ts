import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PublicOfficeDto } from '@lotse/shared/contracts';
import { handlesAll } from '@lotse/web/core';
import type { Observable } from 'rxjs';

/**
 * Public office data for pages without a session (GET /api/public/office: the office this
 * installation serves; /api/public/offices/:slug: any office). Failures are the page's to show
 * (it offers a retry), so no snackbar.
 */
@Injectable({ providedIn: 'root' })
export class PublicOfficeApi {
  private readonly http = inject(HttpClient);

  get(slug?: string): Observable<PublicOfficeDto> {
    const url = slug ? `/api/public/offices/${encodeURIComponent(slug)}` : '/api/public/office';
    return this.http.get<PublicOfficeDto>(url, { context: handlesAll() });
  }
}
