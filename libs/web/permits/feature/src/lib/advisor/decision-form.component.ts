import { Component, DestroyRef, ElementRef, computed, inject, input, output, signal, type OnInit } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PermitApplicationDto } from '@lotse/shared/contracts';
import { toApiError } from '@lotse/web/core';
import { DECISION_VALUES, PERMIT_LIMITS, PERMIT_MAX_CHILDREN, PermitsApi, type DecisionResult } from '@lotse/web/permits/data-access';
import { FormMessageComponent, applyApiErrors, focusFirstInvalid, type FormMessage } from '@lotse/web/ui';
import { merge } from 'rxjs';
import { splitDecisionErrors, type SplitDecisionErrors } from '../shared/blocking';
import { addEntry, removeEntry, type EntryProblem } from '../shared/list-entries';
import { PermitFieldErrorPipe } from '../shared/permit-field-error.pipe';
import { TextListFieldComponent } from '../shared/text-list-field.component';
import { createDecisionForm, revalidateDecision, toDecideDto, visibleFields, type DecisionValue } from './decision-form';

/**
 * The decision on an application: grant, grant with conditions (fewer children, named rooms,
 * free-text conditions) or refuse (with reason). Client rules mirror the server (reason below 5
 * children, at least one condition, reason for a refusal); the server's 422 is split into the
 * blocking panel (evidence, home visit) and the fields.
 */
@Component({
  selector: 'lotse-decision-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    TranslocoPipe,
    FormMessageComponent,
    PermitFieldErrorPipe,
    TextListFieldComponent,
  ],
  templateUrl: './decision-form.component.html',
  styles: `
    .decision-label {
      display: block;
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    .decision-options {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 0 0 16px;
    }
    .conditions {
      margin: 0 0 8px;
      padding-left: 24px;
    }
    .conditions li {
      margin: 4px 0;
    }
    .condition-row {
      display: flex;
      align-items: center;
      gap: 8px;
      justify-content: space-between;
    }
    .condition-add {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px;
    }
    .condition-add mat-form-field {
      flex: 1 1 320px;
    }
    .condition-add button {
      margin-top: 8px;
    }
    .plain {
      margin: 0;
      padding: 0;
      border: 0;
    }
    .problem {
      min-height: 1.25em;
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-error);
    }
  `,
})
export class DecisionFormComponent implements OnInit {
  private readonly api = inject(PermitsApi);
  private readonly host = inject(ElementRef<HTMLElement>);

  readonly application = input.required<PermitApplicationDto>();
  /** Granted or refused: the page navigates (to the permit) or reloads. */
  readonly decided = output<DecisionResult>();
  /** A refused decision's blocking evidence and missing home visit, for the page's panel. */
  readonly blocked = output<SplitDecisionErrors>();

  protected readonly decisions = DECISION_VALUES;
  protected readonly max = PERMIT_MAX_CHILDREN;
  protected readonly limits = PERMIT_LIMITS;
  protected readonly roomLimits = { max: PERMIT_LIMITS.decisionRoomsMax, maxLength: PERMIT_LIMITS.listEntryMaxLength };

  protected readonly form = createDecisionForm();
  protected readonly conditionInput = new FormControl('', { nonNullable: true });
  protected readonly conditionProblem = signal<EntryProblem | null>(null);
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly visible = computed(() => {
    this.value();
    return visibleFields(this.form.getRawValue() as DecisionValue);
  });
  /** Rooms seen on the home visits, offered for "named rooms only". */
  protected readonly checkedRooms = computed(() => [...new Set(this.application().checks.flatMap((c) => c.roomsChecked))]);
  protected readonly submitKey = computed(() => {
    const d = this.visible();
    return d.refusalReason ? 'permits.decide.submitRefuse' : 'permits.decide.submitGrant';
  });

  constructor() {
    const c = this.form.controls;
    // Rules that depend on other fields: re-check them whenever those change.
    const destroyRef = inject(DestroyRef);
    merge(c.decision.valueChanges, c.maxChildren.valueChanges, c.rooms.valueChanges, c.conditions.valueChanges)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe(() => revalidateDecision(this.form));
    // "Bitte prüfen Sie die markierten Angaben." goes once nothing is marked any more.
    this.form.statusChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe((status) => {
      if (status === 'VALID' && this.message()?.key === 'permits.common.checkFields') this.message.set(null);
    });
  }

  /** Starts with the number of children the applicant asked for (at most 5). */
  ngOnInit(): void {
    const requested = this.application().requestedMaxChildren;
    if (Number.isInteger(requested) && requested >= 1) this.form.controls.maxChildren.setValue(Math.min(requested, PERMIT_MAX_CHILDREN));
  }

  protected addCondition(event?: Event): void {
    event?.preventDefault();
    const control = this.form.controls.conditions;
    const result = addEntry(control.value, this.conditionInput.value, {
      max: PERMIT_LIMITS.conditionsMax,
      maxLength: PERMIT_LIMITS.conditionMaxLength,
    });
    this.conditionProblem.set(result.problem);
    if (result.problem) return;
    control.setValue(result.list);
    control.markAsTouched();
    this.conditionInput.setValue('');
  }

  protected removeCondition(index: number): void {
    const control = this.form.controls.conditions;
    control.setValue(removeEntry(control.value, index));
    control.markAsTouched();
    this.conditionProblem.set(null);
  }

  protected submit(): void {
    this.message.set(null);
    revalidateDecision(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.message.set({ key: 'permits.common.checkFields' });
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    this.api.decide(this.application().id, toDecideDto(this.form.getRawValue())).subscribe({
      next: (result) => {
        this.saving.set(false);
        this.decided.emit(result);
      },
      error: (err: unknown) => {
        this.saving.set(false);
        const error = toApiError(err);
        const split = splitDecisionErrors(error);
        if (split.blocking.length || split.checks) this.blocked.emit(split);
        const text = applyApiErrors(this.form, split.rest);
        if (text) this.message.set({ text });
        else if (split.blocking.length || split.checks) this.message.set({ key: 'permits.decide.blocked' });
        if (!split.blocking.length && !split.checks) focusFirstInvalid(this.host.nativeElement);
      },
    });
  }
}
