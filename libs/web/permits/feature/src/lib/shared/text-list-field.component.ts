import { ENTER } from '@angular/cdk/keycodes';
import { Component, input, signal } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule, type MatChipInputEvent } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { addEntry, removeEntry, type EntryLimits, type EntryProblem } from './list-entries';
import { PermitFieldErrorPipe } from './permit-field-error.pipe';

/**
 * A list of short texts (persons present, rooms) as chips: type and press Enter (or leave the
 * field) to add, the chip's remove button (or Delete/Backspace on a chip) to remove. Optional
 * suggestions (e.g. the rooms seen on the home visit) are offered as buttons.
 */
@Component({
  selector: 'lotse-text-list-field',
  imports: [ReactiveFormsModule, MatButtonModule, MatChipsModule, MatFormFieldModule, MatIconModule, TranslocoPipe, PermitFieldErrorPipe],
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid #grid [formControl]="control()" [attr.aria-label]="label()">
        @for (entry of control().value; track entry) {
          <mat-chip-row [value]="entry" (removed)="remove($index)" [attr.data-testid]="testId() + '-chip'">
            {{ entry }}
            <button matChipRemove type="button" [attr.aria-label]="'permits.list.remove' | transloco: { entry: entry }">
              <mat-icon fontIcon="cancel" />
            </button>
          </mat-chip-row>
        }
      </mat-chip-grid>
      <!-- Outside the grid: a text field is not an allowed child of role="grid" (angular/components#28067). -->
      <input
        [matChipInputFor]="grid"
        [matChipInputSeparatorKeyCodes]="separators"
        [matChipInputAddOnBlur]="true"
        (matChipInputTokenEnd)="add($event)"
        [attr.data-testid]="testId()"
        autocomplete="off"
      />
      <mat-hint>{{ hint() ?? ('permits.list.hint' | transloco) }}</mat-hint>
      <mat-error>{{ control() | permitFieldError }}</mat-error>
    </mat-form-field>
    <p class="problem" aria-live="polite" [attr.data-testid]="testId() + '-problem'">
      @if (problem()) {
        {{ 'permits.list.problem.' + problem() | transloco: { max: limits().max, maxLength: limits().maxLength } }}
      }
    </p>
    @if (suggestions().length) {
      <div class="suggestions">
        <span class="secondary">{{ 'permits.list.suggestions' | transloco }}</span>
        @for (s of suggestions(); track s) {
          @if (!control().value.includes(s)) {
            <button mat-stroked-button type="button" (click)="addText(s)" [attr.data-testid]="testId() + '-suggestion'">
              <mat-icon aria-hidden="true" fontIcon="add" />
              {{ s }}
            </button>
          }
        }
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
    .problem {
      min-height: 1.25em;
      margin: 2px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-error);
    }
    .suggestions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin: 4px 0 8px;
    }
  `,
})
export class TextListFieldComponent {
  readonly control = input.required<FormControl<string[]>>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly limits = input.required<EntryLimits>();
  readonly suggestions = input<readonly string[]>([]);
  readonly testId = input.required<string>();

  protected readonly separators = [ENTER];
  protected readonly problem = signal<EntryProblem | null>(null);

  protected add(event: MatChipInputEvent): void {
    if (!event.value.trim()) {
      event.chipInput.clear();
      this.problem.set(null);
      return;
    }
    if (this.addText(event.value)) event.chipInput.clear();
  }

  protected addText(text: string): boolean {
    const control = this.control();
    const result = addEntry(control.value, text, this.limits());
    this.problem.set(result.problem);
    if (result.problem) return false;
    control.setValue(result.list);
    control.markAsDirty();
    return true;
  }

  protected remove(index: number): void {
    const control = this.control();
    control.setValue(removeEntry(control.value, index));
    control.markAsDirty();
    this.problem.set(null);
  }
}
