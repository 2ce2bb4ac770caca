import type { EvidenceRule, EvidenceType } from './evidence-types';

/**
 * Defaults for North Rhine-Westphalia / Stadt Kamen (domain.md; Handreichung Kindertagespflege
 * NRW, 11th ed. 2021). Seeded per tenant and editable by admins; other offices change the data,
 * not the code.
 * - QHB: 160 UE and the practica before the permit (the other 140 UE while working, KiBiz §21).
 * - Continuing education: no statewide number; 15 UE a year is a typical office rule.
 * - First aid for small children: ≥ 9 UE, renewed every 2 years.
 * - Extended certificate of good conduct: ≤ 3 calendar months old when presented, renewed every 5 years,
 *   also for adult household members; inspected only.
 * - Measles protection: for childminders born after 31 December 1970 (§ 20 Abs. 8 IfSG).
 * The legal floor under these values (what an office may not loosen) is `LEGAL_EVIDENCE_FLOOR`.
 */
export const DEFAULT_EVIDENCE_RULES: Record<EvidenceType, EvidenceRule> = {
  qualification_course: rule('qualification_course', { mandatory: true, unitsRequired: 160 }),
  continuing_education: rule('continuing_education', { mandatory: false, validityMonths: 12, unitsRequired: 15 }),
  first_aid: rule('first_aid', { mandatory: true, validityMonths: 24, unitsRequired: 9 }),
  good_conduct: rule('good_conduct', {
    mandatory: true,
    validityMonths: 60,
    maxAgeMonthsAtSubmission: 3,
    uploadAllowed: false,
    perHouseholdMember: true,
  }),
  ifsg_instruction: rule('ifsg_instruction', { mandatory: true }),
  measles_protection: rule('measles_protection', { mandatory: true, appliesTo: 'born_after_1970' }),
  medical_certificate: rule('medical_certificate', { mandatory: true }),
  home_visit: rule('home_visit', { mandatory: true }),
};

function rule(type: EvidenceType, over: Partial<EvidenceRule>): EvidenceRule {
  return {
    type,
    mandatory: false,
    validityMonths: null,
    maxAgeMonthsAtSubmission: null,
    unitsRequired: null,
    warningDays: 90,
    appliesTo: 'all',
    uploadAllowed: true,
    perHouseholdMember: false,
    ...over,
  };
}
