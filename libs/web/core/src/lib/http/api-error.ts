/**
 * `toApiError` / `isApiError` live with the error shape in the contracts (framework-free, so the
 * UI library's dialogs use the same normaliser); re-exported here for the client's callers.
 */
export { isApiError, toApiError, type ApiError, type FieldError } from '@lotse/shared/contracts/values';
