/**
 * Appointments with the advisory service outside the open hours (issue 14): plain values shared by
 * server and web (no decorators, so the web imports them from `@lotse/shared/contracts/values`).
 */
export const BOOKER_ROLES = ['parent', 'childminder', 'prospective-childminder'] as const;
export type BookerRole = (typeof BOOKER_ROLES)[number];

export const APPOINTMENT_TOPICS = ['care-search', 'becoming-childminder', 'permit', 'fees-contract', 'other'] as const;
export type AppointmentTopic = (typeof APPOINTMENT_TOPICS)[number];

/** pending: a guest's hold until she confirms by mail; confirmed; cancelled (by the booker or the advisor); expired (unconfirmed hold). */
export const BOOKING_STATUSES = ['pending', 'confirmed', 'cancelled', 'expired'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** The languages of the public booking pages (the booker's language for her mails). */
export const BOOKING_LOCALES = ['de', 'en', 'tr', 'ar', 'uk'] as const;
export type BookingLocale = (typeof BOOKING_LOCALES)[number];

/** How long a guest's unconfirmed hold keeps the slot (minutes). */
export const BOOKING_HOLD_MINUTES = 30;
export const TOPIC_TEXT_MAX = 500;
export const SLOT_MIN_MINUTES = 10;
export const SLOT_MAX_MINUTES = 240;
/** A series may span at most this many days and create at most this many slots. */
export const SERIES_MAX_DAYS = 92;
export const SERIES_MAX_SLOTS = 300;
/** A guest address may hold at most this many future bookings of one office at once. */
export const MAX_ACTIVE_BOOKINGS_PER_EMAIL = 3;

export const SLOT_TAKEN_MESSAGE = 'Dieser Termin ist gerade vergeben worden. Bitte wählen Sie einen anderen Termin.';
export const SLOT_PAST_MESSAGE = 'Dieser Termin liegt in der Vergangenheit. Bitte wählen Sie einen anderen Termin.';
