import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CapacitySettingsDto, UpdateCapacitySettingsDto } from '@lotse/shared/contracts';
import { FORM_ERRORS, handles } from '@lotse/web/core';
import type { Observable } from 'rxjs';

/** The office's capacity limits (admins): GET/PUT /api/admin/capacity-settings. */
@Injectable({ providedIn: 'root' })
export class CapacitySettingsApi {
  private readonly http = inject(HttpClient);

  get(): Observable<CapacitySettingsDto> {
    return this.http.get<CapacitySettingsDto>('/api/admin/capacity-settings');
  }

  /** 400 (German field errors) and 409 (stale version) are the form's. */
  update(body: UpdateCapacitySettingsDto): Observable<CapacitySettingsDto> {
    return this.http.put<CapacitySettingsDto>('/api/admin/capacity-settings', body, { context: handles(...FORM_ERRORS) });
  }
}
