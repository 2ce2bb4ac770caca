import type { Route } from '@angular/router';
import { provideLotseMaterial } from '@lotse/web/ui';
import { AdvisorPlacementsPage } from './advisor/advisor-placements.page';
import { AdvisorRequestPage } from './advisor/advisor-request.page';
import { PickChildPage } from './advisor/pick-child.page';
import { RequestQueuePage } from './advisor/request-queue.page';
import { CapacitySettingsPage } from './admin/capacity-settings.page';
import { MyChildrenPage } from './childminder/my-children.page';
import { ChildminderProposalsPage } from './childminder/proposals.page';
import { VacanciesPage } from './childminder/vacancies.page';
import { WeekGridPage } from './childminder/week-grid.page';
import { placementsTranslationsLoaded, providePlacementsI18n } from './i18n/placements-i18n';
import { ParentRequestPage } from './parent/request.page';
import { MyRequestsPage } from './parent/my-requests.page';
import { RequestFormPage } from './parent/request-form.page';
import { RegisterParentPage } from './register/register-parent.page';

const shell = (children: Route[]): Route[] => [
  { path: '', providers: [provideLotseMaterial(), ...providePlacementsI18n()], canActivate: [placementsTranslationsLoaded], children },
];

/** Mounted at `/parent/requests` (parents): "Meine Anfragen", `new`, `:id`, `:id/edit`. */
export const parentRequestRoutes: Route[] = shell([
  { path: '', component: MyRequestsPage, title: 'placements.mine.title' },
  { path: 'new', component: RequestFormPage, title: 'placements.form.title' },
  { path: ':id', component: ParentRequestPage, title: 'placements.request.title' },
  { path: ':id/edit', component: RequestFormPage, title: 'placements.form.editTitle' },
]);

/** Mounted at `/childminder/vacancies`: "Freie Plätze". */
export const childminderVacancyRoutes: Route[] = shell([{ path: '', component: VacanciesPage, title: 'placements.vacancies.title' }]);

/** Mounted at `/childminder/proposals`: "Vorschläge". */
export const childminderProposalRoutes: Route[] = shell([
  { path: '', component: ChildminderProposalsPage, title: 'placements.proposals.title' },
]);

/** Mounted at `/childminder/children`: "Meine Kinder". */
export const childminderChildrenRoutes: Route[] = shell([{ path: '', component: MyChildrenPage, title: 'placements.myChildren.title' }]);

/** Mounted at `/childminder/week`: "Wochenübersicht". */
export const childminderWeekRoutes: Route[] = shell([{ path: '', component: WeekGridPage, title: 'placements.week.title' }]);

/** Mounted at `/advisor/care-requests` (advisors): the queue, `new` (pick the child), `new/:childId` (the form), `:id`. */
export const advisorCareRequestRoutes: Route[] = shell([
  { path: '', component: RequestQueuePage, title: 'placements.queue.title' },
  { path: 'new', component: PickChildPage, title: 'placements.enter.title' },
  { path: 'new/:childId', component: RequestFormPage, title: 'placements.enter.title', data: { staff: true } },
  { path: ':id', component: AdvisorRequestPage, title: 'placements.request.title' },
]);

/** Mounted at `/advisor/placements` (advisors): "Betreuungsverhältnisse". */
export const advisorPlacementRoutes: Route[] = shell([
  { path: '', component: AdvisorPlacementsPage, title: 'placements.placements.title' },
]);

/** Mounted at `/register/parent` (signed-out users): "Als Eltern registrieren". */
export const parentRegisterRoutes: Route[] = shell([{ path: '', component: RegisterParentPage, title: 'placements.register.title' }]);

/** Mounted at `/admin/capacity-settings` (admins): "Kapazitätsgrenzen". */
export const adminCapacitySettingsRoutes: Route[] = shell([
  { path: '', component: CapacitySettingsPage, title: 'placements.capacity.title' },
]);
