import type { Route } from '@angular/router';
import { provideLotseMaterial } from '@lotse/web/ui';
import { BatchPage } from './batch/batch.page';
import { matchingTranslationsLoaded, provideMatchingI18n } from './i18n/matching-i18n';
import { SuggestionsPage } from './suggestions/suggestions.page';

/** Mounted at `/advisor/matching` (advisors): the batch page, a run (`runs/:id`) and one request's suggestions (`requests/:id`). */
export const advisorMatchingRoutes: Route[] = [
  {
    path: '',
    providers: [provideLotseMaterial(), ...provideMatchingI18n()],
    canActivate: [matchingTranslationsLoaded],
    children: [
      { path: '', component: BatchPage, title: 'matching.batch.title' },
      { path: 'runs/:id', component: BatchPage, title: 'matching.batch.runPageTitle' },
      { path: 'requests/:id', component: SuggestionsPage, title: 'matching.suggestions.pageTitle' },
    ],
  },
];
