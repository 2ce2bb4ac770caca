import { Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, type Params } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@lotse/web/core';
import { MatchingApi, gridRows, gridWeekdays, peakPresent, type GridCell } from '@lotse/web/placements/data-access';
import { EmptyStateComponent, LotseDatePipe, PageComponent, fromIsoDate, toIsoDate } from '@lotse/web/ui';
import { todayIso, weekdayName } from '../shared/presentation';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Childminder portal: "Wochenübersicht": children present per quarter hour of the week against the
 * permit's limit. A real table (time and weekday header cells); every cell says the number as text
 * ("2 von 5"), the colour only repeats it.
 */
@Component({
  selector: 'lotse-week-grid-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    EmptyStateComponent,
  ],
  template: `
    <lotse-page
      [title]="'placements.week.title' | transloco"
      [subtitle]="'placements.week.subtitle' | transloco"
      [loading]="grid.isLoading()"
    >
      <div class="filter-bar">
        <mat-form-field>
          <mat-label>{{ 'placements.week.date' | transloco }}</mat-label>
          <input
            matInput
            [matDatepicker]="picker"
            [ngModel]="dateValue()"
            (dateChange)="setDate($event.value)"
            autocomplete="off"
            data-testid="week-date"
          />
          <mat-hint>{{ 'placements.common.dateHint' | transloco }}</mat-hint>
          <mat-datepicker-toggle matIconSuffix [for]="picker" />
          <mat-datepicker #picker />
        </mat-form-field>
      </div>
      @if (grid.hasValue()) {
        @let g = grid.value();
        <p class="summary" data-testid="week-summary">
          {{
            'placements.week.summary'
              | transloco
                : {
                    date: (g.date | lotseDate: language.tag()),
                    peak: peak(),
                    max: g.maxPresent ?? '–',
                    contracts: g.contracts,
                    maxContracts: g.maxContracts,
                  }
          }}
        </p>
        @if (g.maxPresent === null) {
          <p class="warning" data-testid="week-no-permit">{{ 'placements.week.noPermit' | transloco }}</p>
        }
        <ul class="legend" [attr.aria-label]="'placements.week.legend' | transloco">
          <li><span class="swatch level-none" aria-hidden="true"></span>{{ 'placements.week.level.none' | transloco }}</li>
          <li><span class="swatch level-some" aria-hidden="true"></span>{{ 'placements.week.level.some' | transloco }}</li>
          <li><span class="swatch level-full" aria-hidden="true"></span>{{ 'placements.week.level.full' | transloco }}</li>
          <li><span class="swatch level-over" aria-hidden="true"></span>{{ 'placements.week.level.over' | transloco }}</li>
        </ul>
        <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'placements.week.caption' | transloco">
          <table class="week-grid" data-testid="week-grid">
            <caption class="visually-hidden">
              {{
                'placements.week.caption' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'placements.week.time' | transloco }}</th>
                @for (d of weekdays(); track d) {
                  <th scope="col" [attr.data-weekday]="d">{{ dayName(d) }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.quarter) {
                <tr [class.hour]="row.quarter % 4 === 0">
                  <th scope="row">{{ row.label }}</th>
                  @for (c of row.cells; track c.weekday) {
                    <td
                      [class]="'level-' + c.level"
                      [attr.data-weekday]="c.weekday"
                      [attr.data-time]="row.label"
                      [attr.data-present]="c.present"
                      data-testid="week-cell"
                    >
                      {{ cellText(c, g.maxPresent) }}
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else if (grid.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="grid.reload()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      }
    </lotse-page>
  `,
  styles: `
    .summary {
      margin: 0 0 8px;
    }
    .warning {
      color: var(--mat-sys-error);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      list-style: none;
      padding: 0;
      margin: 0 0 12px;
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .swatch {
      display: inline-block;
      width: 16px;
      height: 16px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 3px;
    }
    .week-grid {
      border-collapse: collapse;
      font: var(--mat-sys-body-small);
    }
    .week-grid th,
    .week-grid td {
      border: 1px solid var(--mat-sys-outline-variant);
      padding: 2px 8px;
      text-align: center;
      white-space: nowrap;
    }
    .week-grid thead th {
      position: sticky;
      top: 0;
      background: var(--mat-sys-surface-container);
    }
    .week-grid tbody th {
      font-weight: 400;
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container-low);
    }
    .week-grid tr.hour th,
    .week-grid tr.hour td {
      border-top: 2px solid var(--mat-sys-outline);
    }
    .level-none {
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface-variant);
    }
    .level-some {
      background: #d7f0dc;
      color: #0b3d1a;
    }
    .level-full {
      background: #fde3b5;
      color: #4a2800;
      font-weight: 600;
    }
    .level-over {
      background: #f9d0cc;
      color: #5c0b05;
      font-weight: 700;
    }
  `,
})
export class WeekGridPage {
  private readonly api = inject(MatchingApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService);

  private readonly params = toSignal(this.route.queryParams, { initialValue: {} as Params });
  private readonly date = computed(() => (ISO_DATE.test(this.params()['date'] ?? '') ? (this.params()['date'] as string) : todayIso()));
  protected readonly dateValue = computed(() => fromIsoDate(this.date()));
  protected readonly grid = rxResource({ params: () => this.date(), stream: ({ params }) => this.api.weekGrid(params) });
  protected readonly weekdays = computed(() => (this.grid.hasValue() ? gridWeekdays(this.grid.value()) : [1, 2, 3, 4, 5]));
  protected readonly rows = computed(() => (this.grid.hasValue() ? gridRows(this.grid.value(), this.weekdays()) : []));
  protected readonly peak = computed(() => (this.grid.hasValue() ? peakPresent(this.grid.value()) : 0));

  protected dayName(d: number): string {
    return weekdayName(d, this.language.tag(), 'long');
  }

  protected cellText(c: GridCell, max: number | null): string {
    return max === null ? String(c.present) : `${c.present} / ${max}`;
  }

  protected setDate(value: Date | null): void {
    if (!value || Number.isNaN(value.getTime())) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: { date: toIsoDate(value) } });
  }
}
