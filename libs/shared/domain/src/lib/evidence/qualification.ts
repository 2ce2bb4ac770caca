import { plusMonths, type IsoDate } from '../dates/iso-date';
import type { EvidenceRule } from './evidence-types';

/**
 * Which qualification applies is decided per person (domain.md "Suitability and evidence"): the
 * standard QHB (the office's rule, at least 160 UE before the permit), a trained pedagogical
 * professional (Fachkraft) 80 UE, or the older DJI curriculum (160 UE) for someone who started under
 * it. The advisor records the variant with a reason; the evaluation uses it.
 */
export const QUALIFICATION_VARIANTS = ['standard', 'pedagogical_professional', 'dji_legacy'] as const;
export type QualificationVariant = (typeof QUALIFICATION_VARIANTS)[number];

export const QUALIFICATION_VARIANT_UNITS: Record<Exclude<QualificationVariant, 'standard'>, number> = {
  pedagogical_professional: 80,
  dji_legacy: 160,
};

export const QUALIFICATION_VARIANT_LABEL_DE: Record<QualificationVariant, string> = {
  standard: 'Qualifizierung nach QHB',
  pedagogical_professional: 'Pädagogische Fachkraft (80 UE)',
  dji_legacy: 'DJI-Curriculum (160 UE, Bestandsschutz)',
};

/** The tenant's rule as it applies to one person: the qualification's units follow her variant. */
export function ruleForPerson(rule: EvidenceRule, variant: QualificationVariant | null | undefined): EvidenceRule {
  if (rule.type !== 'qualification_course' || !variant || variant === 'standard') return rule;
  return { ...rule, unitsRequired: QUALIFICATION_VARIANT_UNITS[variant] };
}

/**
 * Continuing education: the units of every course within the period are summed. The period of a
 * course is the `months` up to its date: courses dated after `until − months` and on or before
 * `until` count (15 UE as 8 + 7 in two courses).
 */
export function unitsInPeriod(
  courses: ReadonlyArray<{ date: IsoDate; units: number | null }>,
  until: IsoDate,
  months: number | null,
): number {
  const from = months === null ? null : plusMonths(until, -months);
  return courses.filter((c) => c.date <= until && (from === null || c.date > from)).reduce((sum, c) => sum + (c.units ?? 0), 0);
}
