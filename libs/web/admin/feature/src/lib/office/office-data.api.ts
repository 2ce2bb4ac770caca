import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreatedOfficeDto, CreateOfficeDto, OfficeDataDto, OfficeSummaryDto, UpdateOfficeDataDto } from '@lotse/shared/contracts';
import { FORM_ERRORS, handles } from '@lotse/web/core';
import type { Observable } from 'rxjs';

/** "Amtsdaten": the office's own data (admins). */
@Injectable({ providedIn: 'root' })
export class OfficeDataApi {
  private readonly http = inject(HttpClient);

  get(): Observable<OfficeDataDto> {
    return this.http.get<OfficeDataDto>('/api/admin/office');
  }

  /** 400 (field errors) and 409 (stale version) are the form's. */
  update(body: UpdateOfficeDataDto): Observable<OfficeDataDto> {
    return this.http.put<OfficeDataDto>('/api/admin/office', body, { context: handles(...FORM_ERRORS) });
  }
}

/** The installation's offices (operator). */
@Injectable({ providedIn: 'root' })
export class OperatorOfficesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<OfficeSummaryDto[]> {
    return this.http.get<OfficeSummaryDto[]>('/api/operator/offices');
  }

  /** 400 (field errors) and 409 (slug or e-mail taken) are the form's. */
  create(body: CreateOfficeDto): Observable<CreatedOfficeDto> {
    return this.http.post<CreatedOfficeDto>('/api/operator/offices', body, { context: handles(...FORM_ERRORS) });
  }
}
