import { Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink, type Params } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { HouseService, RotaMonthDto, RotaSessionDto } from '@lotse/shared/contracts';
import { HOUSE_SERVICES } from '@lotse/shared/contracts/values';
import { LanguageService, toApiError } from '@lotse/web/core';
import { RotaApi } from '@lotse/web/inquiries/data-access';
import {
  EmptyStateComponent,
  FormMessageComponent,
  LotseDatePipe,
  PageComponent,
  StatusBadgeComponent,
  type FormMessage,
} from '@lotse/web/ui';
import { GAP_BADGE, HOLIDAY_BADGE, STAFFED_BADGE } from '../presentation';

const thisMonth = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
const shift = (month: string, by: number) => {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/**
 * "Dienstplan offene Sprechstunde" (coordinator): the month's open consultations from the opening
 * hours, who staffs each, gaps (fewer than 2) and public holidays; the month lives in the URL.
 */
@Component({
  selector: 'lotse-rota-plan-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    EmptyStateComponent,
    StatusBadgeComponent,
    FormMessageComponent,
  ],
  template: `
    <lotse-page
      [title]="'inquiries.rota.title' | transloco"
      [subtitle]="'inquiries.rota.subtitle' | transloco"
      [loading]="rota.isLoading() || saving()"
    >
      <a lotsePageActions mat-button routerLink="mine" data-testid="rota-mine-link">
        <mat-icon aria-hidden="true" fontIcon="event" />
        {{ 'inquiries.mine.title' | transloco }}
      </a>
      <nav class="month" [attr.aria-label]="'inquiries.rota.monthNav' | transloco">
        <button
          mat-icon-button
          type="button"
          (click)="go(-1)"
          [attr.aria-label]="'inquiries.rota.previous' | transloco"
          data-testid="rota-prev"
        >
          <mat-icon aria-hidden="true" fontIcon="chevron_left" />
        </button>
        <h2 data-testid="rota-month">{{ monthLabel() }}</h2>
        <button mat-icon-button type="button" (click)="go(1)" [attr.aria-label]="'inquiries.rota.next' | transloco" data-testid="rota-next">
          <mat-icon aria-hidden="true" fontIcon="chevron_right" />
        </button>
      </nav>
      <lotse-form-message [message]="message()" testId="rota-error" />
      @if (data(); as d) {
        <p role="status" data-testid="rota-gaps">{{ 'inquiries.rota.gapsCount' | transloco: { count: d.gaps, min: d.minStaff } }}</p>
        <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'inquiries.rota.title' | transloco">
          <table class="rota" data-testid="rota-table">
            <caption class="visually-hidden">
              {{
                'inquiries.rota.caption' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'inquiries.rota.session' | transloco }}</th>
                <th scope="col">{{ 'inquiries.rota.state' | transloco }}</th>
                <th scope="col">{{ 'inquiries.rota.staff' | transloco }}</th>
                <th scope="col">{{ 'inquiries.rota.add' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (s of d.sessions; track s.date + s.from) {
                <tr data-testid="rota-session" [attr.data-date]="s.date" [attr.data-from]="s.from" [class.gap]="s.gap">
                  <th scope="row">
                    {{ 'inquiries.weekdays.' + s.weekday | transloco }}, {{ s.date | lotseDate: language.tag() }}
                    <div class="small">{{ s.from }}–{{ s.to }}</div>
                  </th>
                  <td>
                    @if (s.holiday) {
                      <lotse-status-badge [badge]="holiday(s.holiday)" status="holiday" testId="rota-holiday" />
                    } @else if (s.gap) {
                      <lotse-status-badge [badge]="gap(s, d)" status="gap" testId="rota-gap" />
                    } @else {
                      <lotse-status-badge [badge]="staffed" status="staffed" testId="rota-staffed" />
                    }
                  </td>
                  <td>
                    <ul class="people">
                      @for (p of s.staff; track p.assignmentId) {
                        <li data-testid="rota-person">
                          {{ p.name }}
                          @if (p.service) {
                            <span class="small">({{ 'inquiries.services.' + p.service | transloco }})</span>
                          }
                          @if (!s.past) {
                            <button
                              mat-icon-button
                              type="button"
                              (click)="remove(p.assignmentId, d.month)"
                              [attr.aria-label]="
                                'inquiries.rota.remove' | transloco: { name: p.name, date: (s.date | lotseDate: language.tag()) }
                              "
                              data-testid="rota-remove"
                            >
                              <mat-icon aria-hidden="true" fontIcon="close" />
                            </button>
                          }
                        </li>
                      }
                    </ul>
                  </td>
                  <td>
                    @if (!s.holiday && !s.past) {
                      <mat-form-field subscriptSizing="dynamic" class="pick">
                        <mat-label>{{ 'inquiries.rota.pick' | transloco }}</mat-label>
                        <mat-select (valueChange)="assign(s, $event)" data-testid="rota-pick">
                          @for (p of available(s, d); track p.userId) {
                            <mat-option [value]="p.userId">{{ p.name }}</mat-option>
                          }
                        </mat-select>
                      </mat-form-field>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (!d.sessions.length) {
          <lotse-empty-state icon="event_busy" [title]="'inquiries.rota.noSessions' | transloco" />
        }
        <h2 class="section">{{ 'inquiries.rota.team' | transloco }}</h2>
        <ul class="team" data-testid="rota-team">
          @for (p of d.staff; track p.userId) {
            <li>
              <mat-form-field subscriptSizing="dynamic">
                <mat-label>{{ 'inquiries.rota.serviceOf' | transloco: { name: p.name } }}</mat-label>
                <mat-select
                  [ngModel]="p.service"
                  (ngModelChange)="setService(p.userId, $event, d.month)"
                  [attr.data-testid]="'rota-service-' + p.userId"
                >
                  @for (sv of services; track sv) {
                    <mat-option [value]="sv">{{ 'inquiries.services.' + sv | transloco }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
            </li>
          }
        </ul>
      }
    </lotse-page>
  `,
  styles: `
    .month {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .month h2 {
      font: var(--mat-sys-title-large);
      margin: 0;
      min-width: 12ch;
      text-align: center;
    }
    table.rota {
      border-collapse: collapse;
      width: 100%;
    }
    .rota th,
    .rota td {
      text-align: start;
      padding: 8px;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    tr.gap th {
      border-inline-start: 4px solid var(--mat-sys-error);
    }
    .small {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .people,
    .team {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .team {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
      gap: 8px 16px;
    }
    .team mat-form-field {
      width: 100%;
    }
    .pick {
      min-width: 200px;
    }
    .section {
      font: var(--mat-sys-title-medium);
      margin-block: 24px 8px;
    }
  `,
})
export class RotaPlanPage {
  private readonly api = inject(RotaApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageService);
  protected readonly services = HOUSE_SERVICES;
  protected readonly staffed = STAFFED_BADGE;
  private readonly params = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly month = computed(() =>
    /^\d{4}-(0[1-9]|1[0-2])$/.test(this.params()['month'] ?? '') ? (this.params()['month'] as string) : thisMonth(),
  );
  protected readonly rota = rxResource({ params: () => this.month(), stream: ({ params }) => this.api.month(params) });
  private readonly updated = signal<RotaMonthDto | null>(null);
  protected readonly data = computed(() => {
    const u = this.updated();
    return u && u.month === this.month() ? u : (this.rota.value() ?? null);
  });
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly monthLabel = computed(() => {
    const [y, m] = this.month().split('-').map(Number);
    return new Intl.DateTimeFormat(this.language.tag(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y, m - 1, 15)),
    );
  });

  protected holiday(name: string) {
    return HOLIDAY_BADGE(name);
  }

  protected gap(s: RotaSessionDto, d: RotaMonthDto) {
    return GAP_BADGE(s.staff.length, d.minStaff);
  }

  protected available(s: RotaSessionDto, d: RotaMonthDto) {
    return d.staff.filter((p) => !s.staff.some((x) => x.userId === p.userId));
  }

  protected go(by: number): void {
    this.updated.set(null);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { month: shift(this.month(), by) } });
  }

  protected assign(s: RotaSessionDto, userId: string): void {
    this.saving.set(true);
    this.message.set(null);
    this.api.assign({ date: s.date, from: s.from, userId }).subscribe({
      next: (d) => {
        this.saving.set(false);
        this.updated.set(d);
      },
      error: (e: unknown) => this.fail(e),
    });
  }

  protected remove(id: string, month: string): void {
    this.saving.set(true);
    this.api.unassign(id).subscribe({ next: () => this.reload(month), error: (e: unknown) => this.fail(e) });
  }

  protected setService(userId: string, service: HouseService, month: string): void {
    this.saving.set(true);
    this.api.setService(userId, service).subscribe({ next: () => this.reload(month), error: (e: unknown) => this.fail(e) });
  }

  private reload(month: string): void {
    this.api.month(month).subscribe({
      next: (d) => {
        this.saving.set(false);
        this.updated.set(d);
      },
      error: (e: unknown) => this.fail(e),
    });
  }

  private fail(error: unknown): void {
    this.saving.set(false);
    const e = toApiError(error);
    this.message.set({ text: e.errors[0]?.message ?? e.message });
  }
}
