import { Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChildrenApi, LanguageService } from '@lotse/web/core';
import { ChildrenTableComponent, EmptyStateComponent, PageComponent } from '@lotse/web/ui';

/** All children's files of the office, paged. */
@Component({
  selector: 'lotse-advisor-children-page',
  imports: [MatButtonModule, MatPaginatorModule, TranslocoPipe, PageComponent, EmptyStateComponent, ChildrenTableComponent],
  template: `
    <lotse-page [title]="'advisor.children.title' | transloco" [loading]="children.isLoading()">
      @if (children.hasValue()) {
        @if (children.value().total === 0) {
          <lotse-empty-state
            icon="folder_open"
            [title]="'advisor.children.empty' | transloco"
            [text]="'advisor.children.emptyText' | transloco"
          />
        } @else {
          <lotse-children-table
            [children]="children.value().items"
            linkBase="/advisor/children"
            [caption]="'advisor.children.title' | transloco"
            [locale]="language.tag()"
          />
          <mat-paginator
            [length]="children.value().total"
            [pageIndex]="pageIndex()"
            [pageSize]="pageSize()"
            [pageSizeOptions]="[10, 25, 50, 100]"
            (page)="onPage($event)"
            data-testid="children-paginator"
          />
        }
      } @else if (children.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="children.reload()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      }
    </lotse-page>
  `,
})
export class AdvisorChildrenPage {
  private readonly api = inject(ChildrenApi);
  protected readonly language = inject(LanguageService);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);
  protected readonly query = computed(() => ({ page: this.pageIndex() + 1, pageSize: this.pageSize() }));
  protected readonly children = rxResource({ params: () => this.query(), stream: ({ params }) => this.api.list(params) });

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }
}
