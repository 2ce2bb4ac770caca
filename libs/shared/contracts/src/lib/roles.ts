/** The four kinds of users. Kept as string literals so they travel unchanged through JSON, DB and JWT-free sessions. */
export const ROLES = ['admin', 'advisor', 'childminder', 'parent'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
