/**
 * Everything the permit document shows, as plain data (conventions: PDF data apart from PDF layout).
 * Built from the permit, the holder's file and the tenant settings; rendered by renderPermitPdf.
 */
export interface PermitDocumentData {
  office: {
    /** e.g. "Stadt Kamen" */
    authority: string;
    /** e.g. "Familienbüro – Fachberatung Kindertagespflege" */
    department: string;
    street: string;
    postcode: string;
    city: string;
    phone: string;
    email: string;
    consultationHours?: string;
  };
  /** Unique, readable number per tenant and year, e.g. KAM-2026-0042. */
  permitNumber: string;
  /** Aktenzeichen of the childminder's file. */
  fileNumber: string;
  /** Date of the decision (YYYY-MM-DD). */
  issuedOn: string;
  /** Place in the signature line, e.g. "Kamen". */
  place: string;
  holder: {
    salutation?: 'Frau' | 'Herr' | null;
    firstName: string;
    lastName: string;
    dateOfBirth: string;
    street: string;
    postcode: string;
    city: string;
  };
  careLocation: {
    kind: 'own_home' | 'other_rooms' | 'large_day_care';
    street: string;
    postcode: string;
    city: string;
    /** Rooms the permit covers; empty = all rooms checked at the home visit. */
    rooms: string[];
    /** Name of the Großtagespflege site. */
    siteName?: string | null;
  };
  /** Simultaneously present children, 1–5. */
  maxChildren: number;
  /** Required when maxChildren < 5 (a restriction the holder can appeal). */
  reasonForFewerChildren?: string | null;
  validFrom: string;
  validUntil: string;
  /** Nebenbestimmungen, each one sentence. */
  conditions: string[];
  /**
   * The suitability checks recorded for this decision (the latest of each kind), which the
   * reasoning names with their dates; absent in snapshots taken before issue 11.
   */
  checks?: Array<{ kind: 'home_visit' | 'interview'; date: string }>;
  /** Renewal, amendment or first permit, and what it replaces. */
  kind: 'initial' | 'renewal' | 'amendment';
  replacesPermitNumber?: string | null;
  legalBasis: string;
  dutiesToInform: string[];
  legalRemedy: string;
  signatory: { name: string; title: string };
}
