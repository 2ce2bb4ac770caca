import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { SessionStore } from '../auth/session.store';
import { LOGIN_PATH } from '../auth/role-home';
import { Notifier } from '../notify/notifier.service';
import { HANDLED_ERRORS } from './handled-errors';

/** Translation key of the general message for a status nobody handled. */
export function generalErrorKey(status: number): string {
  if (status === 0) return 'errors.network';
  if (status === 400 || status === 422) return 'errors.badRequest';
  if (status === 401) return 'errors.sessionExpired';
  if (status === 403) return 'errors.forbidden';
  if (status === 404) return 'errors.notFound';
  if (status === 409) return 'errors.conflict';
  if (status === 429) return 'errors.tooManyRequests';
  if (status >= 500) return 'errors.server';
  return 'errors.generic';
}

/**
 * Every failed API call that its caller did not declare as handled ends in a snackbar, so no
 * failure goes unnoticed ("saves that silently fail"). A 401 outside the auth endpoints means the
 * session ended: the user is sent to the login page and may come back afterwards.
 */
export const errorInterceptor: HttpInterceptorFn = (req, next) => {
  const notifier = inject(Notifier);
  const session = inject(SessionStore);
  const router = inject(Router);
  const handled = req.context.get(HANDLED_ERRORS);

  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && handled !== 'all' && !handled.includes(error.status)) {
        if (error.status === 401 && !req.url.startsWith('/api/auth/')) {
          if (session.signedIn()) {
            session.clear();
            notifier.error('errors.sessionExpired');
            void router.navigate([LOGIN_PATH], { queryParams: { returnUrl: router.url } });
          }
        } else {
          notifier.error(generalErrorKey(error.status));
        }
      }
      return throwError(() => error);
    }),
  );
};
