import type { Route } from '@angular/router';
import { provideLotseMaterial } from '@lotse/web/ui';
import { AdminAuditPage } from './audit/admin-audit.page';
import { EvidenceRulesPage } from './evidence-rules/evidence-rules.page';
import { OfficeDataPage } from './office/office-data.page';
import { OperatorOfficesPage } from './operator/operator-offices.page';
import { PermitSettingsPage } from './permit-settings/permit-settings.page';
import { AdminUsersPage } from './users/admin-users.page';

/** Mounted at `/admin` (admins only). */
export const adminRoutes: Route[] = [
  {
    path: '',
    providers: provideLotseMaterial(),
    children: [
      { path: '', component: AdminUsersPage, title: 'admin.title' },
      { path: 'office', component: OfficeDataPage, title: 'admin.office.title' },
      { path: 'evidence-rules', component: EvidenceRulesPage, title: 'admin.evidenceRules.title' },
      { path: 'permit-settings', component: PermitSettingsPage, title: 'admin.permitSettings.title' },
      { path: 'audit', component: AdminAuditPage, title: 'admin.audit.title' },
    ],
  },
];

/** Mounted at `/operator` (the installation's operator only). */
export const operatorRoutes: Route[] = [
  {
    path: '',
    providers: provideLotseMaterial(),
    children: [
      { path: 'offices', component: OperatorOfficesPage, title: 'operator.offices.title' },
      { path: '', pathMatch: 'full', redirectTo: 'offices' },
    ],
  },
];
