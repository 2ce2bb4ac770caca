import { DEFAULT_EVIDENCE_RULES as R } from './default-rules';
import { evaluateEvidence } from './evaluate-evidence';
import { ruleForPerson, unitsInPeriod } from './qualification';

describe('qualification per person', () => {
  it('a pedagogical professional needs 80 UE, the standard 160, the older DJI curriculum 160', () => {
    const fact = { date: '2026-03-01', units: 80 };
    expect(evaluateEvidence(ruleForPerson(R.qualification_course, 'standard'), fact, '2026-11-25').status).toBe('missing');
    expect(evaluateEvidence(ruleForPerson(R.qualification_course, 'pedagogical_professional'), fact, '2026-11-25').status).toBe('valid');
    expect(ruleForPerson(R.qualification_course, 'dji_legacy').unitsRequired).toBe(160);
    expect(ruleForPerson(R.first_aid, 'pedagogical_professional')).toBe(R.first_aid);
  });
});

describe('continuing education: units within the period are summed across courses', () => {
  const courses = [
    { date: '2025-08-25', units: 10 },
    { date: '2026-03-10', units: 8 },
    { date: '2026-09-01', units: 7 },
  ];
  it('12 months up to 1 September 2026: 8 + 7 = 15 (the course of 25 August 2025 is outside)', () => {
    expect(unitsInPeriod(courses, '2026-09-01', 12)).toBe(15);
    expect(
      evaluateEvidence(R.continuing_education, { date: '2026-09-01', units: unitsInPeriod(courses, '2026-09-01', 12) }, '2026-11-25')
        .status,
    ).toBe('valid');
  });
  it('up to 10 March 2026: 10 + 8 = 18; a course on the first day of the period counts, the day before does not', () => {
    expect(unitsInPeriod(courses, '2026-03-10', 12)).toBe(18);
    expect(
      unitsInPeriod(
        [
          { date: '2025-03-10', units: 5 },
          { date: '2025-03-11', units: 5 },
        ],
        '2026-03-10',
        12,
      ),
    ).toBe(5);
  });
});
