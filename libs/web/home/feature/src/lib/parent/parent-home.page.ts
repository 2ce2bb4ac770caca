import { Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChildrenApi, LanguageService, SessionStore } from '@lotse/web/core';
import { ChildrenTableComponent, EmptyStateComponent, PageComponent } from '@lotse/web/ui';

/** Parent portal: "Meine Kinder". A family rarely has more than a handful: one page, no paginator. */
@Component({
  selector: 'lotse-parent-home-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, PageComponent, EmptyStateComponent, ChildrenTableComponent],
  template: `
    <lotse-page
      [title]="'parent.title' | transloco"
      [subtitle]="'home.greeting' | transloco: { name: name() }"
      [loading]="children.isLoading()"
    >
      <a lotsePageActions mat-flat-button routerLink="/parent/children/new" data-testid="child-add">
        <mat-icon aria-hidden="true" fontIcon="add" />
        {{ 'parent.addChild' | transloco }}
      </a>

      @if (children.hasValue()) {
        @if (children.value().items.length === 0) {
          <lotse-empty-state icon="child_care" [title]="'parent.empty' | transloco" [text]="'parent.emptyText' | transloco" />
        } @else {
          <lotse-children-table
            [children]="children.value().items"
            linkBase="/parent/children"
            [caption]="'parent.title' | transloco"
            [locale]="language.tag()"
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
export class ParentHomePage {
  private readonly session = inject(SessionStore);
  private readonly api = inject(ChildrenApi);
  protected readonly language = inject(LanguageService);

  protected readonly name = computed(() => this.session.user()?.displayName ?? '');
  protected readonly children = rxResource({ stream: () => this.api.list({ page: 1, pageSize: 100 }) });
}
