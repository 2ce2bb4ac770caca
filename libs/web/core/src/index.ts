// Only what the shell needs at start-up lives here: everything in this lib ends up in the
// initial bundle. Form helpers, the date adapter and Material intl live in @lotse/web/ui,
// which only lazy-loaded features import.
export * from './lib/provide-core';
export * from './lib/http/api-error';
export * from './lib/http/handled-errors';
export * from './lib/http/error.interceptor';
export * from './lib/auth/role-home';
export * from './lib/auth/session.store';
export * from './lib/auth/guards';
export * from './lib/i18n/locales';
export * from './lib/i18n/language.service';
export * from './lib/i18n/information-page';
export * from './lib/notify/notifier.service';
export * from './lib/data/query-params';
export * from './lib/data/tenant.api';
export * from './lib/data/users.api';
export * from './lib/data/children.api';
export * from './lib/data/audit.api';
