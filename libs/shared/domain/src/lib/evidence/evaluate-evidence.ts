import { plusDays, plusMonths, type IsoDate } from '../dates/iso-date';
import type { EvidenceRule, EvidenceStatus } from './evidence-types';

/** What the rules need to know of one recorded item. */
export interface EvidenceFact {
  /** Date of the certificate, course end, instruction or visit. */
  date: IsoDate;
  /** Date it was presented to the office (defaults to `date`). */
  submittedOn?: IsoDate;
  units?: number | null;
}

export interface EvidenceEvaluation {
  status: EvidenceStatus;
  /** Last day the item is valid; null when it does not expire (or there is none). */
  expiresOn: IsoDate | null;
  /** First day it counts as expiring. */
  warnFrom: IsoDate | null;
  /** Why it is not valid, in German, for the checklist and the permit refusal. */
  reason: string | null;
}

/** First birthday that needs measles protection: born after 31 December 1970 (§ 20 Abs. 8 IfSG). */
export const MEASLES_BORN_FROM: IsoDate = '1971-01-01';

export function ruleApplies(rule: EvidenceRule, dateOfBirth: IsoDate | null): boolean {
  if (rule.appliesTo === 'born_after_1970') return dateOfBirth === null || dateOfBirth >= MEASLES_BORN_FROM;
  return true;
}

/**
 * Whether a certificate dated `date` is older than `months` calendar months on `on`: dated 15
 * January, 3 months → still fine on 15 April, too old on 16 April (domain.md: calendar months, not
 * a fixed number of days; date-fns clamps 30 November + 3 months to the end of February).
 */
export function olderThanMonths(date: IsoDate, on: IsoDate, months: number): boolean {
  return on > plusMonths(date, months);
}

/** Expiry of an item under a rule: the day before the same date `validityMonths` later. */
export function expiryOf(rule: EvidenceRule, fact: EvidenceFact): IsoDate | null {
  return rule.validityMonths === null ? null : plusDays(plusMonths(fact.date, rule.validityMonths), -1);
}

/** Whether an item satisfies the rule on its own (units, age at presentation), independent of today. */
export function acceptability(rule: EvidenceRule, fact: EvidenceFact): string | null {
  if (rule.unitsRequired !== null && (fact.units ?? 0) < rule.unitsRequired) {
    return `${rule.unitsRequired} UE erforderlich, ${fact.units ?? 0} UE nachgewiesen.`;
  }
  if (rule.maxAgeMonthsAtSubmission !== null) {
    const presented = fact.submittedOn ?? fact.date;
    if (olderThanMonths(fact.date, presented, rule.maxAgeMonthsAtSubmission)) {
      return `Bei Vorlage am ${formatDe(presented)} älter als ${rule.maxAgeMonthsAtSubmission} Monat(e) (ausgestellt am ${formatDe(fact.date)}; spätestens am ${formatDe(plusMonths(fact.date, rule.maxAgeMonthsAtSubmission))} vorzulegen).`;
    }
  }
  return null;
}

/**
 * Status of the current item of one evidence type on `today`:
 * valid → expiring (within the warning window) → expired; missing if there is no acceptable item.
 */
export function evaluateEvidence(
  rule: EvidenceRule,
  fact: EvidenceFact | null,
  today: IsoDate,
  dateOfBirth: IsoDate | null = null,
): EvidenceEvaluation {
  if (!ruleApplies(rule, dateOfBirth)) return { status: 'not_required', expiresOn: null, warnFrom: null, reason: null };
  if (!fact) return { status: 'missing', expiresOn: null, warnFrom: null, reason: 'Nicht nachgewiesen.' };
  const unacceptable = acceptability(rule, fact);
  if (unacceptable) return { status: 'missing', expiresOn: null, warnFrom: null, reason: unacceptable };
  const expiresOn = expiryOf(rule, fact);
  if (expiresOn === null) return { status: 'valid', expiresOn: null, warnFrom: null, reason: null };
  const warnFrom = plusDays(expiresOn, -rule.warningDays);
  if (today > expiresOn) return { status: 'expired', expiresOn, warnFrom, reason: `Abgelaufen am ${formatDe(expiresOn)}.` };
  if (today >= warnFrom) return { status: 'expiring', expiresOn, warnFrom, reason: `Läuft am ${formatDe(expiresOn)} ab.` };
  return { status: 'valid', expiresOn, warnFrom, reason: null };
}

export function formatDe(d: IsoDate): string {
  const [y, m, day] = d.split('-');
  return `${day}.${m}.${y}`;
}
