import { HttpContext, HttpContextToken } from '@angular/common/http';

/**
 * HTTP statuses the caller handles itself (e.g. 400 validation errors shown on the form).
 * The global error interceptor shows a snackbar for every other failure, so no error is ever
 * swallowed silently. `'all'` opts out completely.
 */
export const HANDLED_ERRORS = new HttpContextToken<readonly number[] | 'all'>(() => []);

export function handles(...statuses: number[]): HttpContext {
  return new HttpContext().set(HANDLED_ERRORS, statuses);
}

export function handlesAll(): HttpContext {
  return new HttpContext().set(HANDLED_ERRORS, 'all');
}

/** Statuses that a form usually shows next to its fields or in its own message area. */
export const FORM_ERRORS: readonly number[] = [400, 409, 422];
