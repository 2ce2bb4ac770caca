import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreatePartnerServiceDto,
  DemandFiguresDto,
  PartnerCategory,
  PartnerServiceDto,
  PublicPartnerServiceDto,
  RecordReferralDto,
  ReferralRecordedDto,
  UpdatePartnerServiceDto,
} from '@lotse/shared/contracts';
import { FORM_ERRORS, handles } from '@lotse/web/core';
import type { Observable } from 'rxjs';

export interface PartnerQuery {
  q?: string | null;
  category?: PartnerCategory | null;
  includeInactive?: boolean;
}

export interface MonthRange {
  from?: string | null;
  to?: string | null;
}

function params(values: Record<string, string | null | undefined>): HttpParams {
  let p = new HttpParams();
  for (const [k, v] of Object.entries(values)) if (v) p = p.set(k, v);
  return p;
}

/** The referral guide: partner directory, two-click referrals, demand figures (Bedarfsermittlung). */
@Injectable({ providedIn: 'root' })
export class ReferralsApi {
  private readonly http = inject(HttpClient);

  partners(q: PartnerQuery = {}): Observable<PartnerServiceDto[]> {
    return this.http.get<PartnerServiceDto[]>('/api/partner-services', {
      params: params({ q: q.q?.trim() || null, category: q.category, includeInactive: q.includeInactive ? 'true' : null }),
    });
  }

  /** 400 (German field errors) and 409 (stale version) are the form's. */
  createPartner(body: CreatePartnerServiceDto): Observable<PartnerServiceDto> {
    return this.http.post<PartnerServiceDto>('/api/partner-services', body, { context: handles(...FORM_ERRORS) });
  }

  updatePartner(id: string, body: UpdatePartnerServiceDto): Observable<PartnerServiceDto> {
    return this.http.put<PartnerServiceDto>(`/api/partner-services/${encodeURIComponent(id)}`, body, { context: handles(...FORM_ERRORS) });
  }

  /** "Weitervermittelt": partner (or kind of service) and topic, nothing else. */
  record(body: RecordReferralDto): Observable<ReferralRecordedDto> {
    return this.http.post<ReferralRecordedDto>('/api/referrals', body, { context: handles(404, 422) });
  }

  figures(range: MonthRange = {}): Observable<DemandFiguresDto> {
    return this.http.get<DemandFiguresDto>('/api/referrals/figures', {
      params: params({ from: range.from, to: range.to }),
      context: handles(400),
    });
  }

  /** Link target of the CSV export (a plain download: the session cookie goes along). */
  csvUrl(range: MonthRange = {}): string {
    const query = params({ from: range.from, to: range.to }).toString();
    return `/api/referrals/figures.csv${query ? `?${query}` : ''}`;
  }

  /** The public directory of the office this installation serves (or of `slug`). */
  publicPartners(slug?: string | null): Observable<PublicPartnerServiceDto[]> {
    const path = slug ? `/api/public/offices/${encodeURIComponent(slug)}/partner-services` : '/api/public/office/partner-services';
    return this.http.get<PublicPartnerServiceDto[]>(path);
  }
}
