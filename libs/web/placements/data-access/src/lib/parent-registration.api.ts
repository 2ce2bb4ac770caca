import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AcceptedMessageDto, RegisterParentDto } from '@lotse/shared/contracts';
import { handles } from '@lotse/web/core';
import type { Observable } from 'rxjs';

/**
 * Public self-registration of a parent (POST /api/parents/registrations): always 202 with the same
 * message, for a new and a known address. 400 field errors and 429 are the registration page's.
 */
@Injectable({ providedIn: 'root' })
export class ParentRegistrationApi {
  private readonly http = inject(HttpClient);

  register(body: RegisterParentDto): Observable<AcceptedMessageDto> {
    return this.http.post<AcceptedMessageDto>('/api/parents/registrations', body, { context: handles(400, 409, 422, 429) });
  }
}
