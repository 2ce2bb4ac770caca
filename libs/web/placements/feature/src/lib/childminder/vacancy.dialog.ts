import { Component, ElementRef, inject, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { VacancyDetailsDto, VacancyDto } from '@lotse/shared/contracts';
import { toApiError } from '@lotse/web/core';
import { MatchingApi } from '@lotse/web/placements/data-access';
import {
  FieldErrorPipe,
  FormMessageComponent,
  LotseValidators,
  applyApiErrors,
  focusFirstInvalid,
  fromIsoDate,
  noOverlappingTimes,
  sortWeeklyTimes,
  toIsoDate,
  toWeeklyTimeDtos,
  weeklyTimeGroup,
  type FormMessage,
  type WeeklyTimeGroup,
} from '@lotse/web/ui';
import { todayIso } from '../shared/presentation';
import { ScheduleEditorComponent } from '../shared/schedule-editor.component';

export function createVacancyForm(v: VacancyDto | null) {
  const schedule = v ? sortWeeklyTimes(v.schedule) : [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '08:00', to: '13:00' }));
  return new FormGroup({
    fromDate: new FormControl<Date | null>(v ? fromIsoDate(v.fromDate) : new Date(`${todayIso()}T00:00:00`), Validators.required),
    places: new FormControl<number | null>(v?.places ?? 1, [
      Validators.required,
      Validators.min(1),
      Validators.max(5),
      LotseValidators.integer,
    ]),
    ages: new FormGroup({
      fromMonths: new FormControl<number | null>(v?.ages.fromMonths ?? 12, [Validators.required, Validators.min(0), Validators.max(168)]),
      toMonths: new FormControl<number | null>(v?.ages.toMonths ?? 36, [Validators.required, Validators.min(0), Validators.max(168)]),
    }),
    schedule: new FormArray<WeeklyTimeGroup>(
      schedule.map((t) => weeklyTimeGroup(t)),
      [noOverlappingTimes, Validators.required],
    ),
    note: new FormControl(v?.note ?? '', { nonNullable: true, validators: Validators.maxLength(1000) }),
  });
}

export function vacancyDetails(form: ReturnType<typeof createVacancyForm>): VacancyDetailsDto {
  const v = form.getRawValue();
  return {
    fromDate: v.fromDate ? toIsoDate(v.fromDate) : '',
    places: Number(v.places),
    ages: { fromMonths: Number(v.ages.fromMonths), toMonths: Number(v.ages.toMonths) },
    schedule: sortWeeklyTimes(toWeeklyTimeDtos(v.schedule)),
    note: v.note.trim() || null,
  } as VacancyDetailsDto;
}

/** "Freien Platz melden" / "Freien Platz ändern". Closes with `true` when saved. */
@Component({
  selector: 'lotse-vacancy-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FieldErrorPipe,
    FormMessageComponent,
    ScheduleEditorComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ (vacancy ? 'placements.vacancies.editTitle' : 'placements.vacancies.newTitle') | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="vacancy-form">
      <mat-dialog-content>
        <lotse-form-message [message]="message()" testId="vacancy-error" />
        <div class="form-grid">
          <mat-form-field>
            <mat-label>{{ 'placements.vacancies.fromDate' | transloco }}</mat-label>
            <input matInput [matDatepicker]="picker" formControlName="fromDate" required autocomplete="off" data-testid="vacancy-from" />
            <mat-hint>{{ 'placements.common.dateHint' | transloco }}</mat-hint>
            <mat-datepicker-toggle matIconSuffix [for]="picker" />
            <mat-datepicker #picker />
            <mat-error>{{ form.controls.fromDate | lotseFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'placements.vacancies.places' | transloco }}</mat-label>
            <input matInput type="number" min="1" max="5" formControlName="places" required data-testid="vacancy-places" />
            <mat-error>{{ form.controls.places | lotseFieldError }}</mat-error>
          </mat-form-field>
          <ng-container formGroupName="ages">
            <mat-form-field>
              <mat-label>{{ 'placements.vacancies.ageFrom' | transloco }}</mat-label>
              <input matInput type="number" min="0" max="168" formControlName="fromMonths" required data-testid="vacancy-age-from" />
              <mat-error>{{ form.controls.ages.controls.fromMonths | lotseFieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'placements.vacancies.ageTo' | transloco }}</mat-label>
              <input matInput type="number" min="0" max="168" formControlName="toMonths" required data-testid="vacancy-age-to" />
              <mat-error>{{ form.controls.ages.controls.toMonths | lotseFieldError }}</mat-error>
            </mat-form-field>
          </ng-container>
        </div>
        <lotse-schedule-editor
          [array]="form.controls.schedule"
          [legend]="'placements.vacancies.times' | transloco"
          testId="vacancy-schedule"
        />
        <mat-form-field class="full">
          <mat-label>{{ 'placements.vacancies.note' | transloco }}</mat-label>
          <textarea matInput rows="2" formControlName="note" data-testid="vacancy-note"></textarea>
          <mat-error>{{ form.controls.note | lotseFieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="vacancy-cancel">{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="vacancy-submit">
          {{ 'placements.vacancies.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full {
      width: 100%;
    }
    lotse-schedule-editor {
      display: block;
      margin: 8px 0 16px;
    }
  `,
})
export class VacancyDialog {
  private readonly api = inject(MatchingApi);
  private readonly ref = inject(MatDialogRef<VacancyDialog, boolean>);
  private readonly host = inject(ElementRef<HTMLElement>);
  protected readonly vacancy = inject<VacancyDto | null>(MAT_DIALOG_DATA);
  protected readonly form = createVacancyForm(this.vacancy);
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected submit(): void {
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.form.controls.schedule.markAsDirty();
      focusFirstInvalid(this.host);
      return;
    }
    this.saving.set(true);
    const body = vacancyDetails(this.form);
    const call = this.vacancy
      ? this.api.updateVacancy(this.vacancy.id, { ...body, version: this.vacancy.version })
      : this.api.createVacancy(body);
    call.subscribe({
      next: () => this.ref.close(true),
      error: (err: unknown) => {
        this.saving.set(false);
        const text = applyApiErrors(this.form, toApiError(err), { shownInPlace: ['schedule'] });
        this.message.set(text ? { text } : null);
      },
    });
  }
}
