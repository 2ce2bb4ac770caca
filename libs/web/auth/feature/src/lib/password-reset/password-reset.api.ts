import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChangePasswordDto, PasswordResetRequestedDto, RequestPasswordResetDto, ResetPasswordDto } from '@lotse/shared/contracts';
import { handles } from '@lotse/web/core';
import type { Observable } from 'rxjs';

/** "Passwort vergessen" and the change in the profile. The pages show 400 (fields, invalid link) and 429 themselves. */
@Injectable({ providedIn: 'root' })
export class PasswordResetApi {
  private readonly http = inject(HttpClient);

  request(body: RequestPasswordResetDto): Observable<PasswordResetRequestedDto> {
    return this.http.post<PasswordResetRequestedDto>('/api/auth/password-reset', body, { context: handles(400, 429) });
  }

  confirm(body: ResetPasswordDto): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset/confirm', body, { context: handles(400, 429) });
  }

  /** The signed-in user's own password; her other sessions end. */
  change(body: ChangePasswordDto): Observable<void> {
    return this.http.post<void>('/api/auth/password', body, { context: handles(400, 429) });
  }
}
