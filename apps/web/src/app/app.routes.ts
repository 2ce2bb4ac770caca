import type { Route } from '@angular/router';
import { INFORMATION_PAGE, authGuard, guestGuard, roleGuard, roleHomeRedirect, startPageRedirect } from '@lotse/web/core';

/**
 * Every feature is lazy-loaded and guarded with `canMatch`, so a role never downloads another
 * role's pages. Wrong role → own home; signed out → /login (with a return URL). The bare address
 * leads guests to the Familienbüro's public page, signed-in users to their home.
 */
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: startPageRedirect },
  {
    // The Familienbüro's public page, no login; German, English, Turkish, Arabic, Ukrainian (`?lang=tr`).
    path: 'familienbuero',
    ...INFORMATION_PAGE,
    loadChildren: () => import('@lotse/web/front-door/feature').then((m) => m.frontDoorRoutes),
  },
  {
    path: 'login',
    canMatch: [guestGuard],
    loadChildren: () => import('@lotse/web/auth/feature').then((m) => m.loginRoutes),
  },
  {
    path: 'forgot-password',
    canMatch: [guestGuard],
    loadChildren: () => import('@lotse/web/auth/feature').then((m) => m.forgotPasswordRoutes),
  },
  {
    path: 'reset-password',
    canMatch: [guestGuard],
    loadChildren: () => import('@lotse/web/auth/feature').then((m) => m.resetPasswordRoutes),
  },
  {
    path: 'verify-email',
    canMatch: [guestGuard],
    loadChildren: () => import('@lotse/web/auth/feature').then((m) => m.verifyEmailRoutes),
  },
  {
    // Signed in or not: the link may be opened on another device than the one that asked.
    path: 'confirm-email',
    loadChildren: () => import('@lotse/web/auth/feature').then((m) => m.confirmEmailRoutes),
  },
  {
    // Before `register` (the childminders'): parents register on a page of their own.
    path: 'register/parent',
    canMatch: [guestGuard],
    loadChildren: () => import('@lotse/web/placements/feature').then((m) => m.parentRegisterRoutes),
  },
  {
    path: 'register',
    canMatch: [guestGuard],
    loadChildren: () => import('@lotse/web/childminders/feature').then((m) => m.registerRoutes),
  },
  {
    // The Familienbüro's contact form: public, signed in or not (issue 14).
    path: 'kontakt',
    ...INFORMATION_PAGE,
    loadChildren: () => import('@lotse/web/inquiries/feature').then((m) => m.contactRoutes),
  },
  {
    // Appointments with the advisory service (issue 14): public, signed in or not (links from mails).
    path: 'termine',
    ...INFORMATION_PAGE,
    loadChildren: () => import('@lotse/web/appointments/feature').then((m) => m.publicAppointmentRoutes),
  },
  {
    path: 'profile',
    canMatch: [authGuard],
    loadChildren: () => import('@lotse/web/auth/feature').then((m) => m.profileRoutes),
  },
  {
    path: 'advisor',
    canMatch: [roleGuard('advisor')],
    children: [
      {
        path: 'childminders',
        loadChildren: () => import('@lotse/web/childminders/feature').then((m) => m.advisorChildminderRoutes),
      },
      {
        path: 'permit-applications',
        loadChildren: () => import('@lotse/web/permits/feature').then((m) => m.advisorApplicationRoutes),
      },
      { path: 'permits', loadChildren: () => import('@lotse/web/permits/feature').then((m) => m.advisorPermitRoutes) },
      {
        path: 'recheck-tasks',
        loadChildren: () => import('@lotse/web/childminders/feature').then((m) => m.advisorRecheckRoutes),
      },
      {
        path: 'care-requests',
        loadChildren: () => import('@lotse/web/placements/feature').then((m) => m.advisorCareRequestRoutes),
      },
      { path: 'placements', loadChildren: () => import('@lotse/web/placements/feature').then((m) => m.advisorPlacementRoutes) },
      { path: 'matching', loadChildren: () => import('@lotse/web/matching/feature').then((m) => m.advisorMatchingRoutes) },
      { path: 'inquiries', loadChildren: () => import('@lotse/web/inquiries/feature').then((m) => m.staffInquiryRoutes) },
      { path: 'rota', loadChildren: () => import('@lotse/web/inquiries/feature').then((m) => m.myTurnsRoutes) },
      { path: 'appointments', loadChildren: () => import('@lotse/web/appointments/feature').then((m) => m.staffAppointmentRoutes) },
      { path: 'referrals', loadChildren: () => import('@lotse/web/referrals/feature').then((m) => m.staffReferralRoutes) },
      { path: '', loadChildren: () => import('@lotse/web/home/feature').then((m) => m.advisorRoutes) },
    ],
  },
  {
    // The Familienbüro's other services (role `staff`): inquiries, their turns on the rota, the referral guide.
    path: 'staff',
    canMatch: [roleGuard('staff')],
    children: [
      { path: 'inquiries', loadChildren: () => import('@lotse/web/inquiries/feature').then((m) => m.staffInquiryRoutes) },
      { path: 'rota', loadChildren: () => import('@lotse/web/inquiries/feature').then((m) => m.myTurnsRoutes) },
      { path: 'referrals', loadChildren: () => import('@lotse/web/referrals/feature').then((m) => m.staffReferralRoutes) },
      { path: '', pathMatch: 'full', redirectTo: 'inquiries' },
    ],
  },
  {
    path: 'childminder',
    canMatch: [roleGuard('childminder')],
    children: [
      // The home page itself, then the portal pages (profile, evidence, permit path).
      { path: '', pathMatch: 'full', loadChildren: () => import('@lotse/web/home/feature').then((m) => m.childminderRoutes) },
      { path: 'permit', loadChildren: () => import('@lotse/web/permits/feature').then((m) => m.childminderPermitRoutes) },
      { path: 'vacancies', loadChildren: () => import('@lotse/web/placements/feature').then((m) => m.childminderVacancyRoutes) },
      { path: 'proposals', loadChildren: () => import('@lotse/web/placements/feature').then((m) => m.childminderProposalRoutes) },
      { path: 'children', loadChildren: () => import('@lotse/web/placements/feature').then((m) => m.childminderChildrenRoutes) },
      { path: 'week', loadChildren: () => import('@lotse/web/placements/feature').then((m) => m.childminderWeekRoutes) },
      { path: '', loadChildren: () => import('@lotse/web/childminders/feature').then((m) => m.childminderPortalRoutes) },
    ],
  },
  {
    path: 'parent',
    canMatch: [roleGuard('parent')],
    children: [
      { path: 'requests', loadChildren: () => import('@lotse/web/placements/feature').then((m) => m.parentRequestRoutes) },
      { path: '', loadChildren: () => import('@lotse/web/home/feature').then((m) => m.parentRoutes) },
    ],
  },
  {
    path: 'admin',
    canMatch: [roleGuard('admin')],
    children: [
      {
        path: 'capacity-settings',
        loadChildren: () => import('@lotse/web/placements/feature').then((m) => m.adminCapacitySettingsRoutes),
      },
      { path: 'inquiries', loadChildren: () => import('@lotse/web/inquiries/feature').then((m) => m.staffInquiryRoutes) },
      { path: 'rota', loadChildren: () => import('@lotse/web/inquiries/feature').then((m) => m.adminRotaRoutes) },
      { path: 'appointments', loadChildren: () => import('@lotse/web/appointments/feature').then((m) => m.staffAppointmentRoutes) },
      { path: 'referrals', loadChildren: () => import('@lotse/web/referrals/feature').then((m) => m.staffReferralRoutes) },
      { path: '', loadChildren: () => import('@lotse/web/admin/feature').then((m) => m.adminRoutes) },
    ],
  },
  {
    path: 'operator',
    canMatch: [roleGuard('operator')],
    loadChildren: () => import('@lotse/web/admin/feature').then((m) => m.operatorRoutes),
  },
  {
    // The public referral guide (issue 14): no sign-in, for guests and signed-in users alike.
    path: 'wegweiser',
    ...INFORMATION_PAGE,
    loadChildren: () => import('@lotse/web/referrals/feature').then((m) => m.publicReferralRoutes),
  },
  // Unknown paths (and the login page for signed-in users) lead to the user's home.
  { path: '**', redirectTo: roleHomeRedirect },
];
