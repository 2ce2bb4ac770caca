import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AcceptedMessageDto, RegisterChildminderDto } from '@lotse/shared/contracts';
import { handles } from '@lotse/web/core';
import type { Observable } from 'rxjs';

/**
 * Public self-registration (POST /api/childminders/registrations): 202 with the same message for a
 * new and a known address; a new account gets a mail with a confirmation link and can sign in
 * after opening it. 400 field errors and 429 rate limit are the registration page's to show.
 */
@Injectable({ providedIn: 'root' })
export class RegistrationApi {
  private readonly http = inject(HttpClient);

  register(body: RegisterChildminderDto): Observable<AcceptedMessageDto> {
    return this.http.post<AcceptedMessageDto>('/api/childminders/registrations', body, { context: handles(400, 409, 422, 429) });
  }
}
