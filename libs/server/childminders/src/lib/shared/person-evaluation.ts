import { ruleForPerson, unitsInPeriod, type EvidenceRule, type QualificationVariant } from '@lotse/shared/domain';
import type { EntityManager } from 'typeorm';
import { storedEvaluation } from './evidence-evaluation';

/** Types whose stored evaluation depends on more than the item itself: the person's variant, the sum of the period. */
export const PERSON_DEPENDENT_TYPES = ['qualification_course', 'continuing_education'] as const;

interface Row {
  id: string;
  date: string;
  submitted_on: string | null;
  units: number | null;
  relevant_conviction: boolean | null;
  expires_on: string | null;
  warn_from: string | null;
  acceptable: boolean;
}

/**
 * The units an item counts with: continuing education sums the courses of the period up to the
 * item's date (issue 11); every other type its own units.
 */
export function effectiveUnits(
  rule: EvidenceRule,
  item: { date: string; units: number | null },
  sameType: ReadonlyArray<{ date: string; units: number | null }>,
): number | null {
  return rule.type === 'continuing_education' ? unitsInPeriod(sameType, item.date, rule.validityMonths) : item.units;
}

/**
 * Recomputes the stored expiry and acceptability of one file's items of a type with the rule as it
 * applies to her (qualification variant) and the summed units (continuing education). Returns how
 * many rows changed. Call inside the transaction of the change, then refresh the evidence summary.
 */
export async function recomputeFileItems(
  m: EntityManager,
  childminderId: string,
  rule: EvidenceRule,
  variant: QualificationVariant,
): Promise<number> {
  if (!(PERSON_DEPENDENT_TYPES as readonly string[]).includes(rule.type)) return 0;
  const personal = ruleForPerson(rule, variant);
  const rows: Row[] = await m.query(
    `SELECT id, to_char(date, 'YYYY-MM-DD') AS date, to_char(submitted_on, 'YYYY-MM-DD') AS submitted_on, units, relevant_conviction,
            to_char(expires_on, 'YYYY-MM-DD') AS expires_on, to_char(warn_from, 'YYYY-MM-DD') AS warn_from, acceptable
       FROM evidence_item WHERE childminder_id = $1 AND type = $2`,
    [childminderId, rule.type],
  );
  let changed = 0;
  for (const r of rows) {
    const s = storedEvaluation(personal, {
      date: r.date,
      submittedOn: r.submitted_on,
      units: effectiveUnits(rule, r, rows),
      relevantConviction: r.relevant_conviction,
    });
    if (s.expiresOn === r.expires_on && s.warnFrom === r.warn_from && s.acceptable === r.acceptable) continue;
    await m.query(
      `UPDATE evidence_item SET expires_on = $2, warn_from = $3, acceptable = $4, unacceptable_reason = $5, updated_at = now() WHERE id = $1`,
      [r.id, s.expiresOn, s.warnFrom, s.acceptable, s.unacceptableReason],
    );
    changed++;
  }
  return changed;
}
