import type { Route } from '@angular/router';
import { FamilienbueroPage } from './familienbuero/familienbuero.page';
import { frontDoorTranslationsLoaded, provideFrontDoorI18n } from './i18n/front-door-i18n';

/**
 * Mounted at `/familienbuero` (no login, an information page in all five languages; the app route
 * spreads `INFORMATION_PAGE` of @lotse/web/core): the installation's default office, or
 * `/familienbuero/<slug>` for another office of the installation.
 */
export const frontDoorRoutes: Route[] = [
  {
    path: '',
    providers: [...provideFrontDoorI18n()],
    canActivate: [frontDoorTranslationsLoaded],
    children: [
      { path: '', component: FamilienbueroPage, title: 'pages.familienbuero' },
      { path: ':slug', component: FamilienbueroPage, title: 'pages.familienbuero' },
    ],
  },
];
