/**
 * Upper bounds an office may set. maxChildren: § 43 Abs. 3 SGB VIII (five simultaneously present
 * children); site limits: Großtagespflege in NRW (KiBiz § 22: three childminders, nine children).
 */
export const PERMIT_SETTINGS_LIMITS = {
  maxChildren: 5,
  siteMaxChildminders: 3,
  siteMaxChildren: 9,
  validityYears: 5,
  reminderMonths: { min: 1, max: 12, maxItems: 3 },
  dutiesToInform: 10,
} as const;
