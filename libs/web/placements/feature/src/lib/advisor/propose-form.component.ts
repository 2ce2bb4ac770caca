import { Component, ElementRef, effect, inject, input, output, signal, untracked, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CareRequestDto, ChildminderListItemDto, ChildmindersQueryDto } from '@lotse/shared/contracts';
import { SETTLING_IN_WEEKS } from '@lotse/shared/contracts/values';
import { Notifier, toApiError } from '@lotse/web/core';
import { ChildmindersApi } from '@lotse/web/childminders/data-access';
import { MatchingApi } from '@lotse/web/placements/data-access';
import {
  FieldErrorPipe,
  FormMessageComponent,
  LotseValidators,
  applyApiErrors,
  focusFirstInvalid,
  fromIsoDate,
  toIsoDate,
  type FormMessage,
} from '@lotse/web/ui';
import { catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';

type Choice = ChildminderListItemDto | string | null;

/** The field holds a chosen childminder, not just typed text. */
const chosen = (c: AbstractControl): ValidationErrors | null => (c.value && typeof c.value === 'object' ? null : { required: true });

export function createProposeForm(request: Pick<CareRequestDto, 'desiredStart'> | null) {
  return new FormGroup({
    childminderId: new FormControl<Choice>(null, chosen),
    startOn: new FormControl<Date | null>(request ? fromIsoDate(request.desiredStart) : null, Validators.required),
    settlingInWeeks: new FormControl<number | null>(SETTLING_IN_WEEKS.default, [
      Validators.required,
      Validators.min(SETTLING_IN_WEEKS.min),
      Validators.max(SETTLING_IN_WEEKS.max),
      LotseValidators.integer,
    ]),
    note: new FormControl('', { nonNullable: true, validators: Validators.maxLength(1000) }),
  });
}

/**
 * "Tagespflegeperson vorschlagen": an active childminder picked by name, start (default the
 * request's), settling-in weeks, a note for both sides. The server checks permit, ages and every
 * quarter hour's capacity; its 422 reasons (German) appear at the childminder field.
 */
@Component({
  selector: 'lotse-propose-form',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatCardModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FieldErrorPipe,
    FormMessageComponent,
  ],
  template: `
    <mat-card appearance="outlined" data-testid="propose-form-card">
      <mat-card-header>
        <mat-card-title
          ><h2 class="card-heading">{{ 'placements.propose.title' | transloco }}</h2></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        <p class="form-intro">{{ 'placements.propose.intro' | transloco }}</p>
        <lotse-form-message [message]="message()" testId="propose-error" />
        <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate class="form-grid" data-testid="propose-form">
          <mat-form-field class="span-all">
            <mat-label>{{ 'placements.propose.childminder' | transloco }}</mat-label>
            <input
              matInput
              formControlName="childminderId"
              [matAutocomplete]="auto"
              required
              autocomplete="off"
              data-testid="propose-childminder"
            />
            <mat-autocomplete #auto="matAutocomplete" [displayWith]="display">
              @for (c of options(); track c.id) {
                <mat-option [value]="c" data-testid="propose-option">{{ c.firstName }} {{ c.lastName }} · {{ c.district }}</mat-option>
              } @empty {
                @if (typed()) {
                  <mat-option disabled>{{ 'placements.propose.noMatch' | transloco }}</mat-option>
                }
              }
            </mat-autocomplete>
            <mat-hint>{{ 'placements.propose.childminderHint' | transloco }}</mat-hint>
            <mat-error data-testid="propose-childminder-error">{{ form.controls.childminderId | lotseFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'placements.propose.startOn' | transloco }}</mat-label>
            <input matInput [matDatepicker]="picker" formControlName="startOn" required autocomplete="off" data-testid="propose-start" />
            <mat-hint>{{ 'placements.common.dateHint' | transloco }}</mat-hint>
            <mat-datepicker-toggle matIconSuffix [for]="picker" />
            <mat-datepicker #picker />
            <mat-error>{{ form.controls.startOn | lotseFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'placements.propose.settlingIn' | transloco }}</mat-label>
            <input matInput type="number" min="1" max="8" formControlName="settlingInWeeks" required data-testid="propose-settling" />
            <mat-error>{{ form.controls.settlingInWeeks | lotseFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field class="span-all">
            <mat-label>{{ 'placements.propose.note' | transloco }}</mat-label>
            <textarea matInput rows="2" formControlName="note" data-testid="propose-note"></textarea>
            <mat-error>{{ form.controls.note | lotseFieldError }}</mat-error>
          </mat-form-field>
          <div class="form-actions">
            <button mat-flat-button type="submit" [disabled]="saving()" data-testid="propose-submit">
              {{ 'placements.propose.submit' | transloco }}
            </button>
          </div>
        </form>
      </mat-card-content>
    </mat-card>
  `,
})
export class ProposeFormComponent {
  private readonly api = inject(MatchingApi);
  private readonly childminders = inject(ChildmindersApi);
  private readonly notifier = inject(Notifier);
  private readonly formRef = viewChild.required<ElementRef<HTMLElement>>('formEl');

  readonly request = input.required<CareRequestDto>();
  readonly proposed = output<void>();

  protected readonly form = createProposeForm(null);
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly typed = signal('');
  protected readonly options = toSignal(
    this.form.controls.childminderId.valueChanges.pipe(
      startWith(''),
      map((v) => (typeof v === 'string' ? v.trim() : null)),
      distinctUntilChanged(),
      debounceTime(200),
      switchMap((q) => {
        if (q === null) return of<ChildminderListItemDto[]>([]);
        this.typed.set(q);
        return this.childminders.list({ status: 'active', q: q || undefined, pageSize: 20, sort: 'name' } as ChildmindersQueryDto).pipe(
          map((page) => page.items),
          catchError(() => of<ChildminderListItemDto[]>([])),
        );
      }),
    ),
    { initialValue: [] as ChildminderListItemDto[] },
  );

  constructor() {
    // Start defaults to the request's desired start (set once, the advisor may change it).
    effect(() => {
      const start = this.request().desiredStart;
      untracked(() => {
        if (!this.form.controls.startOn.dirty) this.form.controls.startOn.setValue(fromIsoDate(start));
      });
    });
  }

  protected display(c: Choice): string {
    return c && typeof c === 'object' ? `${c.firstName} ${c.lastName}` : (c ?? '');
  }

  protected submit(): void {
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formRef());
      return;
    }
    const v = this.form.getRawValue();
    const cm = v.childminderId as ChildminderListItemDto;
    const r = this.request();
    this.saving.set(true);
    this.api
      .propose(r.id, {
        childminderId: cm.id,
        requestVersion: r.version,
        startOn: v.startOn ? toIsoDate(v.startOn) : undefined,
        settlingInWeeks: Number(v.settlingInWeeks),
        note: v.note.trim() || null,
      })
      .subscribe({
        next: () => {
          this.saving.set(false);
          this.notifier.success('placements.propose.done', { name: `${cm.firstName} ${cm.lastName}` });
          this.proposed.emit();
        },
        error: (err: unknown) => {
          this.saving.set(false);
          const text = applyApiErrors(this.form, toApiError(err), {
            fieldMap: { capacity: 'childminderId', schedule: 'childminderId', requestVersion: 'childminderId' },
          });
          this.message.set(text ? { text } : null);
          focusFirstInvalid(this.formRef());
        },
      });
  }
}
