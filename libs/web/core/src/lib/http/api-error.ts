import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError, FieldError } from '@lotse/shared/contracts';

/**
 * Normalises anything an HttpClient call can throw into the API's error shape, so that callers
 * only ever deal with `ApiError`. Network failures (status 0) and non-JSON bodies (e.g. a proxy's
 * HTML error page) become an `ApiError` with an empty `errors` list.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    const body: unknown = error.error;
    if (isApiError(body)) {
      return { statusCode: body.statusCode || error.status, message: body.message, errors: body.errors ?? [] };
    }
    return { statusCode: error.status, message: error.statusText || error.message, errors: [] };
  }
  if (isApiError(error)) {
    return error;
  }
  // Signal resources wrap non-Error failures; the HTTP error is then the `cause`.
  if (error instanceof Error && error.cause !== undefined && error.cause !== error) {
    return toApiError(error.cause);
  }
  return { statusCode: 0, message: error instanceof Error ? error.message : String(error), errors: [] };
}

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Partial<ApiError>;
  return (
    typeof candidate.statusCode === 'number' &&
    typeof candidate.message === 'string' &&
    (candidate.errors === undefined || Array.isArray(candidate.errors))
  );
}

export type { ApiError, FieldError };
