import type { Route } from '@angular/router';
import { provideLotseMaterial } from '@lotse/web/ui';
import { referralsTranslationsLoaded, provideReferralsI18n } from './i18n/referrals-i18n';
import { WegweiserPage } from './public/wegweiser.page';
import { ReferralDirectoryPage } from './staff/directory.page';
import { DemandFiguresPage } from './staff/figures.page';

const shell = (children: Route[]): Route[] => [
  { path: '', providers: [provideLotseMaterial(), ...provideReferralsI18n()], canActivate: [referralsTranslationsLoaded], children },
];

/** Mounted at `/advisor/referrals` and `/admin/referrals`: the directory ("Wegweiser") and `figures` ("Bedarfsermittlung"). */
export const staffReferralRoutes: Route[] = shell([
  { path: '', component: ReferralDirectoryPage, title: 'referrals.directory.title' },
  { path: 'figures', component: DemandFiguresPage, title: 'referrals.figures.title' },
]);

/** Mounted at `/wegweiser` (no sign-in): the public directory. */
export const publicReferralRoutes: Route[] = shell([{ path: '', component: WegweiserPage, title: 'referrals.public.title' }]);
