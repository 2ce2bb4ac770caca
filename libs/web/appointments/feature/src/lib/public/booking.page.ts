import { Component, ElementRef, computed, effect, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError, PublicSlotDto } from '@lotse/shared/contracts';
import { APPOINTMENT_TOPICS, BOOKER_ROLES, BOOKING_HOLD_MINUTES, PHONE_PATTERN, TOPIC_TEXT_MAX } from '@lotse/shared/contracts/values';
import { AppointmentsApi, groupByDay, officeDayLabel, officeTime } from '@lotse/web/appointments/data-access';
import { LanguageService, SessionStore, isLocale, toApiError } from '@lotse/web/core';
import {
  EmptyStateComponent,
  FieldErrorPipe,
  FormMessageComponent,
  PageComponent,
  applyApiErrors,
  focusFirstInvalid,
  type FormMessage,
} from '@lotse/web/ui';
import { bookingLanguage } from './booking-format';

/**
 * "Termin buchen" (`/termine`, public): the office's free slots by day (Europe/Berlin), then the
 * form. Guests get a confirmation link by mail (the slot is held meanwhile); signed-in parents and
 * childminders book at once. The hidden `website` field is a honeypot for bots.
 */
@Component({
  selector: 'lotse-booking-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    FieldErrorPipe,
    FormMessageComponent,
  ],
  template: `
    <lotse-page
      [title]="'appointments.book.title' | transloco"
      [subtitle]="'appointments.book.subtitle' | transloco"
      [loading]="slots.isLoading() || saving()"
    >
      @if (done(); as d) {
        <mat-card appearance="outlined" class="card" data-testid="booking-done">
          <mat-card-content>
            @if (d.status === 'pending') {
              <h2 class="section-title">{{ 'appointments.book.doneTitle' | transloco }}</h2>
              <p role="status">{{ 'appointments.book.donePending' | transloco: { email: d.email, minutes: holdMinutes } }}</p>
            } @else {
              <h2 class="section-title">{{ 'appointments.book.doneConfirmedTitle' | transloco }}</h2>
              <p role="status">{{ 'appointments.book.doneConfirmed' | transloco }}</p>
            }
            <button mat-stroked-button type="button" (click)="again()" data-testid="booking-again">
              {{ 'appointments.book.again' | transloco }}
            </button>
          </mat-card-content>
        </mat-card>
      } @else if (slots.error()) {
        <lotse-empty-state icon="error" testId="slots-error" [title]="'appointments.book.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="slots.reload()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      } @else if (slots.hasValue() && days().length === 0) {
        <lotse-empty-state
          icon="event_busy"
          testId="slots-empty"
          [title]="'appointments.book.noSlots' | transloco"
          [text]="'appointments.book.noSlotsText' | transloco"
        />
      } @else if (slots.hasValue()) {
        <div class="layout">
          <section class="pick" aria-labelledby="pick-heading">
            <h2 id="pick-heading" class="section-title">{{ 'appointments.book.pickHeading' | transloco }}</h2>
            @for (day of days(); track day.date) {
              <h3 class="day" [id]="'day-' + day.date">{{ dayLabel(day.slots[0].startsAt) }}</h3>
              <ul class="slots" [attr.aria-labelledby]="'day-' + day.date">
                @for (s of day.slots; track s.id) {
                  <li>
                    <button
                      type="button"
                      mat-stroked-button
                      class="slot"
                      [class.chosen]="selected()?.id === s.id"
                      [attr.aria-pressed]="selected()?.id === s.id"
                      (click)="select(s)"
                      data-testid="slot-option"
                    >
                      <span class="time">{{ time(s.startsAt) }}–{{ time(s.endsAt) }}</span>
                      <span class="where">
                        {{
                          s.byPhone ? ('appointments.book.byPhone' | transloco) : s.location || ('appointments.book.atOffice' | transloco)
                        }}
                        ·
                        {{ 'appointments.book.with' | transloco: { advisor: s.advisor } }}
                      </span>
                    </button>
                  </li>
                }
              </ul>
            }
          </section>
          <section class="details" aria-labelledby="details-heading">
            <h2 id="details-heading" class="section-title">{{ 'appointments.book.detailsHeading' | transloco }}</h2>
            <lotse-form-message [message]="message()" testId="booking-error" />
            @if (selected(); as s) {
              <p class="chosen-line" data-testid="booking-selected" aria-live="polite">
                {{ 'appointments.book.selected' | transloco: { when: when(s) } }}
              </p>
              @if (signedInBooker()) {
                <p>{{ 'appointments.book.signedInAs' | transloco: { name: session.user()?.displayName } }}</p>
              }
              <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="booking-form">
                @if (!signedInBooker()) {
                  <mat-form-field class="full">
                    <mat-label>{{ 'appointments.book.name' | transloco }}</mat-label>
                    <input matInput formControlName="name" autocomplete="name" required maxlength="120" data-testid="booking-name" />
                    <mat-error>{{ form.controls.name | lotseFieldError }}</mat-error>
                  </mat-form-field>
                  <mat-form-field class="full">
                    <mat-label>{{ 'appointments.book.email' | transloco }}</mat-label>
                    <input matInput type="email" formControlName="email" autocomplete="email" required data-testid="booking-email" />
                    <mat-hint>{{ 'appointments.book.emailHint' | transloco }}</mat-hint>
                    <mat-error>{{ form.controls.email | lotseFieldError }}</mat-error>
                  </mat-form-field>
                  <mat-form-field class="full">
                    <mat-label>{{ 'appointments.book.role' | transloco }}</mat-label>
                    <mat-select formControlName="role" required data-testid="booking-role">
                      @for (r of roles; track r) {
                        <mat-option [value]="r">{{ 'appointments.roles.' + r | transloco }}</mat-option>
                      }
                    </mat-select>
                    <mat-error>{{ form.controls.role | lotseFieldError }}</mat-error>
                  </mat-form-field>
                }
                <mat-form-field class="full">
                  <mat-label>{{ (s.byPhone ? 'appointments.book.phoneByPhone' : 'appointments.book.phone') | transloco }}</mat-label>
                  <input
                    matInput
                    type="tel"
                    formControlName="phone"
                    autocomplete="tel"
                    [required]="s.byPhone"
                    data-testid="booking-phone"
                  />
                  <mat-error>{{ form.controls.phone | lotseFieldError }}</mat-error>
                </mat-form-field>
                <mat-form-field class="full">
                  <mat-label>{{ 'appointments.book.topic' | transloco }}</mat-label>
                  <mat-select formControlName="topic" required data-testid="booking-topic">
                    @for (t of topics; track t) {
                      <mat-option [value]="t">{{ 'appointments.topics.' + t | transloco }}</mat-option>
                    }
                  </mat-select>
                  <mat-error>{{ form.controls.topic | lotseFieldError }}</mat-error>
                </mat-form-field>
                <mat-form-field class="full">
                  <mat-label>{{ 'appointments.book.topicText' | transloco }}</mat-label>
                  <textarea
                    matInput
                    formControlName="topicText"
                    rows="3"
                    [maxlength]="topicMax"
                    data-testid="booking-topic-text"
                  ></textarea>
                  <mat-hint>{{ 'appointments.book.topicTextHint' | transloco }}</mat-hint>
                  <mat-error>{{ form.controls.topicText | lotseFieldError }}</mat-error>
                </mat-form-field>
                <!-- Honeypot: hidden from people and assistive technology; bots fill it in. -->
                <div class="hp" aria-hidden="true">
                  <label for="booking-website">{{ 'appointments.book.honeypot' | transloco }}</label>
                  <input id="booking-website" type="text" name="website" formControlName="website" tabindex="-1" autocomplete="off" />
                </div>
                <div class="form-actions">
                  <button mat-flat-button type="submit" [disabled]="saving()" data-testid="booking-submit">
                    {{ (saving() ? 'appointments.book.submitting' : 'appointments.book.submit') | transloco }}
                  </button>
                </div>
              </form>
            }
          </section>
        </div>
      }
    </lotse-page>
  `,
  styles: `
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(280px, 440px);
      gap: 24px;
      align-items: start;
    }
    @media (max-width: 960px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .day {
      margin-block: 16px 8px;
      font: var(--mat-sys-title-small);
    }
    .slots {
      list-style: none;
      padding: 0;
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .slot {
      height: auto;
      padding-block: 6px;
      text-align: start;
    }
    .slot .time {
      font-weight: 600;
      margin-inline-end: 8px;
    }
    .slot.chosen {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      outline: 2px solid var(--mat-sys-primary);
    }
    .full {
      width: 100%;
      margin-bottom: 8px;
    }
    .chosen-line {
      font-weight: 500;
    }
    .hp {
      position: absolute;
      inset-inline-start: -10000px;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
  `,
})
export class BookingPage {
  private readonly api = inject(AppointmentsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly language = inject(LanguageService);
  protected readonly session = inject(SessionStore);
  private readonly formRef = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private readonly page = bookingLanguage();

  protected readonly roles = BOOKER_ROLES;
  protected readonly topics = APPOINTMENT_TOPICS;
  protected readonly topicMax = TOPIC_TEXT_MAX;
  protected readonly holdMinutes = BOOKING_HOLD_MINUTES;
  private readonly slug = this.route.snapshot.queryParamMap.get('office');
  protected readonly slots = rxResource({ stream: () => this.api.publicSlots(this.slug) });
  protected readonly days = computed(() => groupByDay(this.slots.value()?.slots ?? []));
  protected readonly selected = signal<PublicSlotDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly done = signal<{ status: 'pending' | 'confirmed'; email: string } | null>(null);
  protected readonly signedInBooker = computed(() => ['parent', 'childminder'].includes(this.session.role() ?? ''));

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    email: ['', [Validators.required, Validators.email]],
    role: ['', Validators.required],
    phone: ['', Validators.pattern(PHONE_PATTERN)],
    topic: ['', Validators.required],
    topicText: ['', Validators.maxLength(TOPIC_TEXT_MAX)],
    website: [''],
  });

  constructor() {
    // `?lang=tr` on a public link: switch to that language when the app offers it.
    const lang = this.route.snapshot.queryParamMap.get('lang');
    if (isLocale(lang) && lang !== this.language.lang()) void this.language.apply(lang);
    effect(() => {
      const guest = !this.signedInBooker();
      for (const c of [this.form.controls.name, this.form.controls.email, this.form.controls.role]) {
        if (guest) c.enable({ emitEvent: false });
        else c.disable({ emitEvent: false });
      }
    });
  }

  protected time(iso: string): string {
    return officeTime(iso, this.page.tag());
  }

  protected dayLabel(iso: string): string {
    return officeDayLabel(iso, this.page.tag());
  }

  protected when(s: PublicSlotDto): string {
    return `${this.dayLabel(s.startsAt)}, ${this.time(s.startsAt)}–${this.time(s.endsAt)}`;
  }

  protected select(s: PublicSlotDto): void {
    this.selected.set(s);
    this.message.set(null);
    const phone = this.form.controls.phone;
    phone.setValidators(s.byPhone ? [Validators.required, Validators.pattern(PHONE_PATTERN)] : [Validators.pattern(PHONE_PATTERN)]);
    phone.updateValueAndValidity();
  }

  protected again(): void {
    this.done.set(null);
    this.selected.set(null);
    this.form.reset();
    this.slots.reload();
  }

  protected submit(): void {
    const slot = this.selected();
    if (this.saving() || !slot) return;
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.message.set({ key: 'appointments.book.checkFields' });
      focusFirstInvalid(this.formRef());
      return;
    }
    const v = this.form.getRawValue();
    const common = {
      slotId: slot.id,
      topic: v.topic as (typeof APPOINTMENT_TOPICS)[number],
      topicText: v.topicText.trim() || undefined,
      phone: v.phone.trim() || undefined,
    };
    this.saving.set(true);
    const request = this.signedInBooker()
      ? this.api.book(common)
      : this.api.bookAsGuest({
          ...common,
          tenantSlug: this.slug ?? undefined,
          name: v.name.trim(),
          email: v.email.trim(),
          role: v.role as (typeof BOOKER_ROLES)[number],
          locale: this.page.locale(),
          website: v.website || undefined,
        });
    request.subscribe({
      next: (res) => {
        this.saving.set(false);
        this.done.set({ status: res.status, email: v.email.trim() });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.fail(toApiError(error));
      },
    });
  }

  private fail(e: ApiError): void {
    const code = e.errors.find((f) => f.field === 'slotId')?.code;
    if (e.statusCode === 429) {
      this.message.set({ key: 'errors.tooManyRequests' });
    } else if (code === 'slotTaken' || code === 'slotPast' || e.statusCode === 404) {
      // The slot is gone: say so in the page's language and offer the fresh list.
      this.message.set({ key: code === 'slotPast' ? 'appointments.book.past' : 'appointments.book.taken' });
      this.selected.set(null);
      this.slots.reload();
    } else {
      const text = applyApiErrors(this.form, e);
      this.message.set(text ? { text } : { key: 'appointments.book.checkFields' });
      focusFirstInvalid(this.formRef());
    }
  }
}
