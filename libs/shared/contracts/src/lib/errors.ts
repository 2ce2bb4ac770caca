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
