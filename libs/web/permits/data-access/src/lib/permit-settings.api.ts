import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PermitSettingsDto, UpdatePermitSettingsDto } from '@lotse/shared/contracts';
import { FORM_ERRORS, handles } from '@lotse/web/core';
import type { Observable } from 'rxjs';

/** The tenant's permit rules and letter texts, with the letterhead read-only (admins). */
@Injectable({ providedIn: 'root' })
export class PermitSettingsApi {
  private readonly http = inject(HttpClient);

  get(): Observable<PermitSettingsDto> {
    return this.http.get<PermitSettingsDto>('/api/admin/permit-settings');
  }

  /** Replaces rules and texts; 400 (field errors) and 409 (stale version) are the form's. */
  update(body: UpdatePermitSettingsDto): Observable<PermitSettingsDto> {
    return this.http.put<PermitSettingsDto>('/api/admin/permit-settings', body, { context: handles(...FORM_ERRORS) });
  }
}
