import { DEFAULT_EVIDENCE_RULES as R } from './default-rules';
import { checkLegalFloor, ifsgAtActivityStartProblem } from './legal-floor';

describe('legal floor of the evidence rules (offices may tighten, not loosen)', () => {
  it('the NRW defaults are on or above the floor', () => {
    for (const rule of Object.values(R)) expect(checkLegalFloor(rule, rule.type)).toEqual([]);
  });

  it.each(['good_conduct', 'measles_protection', 'first_aid', 'qualification_course'] as const)('%s cannot become optional', (type) => {
    expect(checkLegalFloor({ ...R[type], mandatory: false }, 'X')).toEqual([
      expect.objectContaining({ field: 'mandatory', code: 'legalFloor' }),
    ]);
  });

  it('other evidence may become optional (medical certificate, continuing education)', () => {
    expect(checkLegalFloor({ ...R.medical_certificate, mandatory: false }, 'X')).toEqual([]);
    expect(checkLegalFloor({ ...R.continuing_education, unitsRequired: null }, 'X')).toEqual([]);
  });

  it('first aid: 2 years at most, ≥ 9 UE; shorter and more is fine', () => {
    expect(checkLegalFloor({ ...R.first_aid, validityMonths: 18, unitsRequired: 16 }, 'EH')).toEqual([]);
    expect(checkLegalFloor({ ...R.first_aid, validityMonths: 25 }, 'EH').map((p) => p.field)).toEqual(['validityMonths']);
    expect(checkLegalFloor({ ...R.first_aid, validityMonths: null }, 'EH').map((p) => p.field)).toEqual(['validityMonths']);
    expect(checkLegalFloor({ ...R.first_aid, unitsRequired: 8 }, 'EH').map((p) => p.field)).toEqual(['unitsRequired']);
  });

  it('good conduct: expiry (60 months) and the 3-month age limit cannot be removed or lengthened', () => {
    expect(checkLegalFloor({ ...R.good_conduct, validityMonths: 36, maxAgeMonthsAtSubmission: 2 }, 'FZ')).toEqual([]);
    const p = checkLegalFloor({ ...R.good_conduct, validityMonths: null, maxAgeMonthsAtSubmission: 4 }, 'FZ');
    expect(p.map((x) => x.field)).toEqual(['validityMonths', 'maxAgeMonthsAtSubmission']);
    expect(p[0].message).toContain('§ 72a SGB VIII');
  });

  it('qualification: at least 160 UE', () => {
    expect(checkLegalFloor({ ...R.qualification_course, unitsRequired: 159 }, 'QHB')[0]).toMatchObject({
      field: 'unitsRequired',
      code: 'legalFloor',
    });
    expect(checkLegalFloor({ ...R.qualification_course, unitsRequired: 300 }, 'QHB')).toEqual([]);
  });
});

describe('IfSG instruction: no older than 3 months when the activity starts', () => {
  it('dated 15 January covers a start on 15 April, not on 16 April', () => {
    expect(ifsgAtActivityStartProblem('2026-01-15', '2026-04-15')).toBeNull();
    expect(ifsgAtActivityStartProblem('2026-01-15', '2026-04-16')).toContain('älter als 3 Monate');
  });
});
