import { Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule, type FormArray } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@lotse/web/core';
import {
  FieldErrorPipe,
  WEEKDAYS,
  addWeeklyTime,
  overlappingRows,
  weeklyMinutesOf,
  type WeeklyTimeGroup,
  type WeeklyTimeValue,
} from '@lotse/web/ui';
import { of, startWith, switchMap } from 'rxjs';
import { weekdayName } from './presentation';

/**
 * The weekly schedule editor of the care request, the vacancy and the proposal: rows of weekday +
 * from/to on the quarter-hour grid (the same form helpers as the childminder's profile, from
 * `@lotse/web/ui`), overlap shown in place, the hours per week as a sum.
 */
@Component({
  selector: 'lotse-schedule-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  template: `
    <fieldset class="form-section" [attr.data-testid]="testId()">
      <legend>{{ legend() }}</legend>
      <div class="time-rows">
        @for (row of array().controls; track row; let i = $index) {
          <div
            class="time-row"
            [formGroup]="row"
            role="group"
            [attr.aria-label]="'placements.schedule.row' | transloco: { n: i + 1 }"
            [class.overlap]="overlaps().includes(i)"
            data-testid="schedule-row"
          >
            <mat-form-field class="time-weekday">
              <mat-label>{{ 'placements.schedule.weekday' | transloco }}</mat-label>
              <mat-select formControlName="weekday" required data-testid="schedule-weekday">
                @for (d of weekdays; track d) {
                  <mat-option [value]="d">{{ dayName(d) }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ row.controls.weekday | lotseFieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field class="time-value">
              <mat-label>{{ 'placements.schedule.from' | transloco }}</mat-label>
              <input matInput type="time" step="900" formControlName="from" required data-testid="schedule-from" />
              <mat-error>{{ row.controls.from | lotseFieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field class="time-value">
              <mat-label>{{ 'placements.schedule.to' | transloco }}</mat-label>
              <input matInput type="time" step="900" formControlName="to" required data-testid="schedule-to" />
              <mat-error>{{ row.controls.to | lotseFieldError }}</mat-error>
            </mat-form-field>
            <button
              mat-icon-button
              type="button"
              (click)="remove(i)"
              [attr.aria-label]="'placements.schedule.remove' | transloco: { n: i + 1 }"
              data-testid="schedule-remove"
            >
              <mat-icon aria-hidden="true" fontIcon="delete" />
            </button>
          </div>
        } @empty {
          <p class="hint" data-testid="schedule-empty">{{ 'placements.schedule.empty' | transloco }}</p>
        }
      </div>
      <div class="schedule-footer">
        <button mat-stroked-button type="button" (click)="add()" data-testid="schedule-add">
          <mat-icon aria-hidden="true" fontIcon="add" />
          {{ 'placements.schedule.add' | transloco }}
        </button>
        <span class="hint" data-testid="schedule-hours">{{ 'placements.schedule.hours' | transloco: { hours: hours() } }}</span>
      </div>
      <div aria-live="polite">
        @if (array().errors && (array().touched || array().dirty)) {
          <p class="group-error" data-testid="schedule-error">{{ array() | lotseFieldError }}</p>
        }
      </div>
    </fieldset>
  `,
  styles: `
    .form-section {
      border: 0;
      padding: 0;
      margin: 0 0 16px;
    }
    legend {
      font: var(--mat-sys-title-medium);
      margin-bottom: 8px;
      padding: 0;
    }
    .time-row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: flex-start;
      margin-bottom: 4px;
    }
    .time-weekday {
      width: 160px;
    }
    .time-value {
      width: 130px;
    }
    .time-row.overlap {
      border-left: 4px solid var(--mat-sys-error);
      padding-left: 8px;
    }
    .schedule-footer {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: center;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .group-error {
      color: var(--mat-sys-error);
      margin: 8px 0 0;
    }
  `,
})
export class ScheduleEditorComponent {
  private readonly language = inject(LanguageService);
  readonly array = input.required<FormArray<WeeklyTimeGroup>>();
  readonly legend = input.required<string>();
  readonly testId = input('schedule');

  protected readonly weekdays = WEEKDAYS;
  private readonly value = toSignal(
    toObservable(this.array).pipe(switchMap((a) => (a ? a.valueChanges.pipe(startWith(a.getRawValue())) : of([])))),
    { initialValue: [] as WeeklyTimeValue[] },
  );
  protected readonly overlaps = computed(() => overlappingRows(this.value() as WeeklyTimeValue[]));
  protected readonly hours = computed(() => {
    const minutes = weeklyMinutesOf(this.value() as WeeklyTimeValue[]);
    return (Math.round((minutes / 60) * 100) / 100).toLocaleString(this.language.tag());
  });

  protected dayName(d: number): string {
    return weekdayName(d, this.language.tag(), 'long');
  }

  protected add(): void {
    addWeeklyTime(this.array());
    this.array().markAsDirty();
  }

  protected remove(i: number): void {
    this.array().removeAt(i);
    this.array().markAsDirty();
  }
}
