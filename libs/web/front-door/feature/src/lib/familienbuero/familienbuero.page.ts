import { Component, DOCUMENT, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, SessionStore, homeFor } from '@lotse/web/core';
import { EmptyStateComponent, PageComponent, formatOpeningHours } from '@lotse/web/ui';
import { publicOfficeResource, telHref } from '../public-office';

interface Entry {
  /** `fd-entry-<id>` */
  id: string;
  key: string;
  textKey: string;
  icon: string;
  path: string;
}

/** What a visitor can do next; the registration and sign-in entries only make sense for guests. */
const SHARED_ENTRIES: readonly Entry[] = [
  { id: 'book', key: 'frontDoor.entry.book', textKey: 'frontDoor.entry.bookText', icon: 'event_available', path: '/termine' },
  { id: 'contact', key: 'frontDoor.entry.contact', textKey: 'frontDoor.entry.contactText', icon: 'mail', path: '/kontakt' },
];
const GUEST_ENTRIES: readonly Entry[] = [
  {
    id: 'register-parent',
    key: 'frontDoor.entry.registerParent',
    textKey: 'frontDoor.entry.registerParentText',
    icon: 'family_restroom',
    path: '/register/parent',
  },
  {
    id: 'register-childminder',
    key: 'frontDoor.entry.registerChildminder',
    textKey: 'frontDoor.entry.registerChildminderText',
    icon: 'badge',
    path: '/register',
  },
  { id: 'login', key: 'frontDoor.entry.signIn', textKey: 'frontDoor.entry.signInText', icon: 'login', path: '/login' },
];
const GUIDE_ENTRY: Entry = {
  id: 'guide',
  key: 'frontDoor.entry.guide',
  textKey: 'frontDoor.entry.guideText',
  icon: 'signpost',
  path: '/wegweiser',
};

/** The services under the Familienbüro's roof (domain: "The office and its users"). */
export const SERVICES = [
  { id: 'childminding', icon: 'child_care' },
  { id: 'counselling', icon: 'diversity_1' },
  { id: 'midwife', icon: 'pregnant_woman' },
  { id: 'welcome', icon: 'waving_hand' },
  { id: 'school', icon: 'school' },
  { id: 'refugees', icon: 'handshake' },
] as const;
export const PARENT_STEPS = ['register', 'advice', 'meet', 'settle'] as const;
export const CHILDMINDER_STEPS = ['register', 'qualify', 'evidence', 'visit', 'permit'] as const;
export const LAW_POINTS = ['permit', 'children', 'validity', 'qualification'] as const;

/**
 * The Familienbüro's public page (no login): what the house offers, when the open consultation
 * is and how to get there, how Kindertagespflege works for parents and for future childminders,
 * and the ways in (appointment, contact form, registration, sign-in). An information page: its
 * texts exist in German, English, Turkish, Arabic and Ukrainian. The office's own texts (name,
 * notes) are German and marked `lang="de"`.
 */
@Component({
  selector: 'lotse-familienbuero-page',
  imports: [MatButtonModule, MatCardModule, MatIconModule, RouterLink, TranslocoPipe, PageComponent, EmptyStateComponent],
  templateUrl: './familienbuero.page.html',
  styleUrl: './familienbuero.page.scss',
})
export class FamilienbueroPage {
  private readonly document = inject(DOCUMENT);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  /** `/familienbuero/<slug>`: another office of the installation (route parameter). */
  readonly slug = input<string>();

  protected readonly office = publicOfficeResource(() => this.slug());
  /** The office's data once loaded (a resource's `value()` throws while it is in the error state). */
  protected readonly data = computed(() => (this.office.hasValue() ? this.office.value() : undefined));
  protected readonly hours = computed(() => formatOpeningHours(this.data()?.office.openingHours, this.language.tag()));
  protected readonly phoneHref = computed(() => telHref(this.data()?.office.phone ?? ''));
  /** The office's notes are German: on a page in another language they get a label saying so. */
  protected readonly germanPage = computed(() => this.language.lang() === 'de');
  protected readonly signedIn = this.session.signedIn;
  protected readonly home = computed(() => {
    const user = this.session.user();
    return user ? homeFor(user.role) : null;
  });
  protected readonly entries = computed<readonly Entry[]>(() => {
    const home = this.home();
    const personal: readonly Entry[] = home
      ? [{ id: 'home', key: 'frontDoor.entry.home', textKey: 'frontDoor.entry.homeText', icon: 'dashboard', path: home }]
      : GUEST_ENTRIES;
    return [...SHARED_ENTRIES, ...personal, GUIDE_ENTRY];
  });

  protected readonly services = SERVICES;
  protected readonly parentSteps = PARENT_STEPS;
  protected readonly childminderSteps = CHILDMINDER_STEPS;
  protected readonly lawPoints = LAW_POINTS;

  protected print(): void {
    this.document.defaultView?.print();
  }
}
