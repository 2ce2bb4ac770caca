/** The one password policy for every new password: account creation, registration, change and reset. */
export const PASSWORD_RULES = { minLength: 12, maxLength: 200 } as const;
