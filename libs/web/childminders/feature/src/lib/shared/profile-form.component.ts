import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectorRef, Component, DOCUMENT, DestroyRef, computed, inject, input, output, signal, type OnInit } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule, type MatChipInputEvent } from '@angular/material/chips';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@lotse/web/core';
import { CARE_LOCATION_TYPE_VALUES, FieldErrorPipe, weekdayName } from '@lotse/web/ui';
import { startWith } from 'rxjs';
import type { ProfileForm, ProfileFormMode } from './profile-form';
import { WEEKDAYS, addWeeklyTime, weeklyMinutesOf } from './weekly-times';

let nextId = 0;

/**
 * The childminder profile as form sections (fieldsets with legends): account (registration
 * only), person, home address and district, care location, household, offer (languages,
 * nutrition, focus, ages) and weekly times. The page owns the form, submits and maps server
 * errors (`PROFILE_ERROR_OPTIONS`); this component only renders it.
 */
@Component({
  selector: 'lotse-profile-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './profile-form.component.html',
  styleUrl: './profile-form.component.scss',
})
export class ProfileFormComponent implements OnInit {
  protected readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly destroyRef = inject(DestroyRef);

  readonly form = input.required<ProfileForm>();
  readonly mode = input.required<ProfileFormMode>();
  /** The childminder's own profile: the e-mail is her login, changed under "Profil" with her password (issue 10). */
  readonly loginEmailReadonly = input(false);
  /** The office's districts (select options). A stored district that is no longer listed stays selectable. */
  readonly districts = input.required<readonly string[]>();
  /** Registration: the link in the consent label asks the page to show the office's privacy notice. */
  readonly privacyNoticeRequested = output<void>();

  protected readonly id = `profile-form-${nextId++}`;
  protected readonly today = new Date();
  protected readonly careTypes = CARE_LOCATION_TYPE_VALUES;
  protected readonly weekdays = WEEKDAYS;
  protected readonly separators = [ENTER, COMMA] as const;
  protected readonly showPassword = signal(false);

  protected readonly districtOptions = computed(() => {
    const current = this.value()?.district;
    const list = [...this.districts()];
    return current && !list.includes(current) ? [...list, current] : list;
  });

  /** The form's value as a signal, for the parts of the template that depend on it (sections, totals). */
  protected readonly value = signal<ReturnType<ProfileForm['getRawValue']> | null>(null);
  protected readonly careType = computed(() => this.value()?.care.type ?? 'own_home');
  protected readonly hasPets = computed(() => this.value()?.hasPets ?? false);
  protected readonly weeklyMinutes = computed(() => weeklyMinutesOf(this.value()?.weeklyTimes ?? []));
  /** "11" or "12,5" (German decimal comma). */
  protected readonly weeklyHours = computed(() =>
    new Intl.NumberFormat(this.language.tag(), { maximumFractionDigits: 2 }).format(this.weeklyMinutes() / 60),
  );

  ngOnInit(): void {
    const form = this.form();
    form.valueChanges.pipe(startWith(null), takeUntilDestroyed(this.destroyRef)).subscribe(() => this.value.set(form.getRawValue()));
    // Errors the page sets on the controls (server field errors, touched on submit) must show here too:
    // every status or touched change anywhere in the form re-renders this (OnPush) component.
    form.events.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.cdr.markForCheck());
  }

  protected weekday(n: number): string {
    return weekdayName(n, this.language.tag());
  }

  protected overlapRows(): number[] {
    const e = this.form().controls.weeklyTimes.errors?.['timeOverlap'] as { rows: number[] } | undefined;
    return e?.rows ?? [];
  }

  protected addTime(): void {
    addWeeklyTime(this.form().controls.weeklyTimes);
    // Focus the new row's weekday, so keyboard users continue where the row appeared.
    const index = this.form().controls.weeklyTimes.length - 1;
    setTimeout(() => this.document.getElementById(`${this.id}-weekday-${index}`)?.focus());
  }

  protected removeTime(index: number): void {
    this.form().controls.weeklyTimes.removeAt(index);
    this.form().controls.weeklyTimes.markAsDirty();
    setTimeout(() => this.document.getElementById(`${this.id}-add-time`)?.focus());
  }

  protected addChip(control: 'languages' | 'adultHouseholdMembers', event: MatChipInputEvent, max: number): void {
    const value = (event.value ?? '').trim().replace(/\s+/g, ' ').slice(0, max);
    const c = this.form().controls[control];
    if (value && !c.value.some((v) => v.toLowerCase() === value.toLowerCase())) {
      c.setValue([...c.value, value]);
      c.markAsDirty();
    }
    event.chipInput.clear();
  }

  /**
   * The link sits inside the checkbox's label: a click on it opens the notice and must not tick
   * the box (the browser already skips label activation for buttons; this also covers Material's handlers).
   */
  protected openPrivacyNotice(event: Event): void {
    event.preventDefault();
    event.stopPropagation();
    this.privacyNoticeRequested.emit();
  }

  protected removeChip(control: 'languages' | 'adultHouseholdMembers', value: string): void {
    const c = this.form().controls[control];
    c.setValue(c.value.filter((v) => v !== value));
    c.markAsDirty();
  }
}
