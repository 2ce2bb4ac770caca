/**
 * The kinds of users. Kept as string literals so they travel unchanged through JSON, DB and JWT-free
 * sessions. `operator` runs the installation (queue dashboard) and has no access to any office's data.
 * `staff` works in the Familienbüro's other services (front desk, educational counselling, …): the
 * inquiries, the open-hours rota and the referral guide — never a childminder's or a child's file.
 */
export const ROLES = ['admin', 'advisor', 'staff', 'childminder', 'parent', 'operator'] as const;
export type Role = (typeof ROLES)[number];

/** The roles an office's admin may give: everything but `operator` (queues serve all offices). */
export const OFFICE_ROLES = ['admin', 'advisor', 'staff', 'childminder', 'parent'] as const satisfies readonly Role[];
export type OfficeRole = (typeof OFFICE_ROLES)[number];

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
