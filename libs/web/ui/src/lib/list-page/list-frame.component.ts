import { NgTemplateOutlet } from '@angular/common';
import { Component, Directive, TemplateRef, contentChild, inject, input, type Resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { EmptyStateComponent } from '../empty-state/empty-state.component';
import type { ListState } from './list-state';

/** The table of a list frame: `<ng-template lotseListTable let-items>…</ng-template>`, shown only when there are rows. */
@Directive({ selector: 'ng-template[lotseListTable]' })
export class ListTableDirective {
  readonly template = inject<TemplateRef<{ $implicit: readonly unknown[] }>>(TemplateRef);
}

/** One page of a list as the API returns it. */
export interface ListPageValue {
  items: readonly unknown[];
  total: number;
}

/** What the frame needs of a list resource (an `rxResource` of a `Page<T>`). */
export type ListResource = Resource<ListPageValue | undefined> & { reload(): boolean };

/** Transloco keys of a list frame's texts (the page's own scope or the generic `list.*` keys). */
export interface ListFrameTexts {
  /** The count line, with `{{ count }}`. */
  count: string;
  /** Accessible name of the scrollable table region (usually the page title). */
  label: string;
  /** Nothing at all yet. */
  empty: string;
  emptyText?: string;
  emptyIcon?: string;
  /** Nothing matches the filters (default `list.noMatches`). */
  noMatches?: string;
  noMatchesText?: string;
  /** The reset action of the "no matches" state (default `list.resetFilters`). */
  reset?: string;
}

/**
 * The frame of a list page, inside `<lotse-page>`: the filter bar (projected), a progress bar while
 * loading, the count line, the states (error with retry, empty, nothing matching the filters with
 * "reset filters"), the table (a template, rendered with the rows) and a paginator bound to the
 * list state in the URL. Test ids: `<testId>-count`, `<testId>-paginator`, `loading`,
 * `load-error`, `empty-state`.
 *
 * ```html
 * <lotse-list-frame [list]="list" [state]="state" [texts]="texts" testId="permits">
 *   <div lotseListFilters role="search" class="filter-bar">…</div>
 *   <a lotseListEmptyAction mat-stroked-button routerLink="…">…</a>
 *   <ng-template lotseListTable let-items><table mat-table [dataSource]="items">…</table></ng-template>
 * </lotse-list-frame>
 * ```
 */
@Component({
  selector: 'lotse-list-frame',
  host: { '[attr.aria-busy]': 'list().isLoading()' },
  imports: [NgTemplateOutlet, MatButtonModule, MatPaginatorModule, MatProgressBarModule, TranslocoPipe, EmptyStateComponent],
  template: `
    <ng-content select="[lotseListFilters]" />
    <div class="list-progress">
      @if (list().isLoading()) {
        <mat-progress-bar mode="indeterminate" data-testid="loading" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
    @let value = list().hasValue() ? list().value() : undefined;
    <p class="count" role="status" aria-live="polite" [attr.data-testid]="testId() + '-count'">
      @if (value) {
        {{ texts().count | transloco: { count: value.total } }}
      }
    </p>
    @if (value) {
      @if (value.total === 0) {
        @if (state().filtered()) {
          <lotse-empty-state
            icon="manage_search"
            [title]="texts().noMatches ?? 'list.noMatches' | transloco"
            [text]="texts().noMatchesText ?? 'list.noMatchesText' | transloco"
          >
            <button mat-stroked-button type="button" (click)="state().reset()" [attr.data-testid]="testId() + '-empty-reset'">
              {{ texts().reset ?? 'list.resetFilters' | transloco }}
            </button>
          </lotse-empty-state>
        } @else {
          <lotse-empty-state
            [icon]="texts().emptyIcon ?? 'inbox'"
            [title]="texts().empty | transloco"
            [text]="texts().emptyText ? (texts().emptyText! | transloco) : null"
          >
            <ng-content select="[lotseListEmptyAction]" />
          </lotse-empty-state>
        }
      } @else {
        <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="texts().label | transloco">
          @if (table(); as t) {
            <ng-container *ngTemplateOutlet="t.template; context: { $implicit: value.items }" />
          }
        </div>
        <mat-paginator
          [length]="value.total"
          [pageIndex]="state().value().page - 1"
          [pageSize]="state().value().pageSize"
          [pageSizeOptions]="state().pageSizes"
          (page)="state().setPage($event)"
          [attr.aria-label]="'list.paginator' | transloco"
          [attr.data-testid]="testId() + '-paginator'"
        />
      }
    } @else if (list().error()) {
      <lotse-empty-state icon="error" testId="load-error" role="alert" [title]="'errors.loadFailed' | transloco">
        <button mat-stroked-button type="button" (click)="list().reload()">{{ 'common.retry' | transloco }}</button>
      </lotse-empty-state>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .list-progress {
      height: 4px;
      margin-bottom: 4px;
    }
    .count {
      min-height: 1.5em;
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ListFrameComponent {
  readonly list = input.required<ListResource>();
  // The frame only reads the state and calls reset/setPage: any spec will do.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly state = input.required<ListState<any>>();
  readonly texts = input.required<ListFrameTexts>();
  /** Prefix of the count and paginator test ids. */
  readonly testId = input.required<string>();
  protected readonly table = contentChild(ListTableDirective);
}
