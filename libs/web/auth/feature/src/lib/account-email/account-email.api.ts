import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AcceptedMessageDto, ChangeEmailDto } from '@lotse/shared/contracts';
import { handles } from '@lotse/web/core';
import type { Observable } from 'rxjs';

/** Confirming an address (new account), resending that link, and changing the login e-mail. The pages show 400/409/429 themselves. */
@Injectable({ providedIn: 'root' })
export class AccountEmailApi {
  private readonly http = inject(HttpClient);

  verify(token: string): Observable<void> {
    return this.http.post<void>('/api/auth/verify-email', { token }, { context: handles(400, 429) });
  }

  resendVerification(email: string): Observable<AcceptedMessageDto> {
    return this.http.post<AcceptedMessageDto>('/api/auth/verify-email/resend', { email }, { context: handles(400, 429) });
  }

  /** Mails a link to the new address; the change takes effect when it is opened. */
  requestChange(body: ChangeEmailDto): Observable<AcceptedMessageDto> {
    return this.http.post<AcceptedMessageDto>('/api/auth/email-change', body, { context: handles(400, 429) });
  }

  confirmChange(token: string): Observable<void> {
    return this.http.post<void>('/api/auth/email-change/confirm', { token }, { context: handles(400, 409, 429) });
  }
}
