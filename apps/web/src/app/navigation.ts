import type { Role } from '@lotse/shared/contracts';

export interface NavItem {
  /** Router path, or an absolute URL for `external` items. */
  path: string;
  labelKey: string;
  icon: string;
  /** `nav-<route>`: the path with slashes as dashes, e.g. `nav-advisor-children`. */
  testId: string;
  /** Match the path exactly (a role's home would otherwise stay active on every sub-page). */
  exact?: boolean;
  /** Leaves the SPA (Bull Board): opens in a new tab. */
  external?: boolean;
}

const profile: NavItem = { path: '/profile', labelKey: 'nav.profile', icon: 'account_circle', testId: 'nav-profile' };

/** Side navigation per role. A `Record` so a new role fails the build until it has a menu. */
export const NAV_ITEMS: Readonly<Record<Role, readonly NavItem[]>> = {
  admin: [
    { path: '/admin', labelKey: 'nav.adminUsers', icon: 'admin_panel_settings', testId: 'nav-admin', exact: true },
    { path: '/admin/office', labelKey: 'nav.adminOffice', icon: 'apartment', testId: 'nav-admin-office' },
    { path: '/admin/evidence-rules', labelKey: 'nav.adminEvidenceRules', icon: 'rule', testId: 'nav-admin-evidence-rules' },
    { path: '/admin/permit-settings', labelKey: 'nav.adminPermitSettings', icon: 'tune', testId: 'nav-admin-permit-settings' },
    { path: '/admin/capacity-settings', labelKey: 'nav.adminCapacitySettings', icon: 'groups', testId: 'nav-admin-capacity-settings' },
    { path: '/admin/inquiries', labelKey: 'nav.inquiries', icon: 'contact_support', testId: 'nav-admin-inquiries' },
    { path: '/admin/appointments', labelKey: 'nav.adminAppointments', icon: 'event', testId: 'nav-admin-appointments' },
    { path: '/admin/rota', labelKey: 'nav.rota', icon: 'calendar_month', testId: 'nav-admin-rota' },
    { path: '/admin/referrals', labelKey: 'nav.referrals', icon: 'signpost', testId: 'nav-admin-referrals', exact: true },
    { path: '/admin/referrals/figures', labelKey: 'nav.referralFigures', icon: 'bar_chart', testId: 'nav-admin-referrals-figures' },
    { path: '/admin/audit', labelKey: 'nav.adminAudit', icon: 'history', testId: 'nav-admin-audit' },
    profile,
  ],
  advisor: [
    { path: '/advisor', labelKey: 'nav.advisorHome', icon: 'dashboard', testId: 'nav-advisor', exact: true },
    { path: '/advisor/childminders', labelKey: 'nav.advisorChildminders', icon: 'diversity_3', testId: 'nav-advisor-childminders' },
    {
      path: '/advisor/permit-applications',
      labelKey: 'nav.advisorPermitApplications',
      icon: 'assignment',
      testId: 'nav-advisor-permit-applications',
    },
    { path: '/advisor/permits', labelKey: 'nav.advisorPermits', icon: 'verified_user', testId: 'nav-advisor-permits' },
    { path: '/advisor/recheck-tasks', labelKey: 'nav.advisorRecheckTasks', icon: 'fact_check', testId: 'nav-advisor-recheck-tasks' },
    { path: '/advisor/care-requests', labelKey: 'nav.advisorCareRequests', icon: 'inbox', testId: 'nav-advisor-care-requests' },
    { path: '/advisor/placements', labelKey: 'nav.advisorPlacements', icon: 'handshake', testId: 'nav-advisor-placements' },
    { path: '/advisor/children', labelKey: 'nav.advisorChildren', icon: 'folder_shared', testId: 'nav-advisor-children' },
    { path: '/advisor/matching', labelKey: 'nav.advisorMatching', icon: 'join_inner', testId: 'nav-advisor-matching' },
    { path: '/advisor/inquiries', labelKey: 'nav.inquiries', icon: 'contact_support', testId: 'nav-advisor-inquiries' },
    { path: '/advisor/appointments', labelKey: 'nav.advisorAppointments', icon: 'event', testId: 'nav-advisor-appointments' },
    { path: '/advisor/rota', labelKey: 'nav.myTurns', icon: 'calendar_month', testId: 'nav-advisor-rota' },
    { path: '/advisor/referrals', labelKey: 'nav.referrals', icon: 'signpost', testId: 'nav-advisor-referrals', exact: true },
    { path: '/advisor/referrals/figures', labelKey: 'nav.referralFigures', icon: 'bar_chart', testId: 'nav-advisor-referrals-figures' },
    profile,
  ],
  staff: [
    { path: '/staff/inquiries', labelKey: 'nav.inquiries', icon: 'contact_support', testId: 'nav-staff-inquiries' },
    { path: '/staff/rota', labelKey: 'nav.myTurns', icon: 'calendar_month', testId: 'nav-staff-rota' },
    { path: '/staff/referrals', labelKey: 'nav.referrals', icon: 'signpost', testId: 'nav-staff-referrals', exact: true },
    { path: '/staff/referrals/figures', labelKey: 'nav.referralFigures', icon: 'bar_chart', testId: 'nav-staff-referrals-figures' },
    profile,
  ],
  childminder: [
    { path: '/childminder', labelKey: 'nav.childminderHome', icon: 'dashboard', testId: 'nav-childminder', exact: true },
    { path: '/childminder/profile', labelKey: 'nav.childminderProfile', icon: 'badge', testId: 'nav-childminder-profile' },
    { path: '/childminder/evidence', labelKey: 'nav.childminderEvidence', icon: 'checklist', testId: 'nav-childminder-evidence' },
    { path: '/childminder/permit-path', labelKey: 'nav.childminderPermitPath', icon: 'route', testId: 'nav-childminder-permit-path' },
    { path: '/childminder/permit', labelKey: 'nav.childminderPermit', icon: 'verified', testId: 'nav-childminder-permit' },
    { path: '/childminder/reports', labelKey: 'nav.childminderReports', icon: 'campaign', testId: 'nav-childminder-reports' },
    { path: '/childminder/vacancies', labelKey: 'nav.childminderVacancies', icon: 'event_available', testId: 'nav-childminder-vacancies' },
    { path: '/childminder/proposals', labelKey: 'nav.childminderProposals', icon: 'handshake', testId: 'nav-childminder-proposals' },
    { path: '/childminder/children', labelKey: 'nav.childminderChildren', icon: 'child_care', testId: 'nav-childminder-children' },
    { path: '/childminder/week', labelKey: 'nav.childminderWeek', icon: 'calendar_view_week', testId: 'nav-childminder-week' },
    profile,
  ],
  parent: [
    { path: '/parent', labelKey: 'nav.parentHome', icon: 'family_restroom', testId: 'nav-parent', exact: true },
    { path: '/parent/children/new', labelKey: 'nav.parentAddChild', icon: 'person_add', testId: 'nav-parent-children-new' },
    { path: '/parent/requests', labelKey: 'nav.parentRequests', icon: 'assignment', testId: 'nav-parent-requests' },
    profile,
  ],
  operator: [
    { path: '/operator/offices', labelKey: 'nav.operatorOffices', icon: 'apartment', testId: 'nav-operator-offices' },
    { path: '/api/admin/queues', labelKey: 'nav.adminQueues', icon: 'dns', testId: 'nav-admin-queues', external: true },
    profile,
  ],
};

export function navFor(role: Role | null | undefined): readonly NavItem[] {
  return role ? (NAV_ITEMS[role] ?? [profile]) : [];
}
