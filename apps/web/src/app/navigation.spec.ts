import { NAV_ITEMS, navFor } from './navigation';

describe('navigation', () => {
  it('shows nothing when signed out', () => {
    expect(navFor(null)).toEqual([]);
  });

  it('starts each role at its home and ends with the profile', () => {
    expect(navFor('advisor').map((i) => i.path)).toEqual([
      '/advisor',
      '/advisor/childminders',
      '/advisor/permit-applications',
      '/advisor/permits',
      '/advisor/recheck-tasks',
      '/advisor/care-requests',
      '/advisor/placements',
      '/advisor/children',
      '/advisor/matching',
      '/advisor/inquiries',
      '/advisor/appointments',
      '/advisor/rota',
      '/advisor/referrals',
      '/advisor/referrals/figures',
      '/profile',
    ]);
    expect(navFor('parent')[0].path).toBe('/parent');
    expect(navFor('childminder').map((i) => i.path)).toEqual([
      '/childminder',
      '/childminder/profile',
      '/childminder/evidence',
      '/childminder/permit-path',
      '/childminder/permit',
      '/childminder/reports',
      '/childminder/vacancies',
      '/childminder/proposals',
      '/childminder/children',
      '/childminder/week',
      '/profile',
    ]);
    expect(navFor('admin').map((i) => i.testId)).toEqual([
      'nav-admin',
      'nav-admin-office',
      'nav-admin-evidence-rules',
      'nav-admin-permit-settings',
      'nav-admin-capacity-settings',
      'nav-admin-inquiries',
      'nav-admin-appointments',
      'nav-admin-rota',
      'nav-admin-referrals',
      'nav-admin-referrals-figures',
      'nav-admin-audit',
      'nav-profile',
    ]);
    expect(navFor('operator').map((i) => i.testId)).toEqual(['nav-operator-offices', 'nav-admin-queues', 'nav-profile']);
  });

  it('derives every test id from its route', () => {
    for (const items of Object.values(NAV_ITEMS)) {
      for (const item of items) {
        expect(item.testId).toBe('nav-' + item.path.replace(/^\/(api\/)?/, '').replace(/\//g, '-'));
      }
    }
  });

  it('opens Bull Board outside the SPA, for the operator only', () => {
    expect(navFor('admin').some((i) => i.testId === 'nav-admin-queues')).toBe(false);
    const queues = navFor('operator').find((i) => i.testId === 'nav-admin-queues');
    expect(queues).toMatchObject({ path: '/api/admin/queues', external: true });
  });
});
