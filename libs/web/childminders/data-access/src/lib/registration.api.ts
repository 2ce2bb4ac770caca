import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChildminderProfileDto, RegisterChildminderDto } from '@lotse/shared/contracts';
import { handles } from '@lotse/web/core';
import type { Observable } from 'rxjs';

/**
 * Public self-registration (POST /api/childminders/registrations): creates the account and the
 * file and signs the person in (session cookie). 400 field errors, 409 e-mail taken and 429 rate
 * limit are the registration page's to show.
 */
@Injectable({ providedIn: 'root' })
export class RegistrationApi {
  private readonly http = inject(HttpClient);

  register(body: RegisterChildminderDto): Observable<ChildminderProfileDto> {
    return this.http.post<ChildminderProfileDto>('/api/childminders/registrations', body, { context: handles(400, 409, 422, 429) });
  }
}
