/** Matching instance and result, format `lotse-matching/1` (docs: /work/shared/docs/matching-format.md, docs/matching.md). */

export const INSTANCE_FORMAT = 'lotse-matching/1';
export const RESULT_FORMAT = 'lotse-matching-result/1';

/** Weekday 0 = Monday … 6 = Sunday; `from` inclusive, `to` exclusive, "HH:MM" on the slot grid ("24:00" allowed as `to`). */
export interface ScheduleEntry {
  day: number;
  from: string;
  to: string;
}

export interface Site {
  id: string;
  maxPresent: number;
  maxChildminders?: number;
}

export interface ExistingPlacement {
  id: string;
  /** first day of care, ISO date */
  from: string;
  /** last day of care (inclusive), ISO date; null or absent = open-ended */
  until?: string | null;
  schedule: ScheduleEntry[];
}

export interface Childminder {
  id: string;
  lat: number;
  lon: number;
  maxPresent: number;
  maxContracts: number;
  siteId: string | null;
  minAgeMonths: number;
  maxAgeMonths: number;
  availableFrom: string;
  permitValidUntil: string;
  offered: ScheduleEntry[];
  pets: boolean;
  smoking: boolean;
  languages: string[];
  placements: ExistingPlacement[];
  /** optional extension (not in format v1): nutrition offered, e.g. "vegetarisch", "halal" */
  nutrition?: string[];
}

export interface CareRequest {
  id: string;
  birthDate: string;
  start: string;
  entitled: boolean;
  requestedAt: string;
  tieBreak: number;
  lat: number;
  lon: number;
  maxDistanceKm: number;
  schedule: ScheduleEntry[];
  animalAllergy: boolean;
  noSmoking: boolean;
  languages: string[];
  siblingGroup: string | null;
  /** optional extension (not in format v1): nutrition needed */
  nutrition?: string[];
  /** optional extension (not in format v1): childminders the parents named as "not with" (hard exclusion) */
  excludedChildminderIds?: string[];
}

export interface Instance {
  format: string;
  careYearStart: string;
  slotMinutes: number;
  sites: Site[];
  childminders: Childminder[];
  requests: CareRequest[];
}

export interface Assignment {
  requestId: string;
  childminderId: string;
}

export type UnplacedCode = 'NO_CHILDMINDER_IN_REACH' | 'NO_ELIGIBLE_CHILDMINDER' | 'NO_CAPACITY';

export interface Unplaced {
  requestId: string;
  /** machine-readable reason */
  code: UnplacedCode;
  /** German text for the advisor */
  reason: string;
}

export interface ResultStats {
  /** wall-clock time of the run; only written when asked for (it would break byte-identical replays) */
  millis?: number;
  /** upper bound on the number of children any assignment could place (flow relaxation) */
  upperBound: number;
  placed: number;
  placedByPriorityPass: number;
  requests: number;
  /** (upperBound − placed) / upperBound, 4 decimals */
  gap: number;
  entitledPlaced: number;
  entitledRequests: number;
  siblingsTogether: number;
  /** the priority order, in words */
  priorityOrder: string;
}

export interface MatchingResult {
  format: string;
  assignments: Assignment[];
  unplaced: Unplaced[];
  stats: ResultStats;
}
