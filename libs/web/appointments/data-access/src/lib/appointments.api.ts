import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BookAppointmentDto,
  BookingResultDto,
  BookingSummaryDto,
  CreateSlotDto,
  CreateSlotSeriesDto,
  DayListDto,
  MyBookingDto,
  PublicBookingDto,
  PublicSlotsDto,
  SlotDto,
  SlotSeriesResultDto,
} from '@lotse/shared/contracts';
import { FORM_ERRORS, handles } from '@lotse/web/core';
import type { Observable } from 'rxjs';

/**
 * Appointments (issue 14). Public: free slots, guest booking (202, held until confirmed by the
 * mailed link), confirm, look up and cancel by link. Signed in: parents and childminders book
 * directly; staff publish slots and read the day list. 400/409/422/429 are the pages' to show.
 */
@Injectable({ providedIn: 'root' })
export class AppointmentsApi {
  private readonly http = inject(HttpClient);

  publicSlots(slug?: string | null): Observable<PublicSlotsDto> {
    return this.http.get<PublicSlotsDto>(
      slug ? `/api/public/offices/${encodeURIComponent(slug)}/appointments/slots` : '/api/public/appointments/slots',
    );
  }

  bookAsGuest(body: PublicBookingDto): Observable<BookingResultDto> {
    return this.http.post<BookingResultDto>('/api/public/appointments/bookings', body, { context: handles(...FORM_ERRORS, 404, 429) });
  }

  book(body: BookAppointmentDto): Observable<BookingResultDto> {
    return this.http.post<BookingResultDto>('/api/appointments/bookings', body, { context: handles(...FORM_ERRORS, 404) });
  }

  confirm(token: string): Observable<BookingSummaryDto> {
    return this.http.post<BookingSummaryDto>('/api/public/appointments/confirm', { token }, { context: handles(400) });
  }

  lookup(token: string): Observable<BookingSummaryDto> {
    return this.http.post<BookingSummaryDto>('/api/public/appointments/lookup', { token }, { context: handles(400) });
  }

  cancelByLink(token: string): Observable<BookingSummaryDto> {
    return this.http.post<BookingSummaryDto>('/api/public/appointments/cancel', { token }, { context: handles(400) });
  }

  myBookings(): Observable<MyBookingDto[]> {
    return this.http.get<MyBookingDto[]>('/api/appointments/bookings/mine');
  }

  cancelBooking(id: string, reason?: string): Observable<BookingSummaryDto> {
    return this.http.post<BookingSummaryDto>(`/api/appointments/bookings/${id}/cancel`, reason ? { reason } : {}, {
      context: handles(404, 409),
    });
  }

  day(date: string, scope: 'mine' | 'all'): Observable<DayListDto> {
    return this.http.get<DayListDto>('/api/appointments/day', { params: new HttpParams().set('date', date).set('scope', scope) });
  }

  createSlot(body: CreateSlotDto): Observable<SlotDto> {
    return this.http.post<SlotDto>('/api/appointments/slots', body, { context: handles(...FORM_ERRORS) });
  }

  createSeries(body: CreateSlotSeriesDto): Observable<SlotSeriesResultDto> {
    return this.http.post<SlotSeriesResultDto>('/api/appointments/slots/series', body, { context: handles(...FORM_ERRORS) });
  }

  deleteSlot(id: string): Observable<void> {
    return this.http.delete<void>(`/api/appointments/slots/${id}`, { context: handles(404, 409) });
  }
}
