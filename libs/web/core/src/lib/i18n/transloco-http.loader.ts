import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';
import { catchError, type Observable } from 'rxjs';
import { handlesAll } from '../http/handled-errors';
import { DEFAULT_LOCALE } from './locales';

/**
 * Loads `/i18n/<lang>.json` and scopes' `/i18n/<scope>/<lang>.json` (shipped from
 * `apps/web/public/i18n`). A file that is missing in a language (a staff scope has German and
 * English only, an information page may lack Ukrainian for a while) is replaced by the German
 * one, so the page shows German texts instead of raw keys. Keys missing from a file that exists
 * fall back to German through Transloco's `missingHandler.useFallbackTranslation`.
 */
@Injectable({ providedIn: 'root' })
export class TranslocoHttpLoader implements TranslocoLoader {
  private readonly http = inject(HttpClient);

  getTranslation(path: string): Observable<Translation> {
    const file = (p: string) => this.http.get<Translation>(`/i18n/${p}.json`, { context: handlesAll() });
    const parts = path.split('/');
    if (parts[parts.length - 1] === DEFAULT_LOCALE) return file(path);
    const german = [...parts.slice(0, -1), DEFAULT_LOCALE].join('/');
    return file(path).pipe(catchError(() => file(german)));
  }
}
