import { HttpParams } from '@angular/common/http';

/**
 * The one query-parameter builder of the client: leaves out empty values (so `role=` is never
 * sent) and repeats arrays (`status=a&status=b`).
 */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '') params = params.append(key, String(v));
    }
  }
  return params;
}
