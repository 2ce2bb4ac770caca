import { Component, booleanAttribute, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';

/** How an option reads: a Transloco key (with parameters) or a text shown as it is (a district, a name). */
export type FilterOptionLabel = { key: string; params?: Record<string, unknown> } | { text: string };

/** An option with its own label: `{ value: 'true', key: 'inquiries.queue.overdueOnly' }`, `{ value: id, text: name }`. */
export type FilterOption<V> = { value: V } & FilterOptionLabel;

/** How plain option values are labelled: a key prefix (`'x.status.'` + value) or a function. */
export type FilterOptionLabeller<V> = string | ((value: V) => FilterOptionLabel);

type FilterValue = string | number;

interface ShownOption<V> {
  value: V;
  key: string | null;
  params: Record<string, unknown> | undefined;
  text: string;
}

/** mat-select shows `null` as "nothing selected"; this option value stands for "no filter" and cannot clash with a real one. */
const ALL = Object.freeze({ all: true });

function shown<V extends FilterValue>(option: V | FilterOption<V>, labeller: FilterOptionLabeller<V> | null): ShownOption<V> {
  const value = typeof option === 'object' ? option.value : option;
  const label: FilterOptionLabel =
    typeof option === 'object'
      ? option
      : typeof labeller === 'string'
        ? { key: labeller + option }
        : labeller
          ? labeller(option)
          : { text: String(option) };
  return 'key' in label
    ? { value, key: label.key, params: label.params, text: '' }
    : { value, key: null, params: undefined, text: label.text };
}

/**
 * One select of a list's filter bar: a labelled `mat-select` in a `mat-form-field` (keyboard and
 * labels as Material gives them), either `multiple` (the value is an array) or single, optionally
 * with an "all" option (`all` = its text key) that stands for `null`. Bind it to the list state:
 *
 * ```html
 * <lotse-filter-select label="x.queue.status" [options]="statuses" optionLabel="x.status." multiple
 *   [value]="s.status" (valueChange)="state.set({ status: $event })" testId="x-status" />
 * <lotse-filter-select label="x.queue.service" [options]="services" optionLabel="x.services." all="x.queue.all"
 *   [value]="s.service" (valueChange)="state.set({ service: $event })" testId="x-service" optionTestId="x-service-" />
 * ```
 *
 * Options are values (labelled by `optionLabel`: a key prefix or a function; without it the value is
 * shown as it is) or `{ value, key, params? }` / `{ value, text }`. `testId` goes on the select;
 * with `optionTestId` every option gets `<optionTestId><value>` (the "all" option `<optionTestId>all`).
 * `valueChange` emits the type of `value` (`null` for "all").
 */
@Component({
  selector: 'lotse-filter-select',
  imports: [MatFormFieldModule, MatSelectModule, TranslocoPipe],
  template: `
    <mat-form-field>
      <mat-label>{{ label() | transloco }}</mat-label>
      <mat-select [multiple]="multiple()" [value]="selected()" (valueChange)="choose($event)" [attr.data-testid]="testId()">
        @let prefix = optionTestId();
        @if (allOption(); as allKey) {
          <mat-option [value]="ALL" [attr.data-testid]="prefix === null ? null : prefix + 'all'">{{ allKey | transloco }}</mat-option>
        }
        @for (o of shownOptions(); track o.value) {
          <mat-option [value]="o.value" [attr.data-testid]="prefix === null ? null : prefix + o.value">{{
            o.key === null ? o.text : (o.key | transloco: o.params)
          }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class FilterSelectComponent<V extends FilterValue, T extends V | null | readonly V[]> {
  /** Transloco key of the field's label. */
  readonly label = input.required<string>();
  readonly options = input.required<readonly (V | FilterOption<V>)[]>();
  readonly optionLabel = input<FilterOptionLabeller<V> | null>(null);
  /** Several values at once (the value is an array); no "all" option then. */
  readonly multiple = input(false, { transform: booleanAttribute });
  /** Transloco key of the first option, "all", which stands for `null` (single selects only). */
  readonly all = input<string | null>(null);
  readonly value = input.required<T>();
  readonly testId = input.required<string>();
  readonly optionTestId = input<string | null>(null);
  readonly valueChange = output<T>();

  protected readonly ALL = ALL;
  protected readonly allOption = computed(() => (this.multiple() ? null : this.all()));
  protected readonly shownOptions = computed(() => this.options().map((o) => shown(o, this.optionLabel())));
  protected readonly selected = computed(() => {
    const value = this.value();
    return value === null && this.allOption() !== null ? ALL : value;
  });

  protected choose(value: unknown): void {
    this.valueChange.emit((value === ALL ? null : value) as T);
  }
}
