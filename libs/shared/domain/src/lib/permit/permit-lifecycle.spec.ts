import { PERMIT_LIFECYCLE_STATUSES, permitStatusesLeadingTo, permitTransitionAllowed } from './permit-lifecycle';

describe('permit lifecycle', () => {
  it('draft → (approved →) issued', () => {
    expect(permitTransitionAllowed('draft', 'issued')).toBe(true);
    expect(permitTransitionAllowed('draft', 'approved')).toBe(true);
    expect(permitTransitionAllowed('approved', 'issued')).toBe(true);
    expect(permitTransitionAllowed('approved', 'draft')).toBe(false);
  });

  it('only an issued permit expires, is revoked or superseded', () => {
    for (const to of ['expired', 'revoked', 'superseded'] as const) {
      expect(permitStatusesLeadingTo(to)).toEqual(['issued']);
    }
    expect(permitTransitionAllowed('draft', 'revoked')).toBe(false);
  });

  it('ending the file ends issued permits and drafts waiting for approval', () => {
    expect(permitStatusesLeadingTo('ended')).toEqual(['draft', 'approved', 'issued']);
  });

  it('expired, revoked, superseded and ended are final', () => {
    for (const from of ['expired', 'revoked', 'superseded', 'ended'] as const) {
      for (const to of PERMIT_LIFECYCLE_STATUSES) expect(permitTransitionAllowed(from, to)).toBe(false);
    }
  });

  it('nothing moves to itself or back to a draft', () => {
    for (const s of PERMIT_LIFECYCLE_STATUSES) expect(permitTransitionAllowed(s, s)).toBe(false);
    expect(permitStatusesLeadingTo('draft')).toEqual([]);
  });
});
