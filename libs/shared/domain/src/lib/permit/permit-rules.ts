import { plusDays, plusMonths, type IsoDate } from '../dates/iso-date';

/** Per-tenant permit settings (defaults: NRW / Stadt Kamen, domain.md "Care permit" and "Capacity"). */
export interface PermitSettings {
  /** Prefix of permit numbers, e.g. KAM → KAM-2026-0042. */
  numberPrefix: string;
  validityYears: number;
  /** Simultaneously present unrelated children a permit may allow at most. */
  maxChildren: number;
  /** Großtagespflege: childminders per site and children present at the site. */
  siteMaxChildminders: number;
  siteMaxChildren: number;
  /** A second advisor approves before the permit is issued. */
  fourEyes: boolean;
  /** Reminder lead times before expiry, in months. */
  reminderMonthsBeforeExpiry: number[];
}

export const DEFAULT_PERMIT_SETTINGS: PermitSettings = {
  numberPrefix: 'KAM',
  validityYears: 5,
  maxChildren: 5,
  siteMaxChildminders: 3,
  siteMaxChildren: 9,
  fourEyes: false,
  reminderMonthsBeforeExpiry: [6, 1],
};

/** Last day of validity: the day before the same date `validityYears` later. */
export function permitValidUntil(validFrom: IsoDate, settings: Pick<PermitSettings, 'validityYears'>): IsoDate {
  return plusDays(plusMonths(validFrom, settings.validityYears * 12), -1);
}

export function formatPermitNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(4, '0')}`;
}

export interface PermitProblem {
  field: string;
  message: string;
  code: string;
}

export interface SiteOccupancy {
  /** Childminders with a valid (issued, not expired) permit at the site, other than the applicant. */
  otherChildminders: number;
  /** Sum of children those permits allow. */
  otherChildren: number;
}

/** § 43 Abs. 3 SGB VIII: a permit allows up to 5 simultaneously present unrelated children. */
export const LEGAL_MAX_CHILDREN = 5;

/**
 * Whether a permit for `n` children restricts the legal 5 and so needs a recorded reason (the
 * holder can appeal it) — whatever the office's own maximum: an office allowing only 4 still
 * restricts, and says why.
 */
export const needsReasonForFewerChildren = (n: number): boolean => n < LEGAL_MAX_CHILDREN;

/**
 * Checks a grant decision against the capacity rules. Returns every problem (empty = allowed).
 * A permit for fewer than the legal 5 needs a recorded reason, also where the office's maximum is lower.
 */
export function checkPermitCapacity(
  input: { maxChildren: number; reasonForFewerChildren?: string | null; largeDayCare: boolean; site?: SiteOccupancy | null },
  settings: PermitSettings,
): PermitProblem[] {
  const problems: PermitProblem[] = [];
  const n = input.maxChildren;
  if (!Number.isInteger(n) || n < 1 || n > settings.maxChildren) {
    problems.push({
      field: 'maxChildren',
      code: 'maxChildren',
      message: `Eine Pflegeerlaubnis gilt für 1 bis ${settings.maxChildren} gleichzeitig anwesende Kinder; ${n} ist nicht zulässig.`,
    });
  } else if (needsReasonForFewerChildren(n) && !input.reasonForFewerChildren?.trim()) {
    problems.push({
      field: 'reasonForFewerChildren',
      code: 'reasonRequired',
      message: `Für weniger als ${LEGAL_MAX_CHILDREN} Kinder (§ 43 Abs. 3 SGB VIII) ist eine Begründung erforderlich; sie steht im Bescheid.`,
    });
  }
  if (input.largeDayCare && input.site) {
    if (input.site.otherChildminders + 1 > settings.siteMaxChildminders) {
      problems.push({
        field: 'careLocation',
        code: 'siteChildminders',
        message: `In einer Großtagespflege arbeiten höchstens ${settings.siteMaxChildminders} Tagespflegepersonen zusammen; dort sind bereits ${input.site.otherChildminders} tätig.`,
      });
    }
    // The 9 of a Großtagespflege limits children PRESENT per time slot, checked against placements by
    // the capacity engine (domain.md, Capacity): three childminders may each hold a permit for 5.
  }
  return problems;
}
