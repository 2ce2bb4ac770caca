import { Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SlotDto } from '@lotse/shared/contracts';
import { AppointmentsApi, officeDate, officeTime } from '@lotse/web/appointments/data-access';
import { LanguageService, Notifier, toApiError } from '@lotse/web/core';
import {
  EmptyStateComponent,
  FieldErrorPipe,
  FormMessageComponent,
  PageComponent,
  StatusBadgeComponent,
  applyApiErrors,
  focusFirstInvalid,
  type FormMessage,
  type StatusBadge,
} from '@lotse/web/ui';
import { map, type Observable } from 'rxjs';
import { createSlotForm, toCreateSeriesDto, toCreateSlotDto } from './slot-form';

const BADGES: Readonly<Record<SlotDto['state'], StatusBadge>> = {
  free: { icon: 'event_available', labelKey: 'appointments.day.state.free', tone: 'neutral' },
  held: { icon: 'hourglass_top', labelKey: 'appointments.day.state.held', tone: 'warning' },
  booked: { icon: 'event', labelKey: 'appointments.day.state.booked', tone: 'success' },
};

/**
 * "Termine" for advisors and admins (`/advisor/appointments`, `/admin/appointments`): the day list
 * (booked with whom, topic and contact; free; cancelled) and the form for new slots or a series.
 */
