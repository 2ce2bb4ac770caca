import type { Route } from '@angular/router';
import { provideDocumentUploads } from '@lotse/web/childminders/data-access';
import { provideLotseMaterial } from '@lotse/web/ui';
import { ChildminderCreatePage } from './advisor/childminder-create.page';
import { ChildminderFilePage } from './advisor/childminder-file.page';
import { ChildminderListPage } from './advisor/childminder-list.page';
import { MyEvidencePage } from './portal/my-evidence.page';
import { MyProfilePage } from './portal/my-profile.page';
import { PermitPathPage } from './portal/permit-path.page';
import { MyReportsPage } from './recheck/my-reports.page';
import { RecheckWorklistPage } from './recheck/recheck-worklist.page';
import { RegisterPage } from './register/register.page';

/** Mounted at `/register` (signed-out users only). */
export const registerRoutes: Route[] = [{ path: '', providers: provideLotseMaterial(), component: RegisterPage, title: 'register.title' }];

/** Mounted under `/childminder` (childminders): `profile`, `evidence`, `permit-path`, `reports`. */
export const childminderPortalRoutes: Route[] = [
  {
    path: '',
    providers: [provideLotseMaterial(), provideDocumentUploads()],
    children: [
      { path: 'profile', component: MyProfilePage, title: 'childminder.profile.title' },
      { path: 'evidence', component: MyEvidencePage, title: 'childminder.evidence.title' },
      { path: 'permit-path', component: PermitPathPage, title: 'childminder.path.title' },
      { path: 'reports', component: MyReportsPage, title: 'recheck.report.title' },
    ],
  },
];

/** Mounted at `/advisor/childminders` (advisors): list, `new`, `:id`. */
export const advisorChildminderRoutes: Route[] = [
  {
    path: '',
    providers: [provideLotseMaterial(), provideDocumentUploads()],
    children: [
      { path: '', component: ChildminderListPage, title: 'childminders.list.title' },
      { path: 'new', component: ChildminderCreatePage, title: 'childminders.create.title' },
      { path: ':id', component: ChildminderFilePage, title: 'childminders.file.title' },
    ],
  },
];

/** Mounted at `/advisor/recheck-tasks` (advisors): the § 43 Abs. 3 re-check worklist. */
export const advisorRecheckRoutes: Route[] = [
  { path: '', providers: provideLotseMaterial(), component: RecheckWorklistPage, title: 'recheck.list.title' },
];
