/* ─────────────────────────── referral guide ("Lotse", issue 14): plain values ─────────────────────────── */

/** Kinds of partner services the Familienbüro refers families to. */
export const PARTNER_CATEGORIES = [
  'educational_counselling',
  'kita_family_centre',
  'school_ogs',
  'youth_work',
  'midwife',
  'refugee_counselling',
  'other',
] as const;
export type PartnerCategory = (typeof PARTNER_CATEGORIES)[number];

/** Fixed topics of a referral (labels in the `referrals` i18n scope). No free text on purpose. */
export const REFERRAL_TOPICS = [
  'parenting',
  'childcare_place',
  'birth_baby',
  'school',
  'financial_help',
  'migration',
  'health',
  'other',
] as const;
export type ReferralTopic = (typeof REFERRAL_TOPICS)[number];

/** German labels for the API's CSV export (the web client translates by key). */
export const PARTNER_CATEGORY_LABELS_DE: Record<PartnerCategory, string> = {
  educational_counselling: 'Erziehungsberatung',
  kita_family_centre: 'Kita / Familienzentrum',
  school_ogs: 'Schule / OGS',
  youth_work: 'Jugendarbeit',
  midwife: 'Hebamme / Familienhebamme',
  refugee_counselling: 'Flüchtlingsberatung',
  other: 'Sonstige',
};
export const REFERRAL_TOPIC_LABELS_DE: Record<ReferralTopic, string> = {
  parenting: 'Erziehungsfragen',
  childcare_place: 'Betreuungsplatz',
  birth_baby: 'Geburt / Baby',
  school: 'Schule',
  financial_help: 'Finanzielle Hilfen / BuT',
  migration: 'Flucht / Migration',
  health: 'Gesundheit',
  other: 'Sonstiges',
};

/** `YYYY-MM`: a calendar month (the finest time unit of the demand figures). */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Longest range of the demand figures, in months. */
export const MAX_FIGURE_MONTHS = 36;