@Component({
  selector: 'lotse-appointments-day-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    FieldErrorPipe,
    FormMessageComponent,
    StatusBadgeComponent,
  ],
  template: `
    <lotse-page
      [title]="'appointments.day.title' | transloco"
      [subtitle]="'appointments.day.subtitle' | transloco"
      [loading]="day.isLoading() || saving()"
    >
      <div class="toolbar">
        <mat-form-field>
          <mat-label>{{ 'appointments.day.date' | transloco }}</mat-label>
          <input matInput type="date" [value]="date()" (change)="setDate($any($event.target).value)" data-testid="day-date" />
        </mat-form-field>
        <mat-button-toggle-group
          [value]="scope()"
          (change)="scope.set($event.value)"
          [attr.aria-label]="'appointments.day.scope' | transloco"
        >
          <mat-button-toggle value="mine" data-testid="scope-mine">{{ 'appointments.day.scopeMine' | transloco }}</mat-button-toggle>
          <mat-button-toggle value="all" data-testid="scope-all">{{ 'appointments.day.scopeAll' | transloco }}</mat-button-toggle>
        </mat-button-toggle-group>
      </div>

      @if (day.error()) {
        <lotse-empty-state icon="error" testId="day-error" [title]="'appointments.day.loadFailed' | transloco" />
      } @else if (day.hasValue() && day.value().slots.length === 0) {
        <lotse-empty-state
          icon="event_busy"
          testId="day-empty"
          [title]="'appointments.day.empty' | transloco"
          [text]="'appointments.day.emptyText' | transloco"
        />
      } @else if (day.hasValue()) {
        <ul class="day-list" data-testid="day-list">
          @for (s of day.value().slots; track s.id) {
            <li class="slot" data-testid="day-slot">
              <div class="slot-head">
                <span class="time">{{ time(s.startsAt) }}–{{ time(s.endsAt) }}</span>
                <lotse-status-badge [badge]="badge(s)" [status]="s.state" testId="slot-state" />
                @if (scope() === 'all') {
                  <span class="muted">{{ s.advisorName }}</span>
                }
                <span class="muted">{{ s.byPhone ? ('appointments.book.byPhone' | transloco) : s.location }}</span>
              </div>
              @if (s.booking; as b) {
                <dl class="booking" data-testid="slot-booking">
                  <dt>{{ 'appointments.day.bookedBy' | transloco }}</dt>
                  <dd>{{ b.name }} ({{ 'appointments.roles.' + b.role | transloco }})</dd>
                  <dt>{{ 'appointments.day.topic' | transloco }}</dt>
                  <dd>
                    {{ 'appointments.topics.' + b.topic | transloco }}
                    @if (b.topicText) {
                      : {{ b.topicText }}
                    }
                  </dd>
                  <dt>{{ 'appointments.day.contact' | transloco }}</dt>
                  <dd>
                    <a [href]="'mailto:' + b.email">{{ b.email }}</a>
                    @if (b.phone) {
                      · <a [href]="'tel:' + b.phone">{{ b.phone }}</a>
                    }
                  </dd>
                </dl>
                @if (cancelling() === b.id) {
                  <div class="cancel-row">
                    <mat-form-field class="reason">
                      <mat-label>{{ 'appointments.day.cancelReason' | transloco }}</mat-label>
                      <input
                        matInput
                        [value]="reason()"
                        (input)="reason.set($any($event.target).value)"
                        maxlength="500"
                        data-testid="cancel-reason"
                      />
                    </mat-form-field>
                    <button mat-flat-button type="button" (click)="cancelBooking(b.id)" data-testid="cancel-confirm">
                      {{ 'appointments.day.cancelConfirm' | transloco }}
                    </button>
                    <button mat-button type="button" (click)="cancelling.set(null)">
                      {{ 'appointments.day.cancelAbort' | transloco }}
                    </button>
                  </div>
                } @else {
                  <button mat-stroked-button type="button" (click)="cancelling.set(b.id); reason.set('')" data-testid="cancel-booking">
                    {{ 'appointments.day.cancelBooking' | transloco }}
                  </button>
                }
              } @else {
                <button mat-stroked-button type="button" (click)="deleteSlot(s)" data-testid="delete-slot">
                  <mat-icon aria-hidden="true" fontIcon="delete" />{{ 'appointments.day.deleteSlot' | transloco }}
                </button>
              }
              @for (c of s.cancelled; track c.id) {
                <p class="cancelled" data-testid="slot-cancelled">
                  <mat-icon aria-hidden="true" fontIcon="event_busy" />
                  {{ 'appointments.day.state.cancelled' | transloco }}: {{ c.name }} –
                  {{ 'appointments.topics.' + c.topic | transloco }} ({{ 'appointments.day.cancelledBy.' + c.cancelledBy | transloco }})
                </p>
              }
            </li>
          }
        </ul>
      }

      <mat-card appearance="outlined" class="create">
        <mat-card-content>
          <h2 class="section-title">{{ 'appointments.create.heading' | transloco }}</h2>
          <lotse-form-message [message]="message()" testId="slot-error" />
          <form #formEl [formGroup]="form" (ngSubmit)="create()" novalidate data-testid="slot-form">
            <mat-button-toggle-group formControlName="mode" [attr.aria-label]="'appointments.create.mode' | transloco" class="mode">
              <mat-button-toggle value="single" data-testid="mode-single">{{ 'appointments.create.single' | transloco }}</mat-button-toggle>
              <mat-button-toggle value="series" data-testid="mode-series">{{ 'appointments.create.series' | transloco }}</mat-button-toggle>
            </mat-button-toggle-group>
            <div class="form-grid">
              @if (form.controls.mode.value === 'single') {
                <mat-form-field>
                  <mat-label>{{ 'appointments.create.date' | transloco }}</mat-label>
                  <input matInput type="date" formControlName="date" required data-testid="slot-date" />
                  <mat-error>{{ form.controls.date | lotseFieldError }}</mat-error>
                </mat-form-field>
              } @else {
                <mat-form-field>
                  <mat-label>{{ 'appointments.create.fromDate' | transloco }}</mat-label>
                  <input matInput type="date" formControlName="fromDate" required data-testid="slot-from-date" />
                  <mat-error>{{ form.controls.fromDate | lotseFieldError }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'appointments.create.toDate' | transloco }}</mat-label>
                  <input matInput type="date" formControlName="toDate" required data-testid="slot-to-date" />
                  <mat-error>{{ form.controls.toDate | lotseFieldError }}</mat-error>
                </mat-form-field>
              }
              <mat-form-field>
                <mat-label>{{ 'appointments.create.from' | transloco }}</mat-label>
                <input matInput type="time" formControlName="from" required data-testid="slot-from" />
                <mat-error>{{ form.controls.from | lotseFieldError }}</mat-error>
              </mat-form-field>
              @if (form.controls.mode.value === 'series') {
                <mat-form-field>
                  <mat-label>{{ 'appointments.create.to' | transloco }}</mat-label>
                  <input matInput type="time" formControlName="to" required data-testid="slot-to" />
                  <mat-error>{{ form.controls.to | lotseFieldError }}</mat-error>
                </mat-form-field>
              }
              <mat-form-field>
                <mat-label>{{ 'appointments.create.duration' | transloco }}</mat-label>
                <input
                  matInput
                  type="number"
                  formControlName="durationMinutes"
                  min="10"
                  max="240"
                  step="5"
                  required
                  data-testid="slot-duration"
                />
                <mat-error>{{ form.controls.durationMinutes | lotseFieldError }}</mat-error>
              </mat-form-field>
            </div>
            @if (form.controls.mode.value === 'series') {
              <fieldset class="weekdays">
                <legend>{{ 'appointments.create.weekdays' | transloco }}</legend>
                @for (d of weekdayList; track d) {
                  <mat-checkbox
                    [checked]="form.controls.weekdays.value.includes(d)"
                    (change)="toggleWeekday(d, $event.checked)"
                    [attr.data-testid]="'weekday-' + d"
                  >
                    {{ 'appointments.create.weekday.' + d | transloco }}
                  </mat-checkbox>
                }
                @if (form.controls.weekdays.errors) {
                  <p class="group-error">{{ form.controls.weekdays | lotseFieldError }}</p>
                }
              </fieldset>
            }
            <mat-form-field class="full">
              <mat-label>{{ 'appointments.create.location' | transloco }}</mat-label>
              <input matInput formControlName="location" maxlength="200" data-testid="slot-location" />
              <mat-error>{{ form.controls.location | lotseFieldError }}</mat-error>
            </mat-form-field>
            <mat-checkbox formControlName="byPhone" data-testid="slot-by-phone">{{
              'appointments.create.byPhone' | transloco
            }}</mat-checkbox>
            <div class="form-actions">
              <button mat-flat-button type="submit" [disabled]="saving()" data-testid="slot-submit">
                {{ 'appointments.create.submit' | transloco }}
              </button>
            </div>
          </form>
        </mat-card-content>
      </mat-card>
    </lotse-page>
  `,
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: center;
    }
    .day-list {
      list-style: none;
      padding: 0;
      margin: 0 0 24px;
    }
    .slot {
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      padding-block: 12px;
    }
    .slot-head {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      margin-block-end: 8px;
    }
    .time {
      font: var(--mat-sys-title-medium);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .booking {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 2px 12px;
      margin: 0 0 8px;
    }
    .booking dt {
      font-weight: 500;
    }
    .booking dd {
      margin: 0;
    }
    .cancelled {
      display: flex;
      gap: 6px;
      align-items: center;
      margin: 8px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .cancel-row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .reason {
      min-inline-size: 280px;
    }
    .mode {
      margin-block-end: 16px;
    }
    .full {
      width: 100%;
    }
    .weekdays {
      border: 0;
      padding: 0;
      margin: 0 0 12px;
    }
    .group-error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class AppointmentsDayPage {
  private readonly api = inject(AppointmentsApi);
  private readonly notifier = inject(Notifier);
  private readonly language = inject(LanguageService);
  private readonly formRef = viewChild<ElementRef<HTMLFormElement>>('formEl');

  protected readonly date = signal(officeDate(new Date().toISOString()));
  protected readonly scope = signal<'mine' | 'all'>('mine');
  protected readonly day = rxResource({
    params: () => ({ date: this.date(), scope: this.scope() }),
    stream: ({ params }) => this.api.day(params.date, params.scope),
  });
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly cancelling = signal<string | null>(null);
  protected readonly reason = signal('');
  protected readonly weekdayList = [1, 2, 3, 4, 5, 6, 7];
  protected readonly form = createSlotForm(inject(NonNullableFormBuilder), this.date());
  private readonly tag = computed(() => this.language.tag());

  protected time(iso: string): string {
    return officeTime(iso, this.tag());
  }

  protected badge(s: SlotDto): StatusBadge {
    return BADGES[s.state];
  }

  protected setDate(value: string): void {
    if (!value) return;
    this.date.set(value);
    this.form.patchValue({ date: value, fromDate: value, toDate: value });
  }

  protected toggleWeekday(d: number, on: boolean): void {
    const c = this.form.controls.weekdays;
    c.setValue(on ? [...new Set([...c.value, d])] : c.value.filter((x) => x !== d));
  }

  protected create(): void {
    if (this.saving()) return;
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formRef());
      return;
    }
    this.saving.set(true);
    const single = this.form.controls.mode.value === 'single';
    const req: Observable<number> = single
      ? this.api.createSlot(toCreateSlotDto(this.form)).pipe(map(() => 1))
      : this.api.createSeries(toCreateSeriesDto(this.form)).pipe(map((r) => r.created));
    req.subscribe({
      next: (res) => {
        this.saving.set(false);
        this.notifier.success('appointments.create.created', { count: res });
        this.day.reload();
      },
      error: (e: unknown) => {
        this.saving.set(false);
        const text = applyApiErrors(this.form, toApiError(e));
        if (text) this.message.set({ text });
        focusFirstInvalid(this.formRef());
      },
    });
  }

  protected deleteSlot(s: SlotDto): void {
    this.api.deleteSlot(s.id).subscribe({
      next: () => {
        this.notifier.success('appointments.day.deleted');
        this.day.reload();
      },
      error: (e: unknown) => this.message.set({ text: toApiError(e).message }),
    });
  }

  protected cancelBooking(id: string): void {
    this.api.cancelBooking(id, this.reason().trim() || undefined).subscribe({
      next: () => {
        this.cancelling.set(null);
        this.notifier.success('appointments.day.cancelled');
        this.day.reload();
      },
      error: (e: unknown) => this.message.set({ text: toApiError(e).message }),
    });
  }
}
