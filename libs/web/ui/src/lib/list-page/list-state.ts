import { DestroyRef, computed, effect, inject, untracked, type Signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { ActivatedRoute, Router, type Params } from '@angular/router';
import { debounceTime, distinctUntilChanged } from 'rxjs';

/**
 * One field of a list's URL state: how it is read from the query (junk falls back to the
 * default) and written back (`undefined` = the default, left out of the URL).
 */
export interface ListField<T> {
  /** Name in the URL query when it differs from the state key (`ageFrom` for `ageFromMonths`). */
  readonly param?: string;
  /** Filters count for `filtered()` and are cleared by `reset()`; sort fields are not filters. */
  readonly filter: boolean;
  readonly defaultValue: T;
  parse(raw: unknown): T;
  serialize(value: T): string | string[] | undefined;
}

interface FieldOptions {
  param?: string;
  filter?: boolean;
}

const first = (v: unknown): string | null => (Array.isArray(v) ? first(v[0]) : typeof v === 'string' ? v : null);
const all = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v]).map(String);

function intIn(v: unknown, min: number, max: number): number | null {
  const s = first(v);
  if (s === null || !/^\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}

/** Field types of a list state spec. */
export const listField = {
  /** Free text (a search box): '' when absent, cut to `max`, written trimmed. */
  text(opts: FieldOptions & { max?: number } = {}): ListField<string> {
    const max = opts.max ?? 100;
    return {
      param: opts.param,
      filter: opts.filter ?? true,
      defaultValue: '',
      parse: (raw) => (first(raw) ?? '').slice(0, max),
      serialize: (v) => v.trim() || undefined,
    };
  },

  /** An optional word (district, month, assignee): trimmed, null when empty or not matching `pattern`. */
  optionalText(opts: FieldOptions & { max?: number; pattern?: RegExp } = {}): ListField<string | null> {
    const max = opts.max ?? 100;
    return {
      param: opts.param,
      filter: opts.filter ?? true,
      defaultValue: null,
      parse: (raw) => {
        const s = first(raw)?.trim().slice(0, max);
        return s && (!opts.pattern || opts.pattern.test(s)) ? s : null;
      },
      serialize: (v) => v ?? undefined,
    };
  },

  /** One of `values`; anything else is the default (null = "all"). */
  choice<V extends string, D extends V | null = null>(
    values: readonly V[],
    defaultValue: D = null as D,
    opts: FieldOptions = {},
  ): ListField<V | D> {
    return {
      param: opts.param,
      filter: opts.filter ?? true,
      defaultValue,
      parse: (raw) => {
        const s = first(raw);
        return (values as readonly string[]).includes(s ?? '') ? (s as V) : defaultValue;
      },
      serialize: (v) => (v === defaultValue || v === null ? undefined : v),
    };
  },

  /** Several of `values` (`status=a&status=b`); none (or only unknown ones) means `defaults`. */
  choices<V extends string>(values: readonly V[], defaults: readonly V[] = [], opts: FieldOptions = {}): ListField<V[]> {
    const isDefault = (v: readonly V[]) => v.length === defaults.length && v.every((x) => defaults.includes(x));
    return {
      param: opts.param,
      filter: opts.filter ?? true,
      defaultValue: [...defaults],
      parse: (raw) => {
        const picked = all(raw).filter((s): s is V => (values as readonly string[]).includes(s));
        return picked.length ? picked : [...defaults];
      },
      serialize: (v) => (isDefault(v) ? undefined : [...v]),
    };
  },

  /** A whole number within [min, max]; null when absent or out of range. */
  int(opts: FieldOptions & { min?: number; max: number }): ListField<number | null> {
    return {
      param: opts.param,
      filter: opts.filter ?? true,
      defaultValue: null,
      parse: (raw) => intIn(raw, opts.min ?? 0, opts.max),
      serialize: (v) => (v === null ? undefined : String(v)),
    };
  },

  /** A switch: `?name=true` or absent. */
  flag(opts: FieldOptions = {}): ListField<boolean> {
    return {
      param: opts.param,
      filter: opts.filter ?? true,
      defaultValue: false,
      parse: (raw) => first(raw) === 'true',
      serialize: (v) => (v ? 'true' : undefined),
    };
  },
};

export type ListFields<F> = { readonly [K in keyof F]: ListField<F[K]> };

/** What a list keeps in its URL query: its fields, plus `page` (1-based) and `pageSize`. */
export interface ListStateSpec<F> {
  readonly fields: ListFields<F>;
  /** Offered in the paginator; any other size in the URL falls back to `pageSize`. */
  readonly pageSizes?: readonly number[];
  readonly pageSize?: number;
}

export type ListValue<F> = F & { page: number; pageSize: number };

/** The parsed state of a spec constant: `type QueueState = ListValueOf<typeof QUEUE_STATE>`. */
export type ListValueOf<S> = S extends ListStateSpec<infer F> ? ListValue<F> : never;

export const LIST_PAGE_SIZES: readonly number[] = [10, 25, 50, 100];
const MAX_PAGE = 100_000;

function keys<F>(spec: ListStateSpec<F>): (keyof F & string)[] {
  return Object.keys(spec.fields) as (keyof F & string)[];
}

/** Reads a list's state from URL query params; unknown or malformed values fall back to the defaults. */
export function parseListState<F>(spec: ListStateSpec<F>, params: Params): ListValue<F> {
  const sizes = spec.pageSizes ?? LIST_PAGE_SIZES;
  const defaultSize = spec.pageSize ?? 25;
  const out = {} as Record<string, unknown>;
  for (const key of keys(spec)) {
    const field = spec.fields[key];
    out[key] = field.parse(params[field.param ?? key]);
  }
  const size = intIn(params['pageSize'], 1, 1000);
  out['page'] = intIn(params['page'], 1, MAX_PAGE) ?? 1;
  out['pageSize'] = size !== null && sizes.includes(size) ? size : defaultSize;
  return out as ListValue<F>;
}

/** The URL query for a state: only what differs from the defaults, so links stay short. */
export function listStateParams<F>(spec: ListStateSpec<F>, value: NoInfer<ListValue<F>>): Params {
  const out: Params = {};
  for (const key of keys(spec)) {
    const field = spec.fields[key];
    const v = field.serialize(value[key]);
    if (v !== undefined) out[field.param ?? key] = v;
  }
  if (value.page > 1) out['page'] = String(value.page);
  if (value.pageSize !== (spec.pageSize ?? 25)) out['pageSize'] = String(value.pageSize);
  return out;
}

/** True when any filter field (not sort, not page) differs from its default. */
export function listStateFiltered<F>(spec: ListStateSpec<F>, value: NoInfer<ListValue<F>>): boolean {
  return keys(spec).some((key) => spec.fields[key].filter && spec.fields[key].serialize(value[key]) !== undefined);
}

export interface ListNavigation {
  replaceUrl?: boolean;
}

/**
 * A list page's state, kept in the URL query (so a list is linkable and survives reload and
 * back/forward). Create it with {@link injectListState} in a component.
 */
export class ListState<F> {
  /** The parsed state: always valid, whatever the URL says. */
  readonly value: Signal<ListValue<F>>;
  /** Whether any filter is set (the empty state then offers "reset filters"). */
  readonly filtered: Signal<boolean>;
  readonly pageSizes: readonly number[];

  constructor(
    readonly spec: ListStateSpec<F>,
    params: Signal<Params>,
    private readonly navigate: (queryParams: Params, options: ListNavigation) => void,
  ) {
    this.pageSizes = spec.pageSizes ?? LIST_PAGE_SIZES;
    this.value = computed(() => parseListState(spec, params()));
    this.filtered = computed(() => listStateFiltered(spec, this.value()));
  }

  /** Changes fields; back to page 1 unless the patch names a page (the old page may not exist any more). */
  set(patch: Partial<ListValue<F>>, options: ListNavigation = {}): void {
    this.go({ ...this.value(), page: 1, ...patch }, options);
  }

  /** From a paginator: `pageIndex` is 0-based. */
  setPage(event: { pageIndex: number; pageSize: number }): void {
    this.go({ ...this.value(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  /** Clears the filters; the sort order and page size stay. */
  reset(): void {
    const next = { ...this.value(), page: 1 } as Record<string, unknown>;
    for (const key of keys(this.spec)) if (this.spec.fields[key].filter) next[key] = this.spec.fields[key].defaultValue;
    this.go(next as ListValue<F>);
  }

  /** Back to the defaults for everything (filters, sort, page size). */
  clear(): void {
    this.navigate({}, {});
  }

  /** The URL query for a state (defaults left out). */
  params(value: ListValue<F> = this.value()): Params {
    return listStateParams(this.spec, value);
  }

  private go(value: ListValue<F>, options: ListNavigation = {}): void {
    this.navigate(this.params(value), options);
  }
}

/** The list state of the current route: reads `ActivatedRoute.queryParams`, writes with `Router.navigate`. */
export function injectListState<F>(spec: ListStateSpec<F>): ListState<F> {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const params = toSignal(route.queryParams, { initialValue: {} as Params });
  return new ListState(spec, params, (queryParams, { replaceUrl }) => {
    void router.navigate([], { relativeTo: route, queryParams, replaceUrl });
  });
}

/**
 * A search box bound to a text field of the list state: follows the URL (also on back/forward)
 * and writes to it 350 ms after the last key stroke, replacing the history entry.
 */
export function injectListSearch<F, K extends keyof F & string>(state: ListState<F>, key: K): FormControl<string> {
  const control = new FormControl('', { nonNullable: true });
  effect(() => {
    const q = String(state.value()[key] ?? '');
    untracked(() => {
      if (control.value !== q) control.setValue(q, { emitEvent: false });
    });
  });
  control.valueChanges
    .pipe(debounceTime(350), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
    .subscribe((q) => state.set({ [key]: q } as Partial<ListValue<F>>, { replaceUrl: true }));
  return control;
}
