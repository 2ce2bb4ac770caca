/**
 * The evidence the office checks and tracks (domain.md, "Suitability and evidence").
 * Labels live in the client's translations; the server uses the German ones in mails.
 */
export const EVIDENCE_TYPES = [
  'qualification_course',
  'continuing_education',
  'first_aid',
  'good_conduct',
  'ifsg_instruction',
  'measles_protection',
  'medical_certificate',
  'home_visit',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const EVIDENCE_LABEL_DE: Record<EvidenceType, string> = {
  qualification_course: 'Qualifizierung (QHB)',
  continuing_education: 'Fortbildung',
  first_aid: 'Erste-Hilfe-Kurs am Kind',
  good_conduct: 'Erweitertes Führungszeugnis',
  ifsg_instruction: 'Belehrung nach § 43 IfSG',
  measles_protection: 'Nachweis Masernschutz',
  medical_certificate: 'Ärztliche Bescheinigung',
  home_visit: 'Hausbesuch und Eignungsgespräch',
};

export type EvidenceStatus = 'valid' | 'expiring' | 'expired' | 'missing' | 'not_required';
export const EVIDENCE_STATUSES: readonly EvidenceStatus[] = ['valid', 'expiring', 'expired', 'missing', 'not_required'];

/**
 * Who the rule applies to. `born_after_1970`: born after 31 December 1970, i.e. 1971 or later
 * (§ 20 Abs. 8 IfSG, measles protection).
 */
export type EvidenceAppliesTo = 'all' | 'born_after_1970';

/** One rule, per tenant and evidence type: data, editable by admins. */
export interface EvidenceRule {
  type: EvidenceType;
  mandatory: boolean;
  /** Months an item stays valid after its date; null = valid once and for all. */
  validityMonths: number | null;
  /**
   * Oldest an item may be when presented, in calendar months (a certificate dated 15 January is
   * too old on 16 April with 3); null = no limit.
   */
  maxAgeMonthsAtSubmission: number | null;
  /** Teaching units (UE) an item must show; null = none. */
  unitsRequired: number | null;
  /** Days before expiry from which the item counts as expiring. */
  warningDays: number;
  appliesTo: EvidenceAppliesTo;
  /** false for the certificate of good conduct: inspected, never copied or uploaded (§72a Abs. 5 SGB VIII). */
  uploadAllowed: boolean;
  /** Also required of each adult household member (certificate of good conduct). */
  perHouseholdMember: boolean;
}
