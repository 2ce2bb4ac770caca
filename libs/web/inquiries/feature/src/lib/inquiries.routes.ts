import type { Route } from '@angular/router';
import { provideLotseMaterial } from '@lotse/web/ui';
import { inquiriesTranslationsLoaded, provideInquiriesI18n } from './i18n/inquiries-i18n';
import { ContactPage } from './public/contact.page';
import { MyTurnsPage } from './rota/my-turns.page';
import { RotaPlanPage } from './rota/rota-plan.page';
import { InquiryDetailPage } from './staff/inquiry-detail.page';
import { InquiryQueuePage } from './staff/inquiry-queue.page';
import { NewInquiryPage } from './staff/new-inquiry.page';

const shell = (children: Route[]): Route[] => [
  { path: '', providers: [provideLotseMaterial(), ...provideInquiriesI18n()], canActivate: [inquiriesTranslationsLoaded], children },
];

/** Mounted at `/kontakt` (everyone): the contact form. */
export const contactRoutes: Route[] = shell([{ path: '', component: ContactPage, title: 'inquiries.contact.title' }]);

/** Mounted at `/advisor/inquiries` and `/admin/inquiries`: the queue, `new`, `:id`. */
export const staffInquiryRoutes: Route[] = shell([
  { path: '', component: InquiryQueuePage, title: 'inquiries.queue.title' },
  { path: 'new', component: NewInquiryPage, title: 'inquiries.enter.title' },
  { path: ':id', component: InquiryDetailPage, title: 'inquiries.detail.pageTitle' },
]);

/** Mounted at `/admin/rota` (coordinator): the plan, and `mine`. */
export const adminRotaRoutes: Route[] = shell([
  { path: '', component: RotaPlanPage, title: 'inquiries.rota.title' },
  { path: 'mine', component: MyTurnsPage, title: 'inquiries.mine.title' },
]);

/** Mounted at `/advisor/rota`: "Meine Dienste". */
export const myTurnsRoutes: Route[] = shell([{ path: '', component: MyTurnsPage, title: 'inquiries.mine.title' }]);
