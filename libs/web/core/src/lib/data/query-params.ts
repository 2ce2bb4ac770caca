import { HttpParams } from '@angular/common/http';

/** Builds query params, leaving out empty values (so `role=` is never sent). */
export function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}
