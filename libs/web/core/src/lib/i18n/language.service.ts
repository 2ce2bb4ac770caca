import { HttpClient } from '@angular/common/http';
import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { Locale, UserDto } from '@lotse/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../auth/session.store';
import { handlesAll } from '../http/handled-errors';
import { DEFAULT_LOCALE, LOCALE_STORAGE_KEY, LOCALE_TAGS, isLocale } from './locales';

/**
 * The UI language: German by default, switchable at runtime. Kept in localStorage (for the
 * login page and the next visit) and, for signed-in users, in their profile.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);
  private readonly current = signal<Locale>(DEFAULT_LOCALE);

  private readonly saved = signal<UserDto | null>(null);

  readonly lang = this.current.asReadonly();
  /** The profile as returned by the last language save (its `version` moved on). */
  readonly savedProfile = this.saved.asReadonly();

  /** The language stored on this device, or German. */
  stored(): Locale {
    try {
      const value = this.document.defaultView?.localStorage.getItem(LOCALE_STORAGE_KEY);
      return isLocale(value) ? value : DEFAULT_LOCALE;
    } catch {
      return DEFAULT_LOCALE;
    }
  }

  /** BCP 47 tag of the current language, e.g. `de-DE`. */
  tag(): string {
    return LOCALE_TAGS[this.current()];
  }

  /** Loads the translation file first, so the switch never shows raw keys. */
  async apply(lang: Locale): Promise<void> {
    await firstValueFrom(this.transloco.load(lang));
    this.transloco.setActiveLang(lang);
    this.current.set(lang);
    this.document.documentElement.lang = lang;
    try {
      this.document.defaultView?.localStorage.setItem(LOCALE_STORAGE_KEY, lang);
    } catch {
      // Private mode or storage disabled: the choice then lasts for this page only.
    }
  }

  /** The user's own choice: applied and, when signed in, saved in the profile. */
  async choose(lang: Locale): Promise<void> {
    await this.apply(lang);
    if (this.session.signedIn() && this.session.user()?.locale !== lang) {
      this.session.update({ locale: lang });
      // Best effort: failing to save the preference must not undo the switch.
      this.http
        .patch<UserDto>('/api/users/me', { locale: lang }, { context: handlesAll() })
        .subscribe({ next: (user) => this.saved.set(user), error: () => undefined });
    }
  }
}
