/**
 * Plain values (no decorators) of the Familienbüro's inquiries and open-hours rota (issue 14), so
 * the client can use them without class-validator in its bundle.
 */

/** The services under the roof of the Familienbüro (Alte Villa); `allgemein` = general questions. */
export const HOUSE_SERVICES = [
  'kindertagespflege',
  'erziehungsberatung',
  'familienhebamme',
  'willkommensbesuche',
  'schulsozialarbeit',
  'gefluechtete',
  'allgemein',
] as const;
export type HouseService = (typeof HOUSE_SERVICES)[number];

export const HOUSE_SERVICE_LABEL_DE: Record<HouseService, string> = {
  kindertagespflege: 'Fachberatung Kindertagespflege',
  erziehungsberatung: 'Erziehungsberatung',
  familienhebamme: 'Familienhebamme',
  willkommensbesuche: 'Willkommensbesuche',
  schulsozialarbeit: 'Schulsozialarbeit / Bildung und Teilhabe',
  gefluechtete: 'Beratung geflüchteter Familien',
  allgemein: 'Allgemein',
};

export const HOUSE_SERVICE_LABEL_EN: Record<HouseService, string> = {
  kindertagespflege: 'Childminding advice',
  erziehungsberatung: 'Parenting counselling',
  familienhebamme: 'Family midwife',
  willkommensbesuche: 'Welcome visits',
  schulsozialarbeit: 'School social work / education and participation',
  gefluechtete: 'Counselling for refugee families',
  allgemein: 'General',
};

/** How an inquiry reached the office. `form` only through the public contact form. */
export const INQUIRY_CHANNELS = ['form', 'phone', 'answering_machine', 'email', 'in_person'] as const;
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number];
/** What staff may enter on a caller's behalf. */
export const STAFF_INQUIRY_CHANNELS = ['phone', 'answering_machine', 'email', 'in_person'] as const;
export type StaffInquiryChannel = (typeof STAFF_INQUIRY_CHANNELS)[number];

/** `new → in_progress → answered | closed`, or `forwarded` (to another service or partner). */
export const INQUIRY_STATUSES = ['new', 'in_progress', 'answered', 'closed', 'forwarded'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];
export const OPEN_INQUIRY_STATUSES: readonly InquiryStatus[] = ['new', 'in_progress'];
/** Allowed status changes; the end states are final. */
export const INQUIRY_TRANSITIONS: Readonly<Record<InquiryStatus, readonly InquiryStatus[]>> = {
  new: ['in_progress', 'answered', 'forwarded', 'closed'],
  in_progress: ['answered', 'forwarded', 'closed'],
  answered: [],
  closed: [],
  forwarded: [],
};

/** The office's response target in working days (default 2, set by the admin). */
export const RESPONSE_TARGET_DAYS = { min: 1, max: 20, default: 2 } as const;
export const INQUIRY_MESSAGE_MAX = 2000;
export const INQUIRY_NOTE_MAX = 2000;

/** Every open consultation needs at least this many staff. */
export const ROTA_MIN_STAFF = 2;
