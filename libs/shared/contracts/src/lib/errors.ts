/** Every error the API returns has this shape (also for 401/403/404/409/429). */
export interface FieldError {
  /** Dotted path of the offending field, e.g. `address.postcode`; empty for the whole body. */
  field: string;
  /** Human-readable message in German (the UI may translate `code`). */
  message: string;
  /** Machine-readable reason, e.g. `isEmail`, `isNotEmpty`, `whitelistValidation`. */
  code: string;
}

export interface ApiError {
  statusCode: number;
  message: string;
  errors: FieldError[];
}

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ApiError>;
  return (
    typeof candidate.statusCode === 'number' &&
    typeof candidate.message === 'string' &&
    (candidate.errors === undefined || Array.isArray(candidate.errors))
  );
}

/** The parts of Angular's `HttpErrorResponse` this needs (checked by shape, so the contracts stay framework-free). */
interface HttpFailure {
  name: 'HttpErrorResponse';
  status: number;
  statusText?: string;
  message?: string;
  error: unknown;
}

function isHttpFailure(value: unknown): value is HttpFailure {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'HttpErrorResponse' &&
    typeof (value as { status?: unknown }).status === 'number'
  );
}

/**
 * Normalises anything an HTTP call can throw into the API's error shape, so that callers only ever
 * deal with `ApiError`. Network failures (status 0) and non-JSON bodies (e.g. a proxy's HTML error
 * page) become an `ApiError` with an empty `errors` list.
 */
export function toApiError(error: unknown): ApiError {
  if (isHttpFailure(error)) {
    const body = error.error;
    if (isApiError(body)) return { statusCode: body.statusCode || error.status, message: body.message, errors: body.errors ?? [] };
    return { statusCode: error.status, message: error.statusText || error.message || '', errors: [] };
  }
  if (isApiError(error)) return { ...error, errors: error.errors ?? [] };
  // Signal resources wrap non-Error failures; the HTTP error is then the `cause`.
  if (error instanceof Error && error.cause !== undefined && error.cause !== error) return toApiError(error.cause);
  return { statusCode: 0, message: error instanceof Error ? error.message : String(error), errors: [] };
}
