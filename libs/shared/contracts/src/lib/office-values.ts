/** The federal states (ISO 3166-2:DE without the prefix). */
export const FEDERAL_STATES = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
export type FederalState = (typeof FEDERAL_STATES)[number];

/** Limits of the office data, shared by the form and the server. */
export const OFFICE_DATA_LIMITS = { districts: 60, consultationHours: 21, privacyLines: 20, noteLength: 1000 } as const;
