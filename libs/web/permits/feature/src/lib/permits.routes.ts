import type { Route } from '@angular/router';
import { provideLotseMaterial } from '@lotse/web/ui';
import { ApplicationQueuePage } from './advisor/application-queue.page';
import { ApplicationPage } from './advisor/application.page';
import { PermitRegisterPage } from './advisor/permit-register.page';
import { PermitPage } from './advisor/permit.page';
import { MyPermitPage } from './childminder/my-permit.page';
import { permitsTranslationsLoaded, providePermitsI18n } from './i18n/permits-i18n';

const shell = (children: Route[]): Route[] => [
  { path: '', providers: [provideLotseMaterial(), ...providePermitsI18n()], canActivate: [permitsTranslationsLoaded], children },
];

/** Mounted at `/childminder/permit` (childminders): "Meine Pflegeerlaubnis". */
export const childminderPermitRoutes: Route[] = shell([{ path: '', component: MyPermitPage, title: 'permits.mine.title' }]);

/** Mounted at `/advisor/permit-applications` (advisors): the queue and `:id`. */
export const advisorApplicationRoutes: Route[] = shell([
  { path: '', component: ApplicationQueuePage, title: 'permits.queue.title' },
  { path: ':id', component: ApplicationPage, title: 'permits.application.title' },
]);

/** Mounted at `/advisor/permits` (advisors): the register and `:id`. */
export const advisorPermitRoutes: Route[] = shell([
  { path: '', component: PermitRegisterPage, title: 'permits.register.title' },
  { path: ':id', component: PermitPage, title: 'permits.permit.pageTitle' },
]);
