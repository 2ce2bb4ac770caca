import { DEFAULT_EVIDENCE_RULES as R } from './default-rules';
import { evaluateEvidence, expiryOf, olderThanMonths } from './evaluate-evidence';

describe('evaluateEvidence with the NRW defaults', () => {
  describe('first-aid course: 2 years, ≥ 9 UE, warning 90 days', () => {
    const fact = { date: '2025-03-10', units: 9 };
    it('expires the day before two years later', () => {
      expect(expiryOf(R.first_aid, fact)).toBe('2027-03-09');
    });
    it.each([
      ['2025-03-10', 'valid'],
      ['2026-12-08', 'valid'],
      ['2026-12-09', 'expiring'],
      ['2027-03-09', 'expiring'],
      ['2027-03-10', 'expired'],
    ])('on %s it is %s', (today, status) => {
      expect(evaluateEvidence(R.first_aid, fact, today).status).toBe(status);
    });
    it('counts as missing with fewer than 9 UE', () => {
      const e = evaluateEvidence(R.first_aid, { date: '2025-03-10', units: 8 }, '2025-04-01');
      expect(e).toMatchObject({ status: 'missing', reason: '9 UE erforderlich, 8 UE nachgewiesen.' });
    });
  });

  describe('extended certificate of good conduct: ≤ 3 months old when presented, 5 years', () => {
    it('is valid for 5 years from its date', () => {
      const e = evaluateEvidence(R.good_conduct, { date: '2026-01-15', submittedOn: '2026-02-01' }, '2026-03-01');
      expect(e).toMatchObject({ status: 'valid', expiresOn: '2031-01-14' });
      expect(evaluateEvidence(R.good_conduct, { date: '2026-01-15' }, '2030-10-16').status).toBe('expiring');
      expect(evaluateEvidence(R.good_conduct, { date: '2026-01-15' }, '2031-01-15').status).toBe('expired');
    });
    it('is no older than 3 calendar months when presented: dated 15 January, fine on 15 April, too old on 16 April', () => {
      expect(evaluateEvidence(R.good_conduct, { date: '2026-01-15', submittedOn: '2026-04-15' }, '2026-04-15').status).toBe('valid');
      const e = evaluateEvidence(R.good_conduct, { date: '2026-01-15', submittedOn: '2026-04-16' }, '2026-04-16');
      expect(e.status).toBe('missing');
      expect(e.reason).toContain('älter als 3 Monat(e)');
    });
    it('refuses a certificate 3 months and 2 days old, which the old 92-day rule accepted', () => {
      // 2026-01-01 → 2026-04-03 is 92 days: accepted before, but older than 3 calendar months.
      expect(evaluateEvidence(R.good_conduct, { date: '2026-01-01', submittedOn: '2026-04-03' }, '2026-04-03').status).toBe('missing');
      expect(evaluateEvidence(R.good_conduct, { date: '2026-01-01', submittedOn: '2026-04-01' }, '2026-04-01').status).toBe('valid');
    });
    it('counts months at the end of a month as the calendar does (30 November → 28 February)', () => {
      expect(olderThanMonths('2026-11-30', '2027-02-28', 3)).toBe(false);
      expect(olderThanMonths('2026-11-30', '2027-03-01', 3)).toBe(true);
    });
  });

  it('qualification course needs 160 UE before the permit and does not expire', () => {
    expect(evaluateEvidence(R.qualification_course, { date: '2025-06-30', units: 160 }, '2040-01-01')).toMatchObject({
      status: 'valid',
      expiresOn: null,
    });
    expect(evaluateEvidence(R.qualification_course, { date: '2025-06-30', units: 140 }, '2026-01-01').status).toBe('missing');
  });

  it('measles protection applies only to those born after 31 December 1970', () => {
    expect(evaluateEvidence(R.measles_protection, null, '2026-01-01', '1969-12-31').status).toBe('not_required');
    expect(evaluateEvidence(R.measles_protection, null, '2026-01-01', '1970-01-01').status).toBe('not_required');
    expect(evaluateEvidence(R.measles_protection, null, '2026-01-01', '1970-12-31').status).toBe('not_required');
    expect(evaluateEvidence(R.measles_protection, null, '2026-01-01', '1971-01-01').status).toBe('missing');
  });

  it('a rule change changes the computed expiry', () => {
    const oneYear = { ...R.first_aid, validityMonths: 12 };
    expect(evaluateEvidence(oneYear, { date: '2025-03-10', units: 9 }, '2026-03-10')).toMatchObject({
      status: 'expired',
      expiresOn: '2026-03-09',
    });
  });

  it('one-off evidence (IfSG instruction) stays valid', () => {
    expect(evaluateEvidence(R.ifsg_instruction, { date: '2010-05-01' }, '2030-01-01').status).toBe('valid');
  });
});
