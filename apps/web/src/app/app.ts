import { BreakpointObserver } from '@angular/cdk/layout';
import { UpperCasePipe } from '@angular/common';
import { Component, DOCUMENT, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, ResolveEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LOGIN_PATH, LanguageService, SessionStore, TenantApi, isInformationPage, type UiLocale } from '@lotse/web/core';
import { filter, map, skip } from 'rxjs';
import { navFor } from './navigation';

/** Wide enough for a permanent side navigation next to a table. */
export const WIDE_LAYOUT = '(min-width: 960px)';

@Component({
  selector: 'lotse-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatButtonModule,
    MatIconModule,
    MatListModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
    TranslocoPipe,
    UpperCasePipe,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  private readonly session = inject(SessionStore);
  private readonly tenant = inject(TenantApi);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  protected readonly language = inject(LanguageService);

  /** German and English everywhere; Turkish, Arabic and Ukrainian on the public information pages. */
  protected readonly locales = this.language.choices;
  protected readonly user = this.session.user;
  protected readonly navItems = computed(() => navFor(this.user()?.role));
  protected readonly isWide = toSignal(
    inject(BreakpointObserver)
      .observe(WIDE_LAYOUT)
      .pipe(map((state) => state.matches)),
    {
      initialValue: true,
    },
  );
  /** The toolbar's "Sign in" is pointless on the sign-in page itself. */
  protected readonly onLoginPage = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects.startsWith(LOGIN_PATH)),
    ),
    { initialValue: false },
  );
  /** Only used in the narrow (overlay) layout; the wide layout always shows the navigation. */
  protected readonly navOpen = signal(false);
  protected readonly sidenavOpened = computed(() => !!this.user() && (this.isWide() || this.navOpen()));

  constructor() {
    // Leaving the information pages: Turkish, Arabic or Ukrainian give way to German or English
    // before the next page renders (its texts exist in those only). Information pages set their
    // language in their own guard.
    this.router.events
      .pipe(
        filter((event) => event instanceof ResolveEnd),
        takeUntilDestroyed(),
      )
      .subscribe((event) => {
        if (!isInformationPage(event.state.root)) void this.language.leaveInformationPage().catch(() => undefined);
      });
    // After each in-app navigation: close the overlay menu and move focus to the new content,
    // so screen-reader and keyboard users start reading at the page, not at the last link.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        this.navOpen.set(false);
        setTimeout(() => this.document.getElementById('main-content')?.focus({ preventScroll: true }));
      });
  }

  protected skipToContent(event: Event): void {
    event.preventDefault();
    const main = this.document.getElementById('main-content');
    main?.focus();
    main?.scrollIntoView();
  }

  protected setLanguage(lang: UiLocale): void {
    void this.language.choose(lang).then(() => {
      // A `?lang=` in the address would bring the old language back on reload: the choice is stored now.
      if (this.router.parseUrl(this.router.url).queryParamMap.has('lang')) {
        void this.router.navigate([], { queryParams: { lang: null }, queryParamsHandling: 'merge', replaceUrl: true });
      }
    });
  }

  protected logout(): void {
    this.session.logout().subscribe(() => {
      this.tenant.reset();
      void this.router.navigateByUrl(LOGIN_PATH);
    });
  }
}
