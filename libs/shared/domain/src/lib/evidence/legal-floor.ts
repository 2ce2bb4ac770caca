import { formatDe, olderThanMonths } from './evaluate-evidence';
import type { EvidenceRule, EvidenceType } from './evidence-types';
import type { IsoDate } from '../dates/iso-date';
import { plusMonths } from '../dates/iso-date';

/**
 * What the law requires of every office (domain.md "What the law requires cannot be switched off"):
 * an office may tighten its rules (shorter validity, more units, a younger certificate, a rule for
 * everyone) but not loosen them below this floor.
 * - Certificate of good conduct (§ 72a SGB VIII, § 30a BZRG): mandatory, ≤ 3 months old when
 *   presented, renewed at least every 5 years (Handreichung NRW).
 * - Measles protection (§ 20 Abs. 8 IfSG): mandatory for those born after 1970.
 * - First aid for small children: mandatory, ≥ 9 UE, renewed at least every 2 years.
 * - Qualification (§ 43 Abs. 2 SGB VIII, KiBiz § 21): mandatory, ≥ 160 UE before the permit.
 *   Per person the advisor may record another variant (the rule is the standard's).
 */
export interface LegalFloor {
  law: string;
  mandatory?: true;
  /** Longest validity the law allows, in months (the expiry cannot be removed). */
  maxValidityMonths?: number;
  /** Oldest a certificate may be when presented, in calendar months (the limit cannot be removed). */
  maxAgeMonthsAtSubmission?: number;
  minUnits?: number;
}

export const LEGAL_EVIDENCE_FLOOR: Partial<Record<EvidenceType, LegalFloor>> = {
  good_conduct: { law: '§ 72a SGB VIII', mandatory: true, maxValidityMonths: 60, maxAgeMonthsAtSubmission: 3 },
  measles_protection: { law: '§ 20 Abs. 8 IfSG', mandatory: true },
  first_aid: { law: '§ 43 Abs. 2 SGB VIII (Handreichung NRW)', mandatory: true, maxValidityMonths: 24, minUnits: 9 },
  qualification_course: { law: '§ 43 Abs. 2 SGB VIII, § 21 KiBiz', mandatory: true, minUnits: 160 },
};

export interface RuleProblem {
  field: string;
  message: string;
  code: string;
}

/** Every way a (changed) rule falls below the legal floor; empty = allowed. */
export function checkLegalFloor(rule: EvidenceRule, label: string): RuleProblem[] {
  const f = LEGAL_EVIDENCE_FLOOR[rule.type];
  if (!f) return [];
  const out: RuleProblem[] = [];
  const by = `(${f.law})`;
  if (f.mandatory && !rule.mandatory) {
    out.push({
      field: 'mandatory',
      code: 'legalFloor',
      message: `${label} ist gesetzlich vorgeschrieben ${by} und kann nicht freiwillig werden.`,
    });
  }
  if (f.maxValidityMonths !== undefined && (rule.validityMonths === null || rule.validityMonths > f.maxValidityMonths)) {
    out.push({
      field: 'validityMonths',
      code: 'legalFloor',
      message: `${label} gilt höchstens ${f.maxValidityMonths} Monate ${by}; die Gültigkeit kann verkürzt, aber nicht verlängert oder aufgehoben werden.`,
    });
  }
  if (
    f.maxAgeMonthsAtSubmission !== undefined &&
    (rule.maxAgeMonthsAtSubmission === null || rule.maxAgeMonthsAtSubmission > f.maxAgeMonthsAtSubmission)
  ) {
    out.push({
      field: 'maxAgeMonthsAtSubmission',
      code: 'legalFloor',
      message: `${label} darf bei Vorlage höchstens ${f.maxAgeMonthsAtSubmission} Monate alt sein ${by}; die Grenze kann verkürzt, aber nicht verlängert oder aufgehoben werden.`,
    });
  }
  if (f.minUnits !== undefined && (rule.unitsRequired === null || rule.unitsRequired < f.minUnits)) {
    out.push({
      field: 'unitsRequired',
      code: 'legalFloor',
      message: `${label} erfordert mindestens ${f.minUnits} UE ${by}; mehr ist möglich, weniger nicht.`,
    });
  }
  return out;
}

/** The IfSG certificate (§ 43 Abs. 1 IfSG) may be no older than 3 months when the activity starts. */
export const IFSG_MAX_AGE_MONTHS_AT_START = 3;

/** Why an IfSG instruction dated `date` does not cover an activity starting on `activityStart`; null = it does. */
export function ifsgAtActivityStartProblem(date: IsoDate, activityStart: IsoDate): string | null {
  if (!olderThanMonths(date, activityStart, IFSG_MAX_AGE_MONTHS_AT_START)) return null;
  return `Die Bescheinigung vom ${formatDe(date)} ist bei Beginn der Tätigkeit am ${formatDe(activityStart)} älter als ${IFSG_MAX_AGE_MONTHS_AT_START} Monate (§ 43 Abs. 1 IfSG; Beginn spätestens am ${formatDe(plusMonths(date, IFSG_MAX_AGE_MONTHS_AT_START))}).`;
}
