import type { Route } from '@angular/router';
import { provideLotseMaterial } from '@lotse/web/ui';
import { appointmentsTranslationsLoaded, provideAppointmentsI18n } from './i18n/appointments-i18n';
import { BookingPage } from './public/booking.page';
import { CancelBookingPage } from './public/cancel-booking.page';
import { ConfirmBookingPage } from './public/confirm-booking.page';
import { AppointmentsDayPage } from './staff/day-list.page';

const shell = (children: Route[]): Route[] => [
  { path: '', providers: [provideLotseMaterial(), ...provideAppointmentsI18n()], canActivate: [appointmentsTranslationsLoaded], children },
];

/** Mounted at `/termine` (public, signed in or not): booking, `bestaetigen` (confirm link), `absagen` (cancel link). */
export const publicAppointmentRoutes: Route[] = shell([
  { path: '', component: BookingPage, title: 'appointments.book.title' },
  { path: 'bestaetigen', component: ConfirmBookingPage, title: 'appointments.confirm.title' },
  { path: 'absagen', component: CancelBookingPage, title: 'appointments.cancel.title' },
]);

/** Mounted at `/advisor/appointments` and `/admin/appointments`: the day list and new slots. */
export const staffAppointmentRoutes: Route[] = shell([{ path: '', component: AppointmentsDayPage, title: 'appointments.day.title' }]);
