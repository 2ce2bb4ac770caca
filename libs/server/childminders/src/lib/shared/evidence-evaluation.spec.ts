import { DEFAULT_EVIDENCE_RULES as R } from '@lotse/shared/domain';
import { CONVICTION_REASON, personKey, statusOf, storedEvaluation } from './evidence-evaluation';

const item = (
  over: Partial<{ date: string; submittedOn: string | null; units: number | null; relevantConviction: boolean | null }> = {},
) => ({
  date: '2025-03-10',
  submittedOn: null,
  units: null,
  relevantConviction: null,
  ...over,
});

describe('storedEvaluation', () => {
  it('stores expiry and warning start of a first-aid course', () => {
    expect(storedEvaluation(R.first_aid, item({ units: 9 }))).toEqual({
      expiresOn: '2027-03-09',
      warnFrom: '2026-12-09',
      acceptable: true,
      unacceptableReason: null,
    });
  });
  it('marks too few units as not acceptable, keeping the expiry for reference', () => {
    const s = storedEvaluation(R.first_aid, item({ units: 8 }));
    expect(s).toMatchObject({ acceptable: false, unacceptableReason: '9 UE erforderlich, 8 UE nachgewiesen.', expiresOn: '2027-03-09' });
  });
  it('never accepts a certificate of good conduct with a relevant conviction', () => {
    const s = storedEvaluation(R.good_conduct, item({ date: '2026-01-10', submittedOn: '2026-01-20', relevantConviction: true }));
    expect(s).toMatchObject({ acceptable: false, unacceptableReason: CONVICTION_REASON });
  });
  it('one-off evidence has neither expiry nor warning', () => {
    expect(storedEvaluation(R.ifsg_instruction, item())).toMatchObject({ expiresOn: null, warnFrom: null, acceptable: true });
  });
});

describe('statusOf', () => {
  it('adds the conviction check to the domain evaluation', () => {
    expect(statusOf(R.good_conduct, item({ date: '2026-01-10', relevantConviction: true }), '2026-02-01', '1980-01-01')).toMatchObject({
      status: 'missing',
      reason: CONVICTION_REASON,
    });
    expect(statusOf(R.good_conduct, item({ date: '2026-01-10', relevantConviction: false }), '2026-02-01', '1980-01-01').status).toBe(
      'valid',
    );
  });
  it('keeps not_required for measles before 1970', () => {
    expect(statusOf(R.measles_protection, null, '2026-02-01', '1965-05-05').status).toBe('not_required');
  });
});

describe('personKey', () => {
  it('treats spacing and case as the same person; empty is the childminder', () => {
    expect(personKey('  Max  Mustermann ')).toBe('max mustermann');
    expect(personKey(null)).toBe('');
  });
});
