import { HttpParams } from '@angular/common/http';

/** Query params without empty values; arrays become repeated params (`status=a&status=b`). */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) {
      for (const v of value) {
        if (v !== undefined && v !== null && v !== '') params = params.append(key, String(v));
      }
    } else if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}
