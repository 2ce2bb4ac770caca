import { checkTransition, CHILDMINDER_STATUSES, statusesLeadingTo } from './childminder-lifecycle';

describe('childminder lifecycle', () => {
  it('walks the path to the permit', () => {
    const path = ['interested', 'applicant', 'in_qualification', 'suitability_check'] as const;
    for (let i = 0; i < path.length - 1; i++) expect(checkTransition(path[i], path[i + 1], { hasValidPermit: false }).allowed).toBe(true);
  });

  it('refuses skipping steps, with the reason and the options', () => {
    const r = checkTransition('interested', 'suitability_check', { hasValidPermit: false });
    expect(r.allowed).toBe(false);
    expect(r.reason).toContain('Möglich: „Bewerbung“, „Beendet“');
  });

  it('becomes active only with a valid permit', () => {
    expect(checkTransition('suitability_check', 'active', { hasValidPermit: false }).reason).toMatch(/Pflegeerlaubnis/);
    expect(checkTransition('suitability_check', 'active', { hasValidPermit: true }).allowed).toBe(true);
    expect(checkTransition('paused', 'active', { hasValidPermit: false }).allowed).toBe(false);
  });

  it('every status can end; after the end (or a lapsed/revoked permit) only a new application follows', () => {
    for (const s of CHILDMINDER_STATUSES.filter((x) => x !== 'ended'))
      expect(checkTransition(s, 'ended', { hasValidPermit: false }).allowed).toBe(true);
    expect(checkTransition('ended', 'interested', { hasValidPermit: false }).reason).toContain('Möglich: „Bewerbung“');
    expect(checkTransition('ended', 'applicant', { hasValidPermit: false }).allowed).toBe(true);
    expect(checkTransition('paused', 'applicant', { hasValidPermit: false }).allowed).toBe(true);
    expect(checkTransition('ended', 'active', { hasValidPermit: true }).allowed).toBe(false);
  });
});

describe('statusesLeadingTo', () => {
  it('only an active childminder is paused; every open file can end; applicant is reached from the start and after a lapse or end', () => {
    expect(statusesLeadingTo('paused')).toEqual(['active']);
    expect(statusesLeadingTo('ended')).toEqual(CHILDMINDER_STATUSES.filter((s) => s !== 'ended'));
    expect(statusesLeadingTo('applicant')).toEqual(['interested', 'in_qualification', 'paused', 'ended']);
    expect(statusesLeadingTo('interested')).toEqual([]);
  });
});
