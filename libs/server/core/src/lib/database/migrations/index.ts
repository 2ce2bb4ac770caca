import { Foundation1764000000000 } from './1764000000000-foundation';

/** Ordered list of all migrations (explicit, because the apps are bundled by webpack). */
export const MIGRATIONS = [Foundation1764000000000];
