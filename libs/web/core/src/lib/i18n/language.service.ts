import { HttpClient } from '@angular/common/http';
import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { Directionality, type Direction } from '@angular/cdk/bidi';
import { TranslocoService } from '@jsverse/transloco';
import type { Locale, SessionUser, UserDto } from '@lotse/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../auth/session.store';
import { handlesAll } from '../http/handled-errors';
import {
  DEFAULT_LOCALE,
  LOCALE_STORAGE_KEY,
  LOCALE_TAGS,
  SUPPORTED_LOCALES,
  UI_LOCALES,
  directionOf,
  isLocale,
  isUiLocale,
  type UiLocale,
} from './locales';

/**
 * The UI language: German by default, switchable at runtime. The last choice is kept in
 * localStorage (`lotse.locale`, for the login page and the next visit) and, for signed-in users
 * choosing German or English, in their profile.
 *
 * Information pages (route flag `informationLanguages`, see `INFORMATION_PAGE`) offer all five
 * languages; Turkish, Arabic and Ukrainian exist only there. On every other page the document is
 * shown in a profile language (the user's profile language, else the device's German/English
 * choice, else German), because a page whose texts are German must not claim `lang="ar"` and
 * `dir="rtl"`. The device keeps the information-language choice, so the next information page
 * is shown in it again.
 *
 * Switching sets `<html lang>` and `<html dir>` and the CDK's root `Directionality` (Material
 * menus, dialogs and the side navigation read it), so Arabic is laid out right to left.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);
  private readonly directionality = inject(Directionality);
  private readonly current = signal<UiLocale>(DEFAULT_LOCALE);
  private readonly onInformationPage = signal(false);
  /** The last explicit choice on this device (also kept when storage is unavailable). */
  private chosen: UiLocale | null = null;

  private readonly saved = signal<UserDto | null>(null);

  /** The language the page is shown in. */
  readonly lang = this.current.asReadonly();
  /** Writing direction of the current language. */
  readonly dir = computed<Direction>(() => directionOf(this.current()));
  /** Whether the current page exists in the information languages. */
  readonly informationPage = this.onInformationPage.asReadonly();
  /** What the language menu offers here: all five on information pages, German and English elsewhere. */
  readonly choices = computed<readonly UiLocale[]>(() => (this.onInformationPage() ? UI_LOCALES : SUPPORTED_LOCALES));
  /** The profile as returned by the last language save (its `version` moved on). */
  readonly savedProfile = this.saved.asReadonly();

  /** The language last chosen on this device (any UI language), or German. */
  stored(): UiLocale {
    try {
      const value = this.document.defaultView?.localStorage.getItem(LOCALE_STORAGE_KEY);
      return isUiLocale(value) ? value : DEFAULT_LOCALE;
    } catch {
      return DEFAULT_LOCALE;
    }
  }

  /** BCP 47 tag of the current language, e.g. `de-DE`. */
  tag(): string {
    return LOCALE_TAGS[this.current()];
  }

  /**
   * The first language at start-up: a signed-in user's profile language wins over this device's
   * last choice; an information language waits for an information page (its guard shows it).
   */
  async start(user: SessionUser | null): Promise<void> {
    if (user && isLocale(user.locale)) {
      await this.apply(user.locale);
      return;
    }
    this.chosen = this.stored();
    await this.show(this.profileLanguage());
  }

  /** Shows `lang` and remembers it as this device's choice. Loads the file first, so the switch never shows raw keys. */
  async apply(lang: UiLocale): Promise<void> {
    await this.show(lang);
    this.remember(lang);
  }

  /** The user's own choice: applied and, when signed in and German or English, saved in the profile. */
  async choose(lang: UiLocale): Promise<void> {
    await this.apply(lang);
    if (isLocale(lang) && this.session.signedIn() && this.session.user()?.locale !== lang) {
      this.session.update({ locale: lang });
      // Best effort: failing to save the preference must not undo the switch.
      this.http
        .patch<UserDto>('/api/users/me', { locale: lang }, { context: handlesAll() })
        .subscribe({ next: (user) => this.saved.set(user), error: () => undefined });
    }
  }

  /**
   * An information page opens: shown in `requested` (`?lang=tr`, then remembered) or in the
   * device's last choice, whichever UI language that is.
   */
  async enterInformationPage(requested?: string | null): Promise<void> {
    this.onInformationPage.set(true);
    if (isUiLocale(requested)) {
      if (requested !== this.current() || this.chosen !== requested) await this.apply(requested);
      return;
    }
    const wanted = this.chosen ?? this.stored();
    if (wanted !== this.current()) await this.show(wanted);
  }

  /** Any other page opens: an information language gives way to a profile language (see the class comment). */
  async leaveInformationPage(): Promise<void> {
    this.onInformationPage.set(false);
    if (!isLocale(this.current())) await this.show(this.profileLanguage());
  }

  /** The signed-in user's language, else the device's German/English choice, else German. */
  private profileLanguage(): Locale {
    const user = this.session.user();
    if (user && isLocale(user.locale)) return user.locale;
    const choice = this.chosen ?? this.stored();
    return isLocale(choice) ? choice : DEFAULT_LOCALE;
  }

  private async show(lang: UiLocale): Promise<void> {
    await firstValueFrom(this.transloco.load(lang));
    this.transloco.setActiveLang(lang);
    this.current.set(lang);
    const dir = directionOf(lang);
    const root = this.document.documentElement;
    root.lang = lang;
    root.dir = dir;
    if (this.directionality.value !== dir) {
      this.directionality.valueSignal.set(dir);
      this.directionality.change.emit(dir);
    }
  }

  private remember(lang: UiLocale): void {
    this.chosen = lang;
    try {
      this.document.defaultView?.localStorage.setItem(LOCALE_STORAGE_KEY, lang);
    } catch {
      // Private mode or storage disabled: the choice then lasts for this page only.
    }
  }
}
