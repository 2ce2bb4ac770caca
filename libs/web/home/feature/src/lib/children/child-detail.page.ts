import { Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChildrenApi, LanguageService, toApiError } from '@lotse/web/core';
import { EmptyStateComponent, LotseDatePipe, PageComponent } from '@lotse/web/ui';

/** A child's file (parents: their own child; advisors: any child of the office). */
@Component({
  selector: 'lotse-child-detail-page',
  imports: [MatButtonModule, MatCardModule, MatIconModule, RouterLink, TranslocoPipe, LotseDatePipe, PageComponent, EmptyStateComponent],
  template: `
    <lotse-page [title]="title() || ('children.detail.title' | transloco)" [loading]="child.isLoading()">
      <a lotsePageActions mat-button [routerLink]="backLink()" data-testid="back-link">
        <mat-icon aria-hidden="true" fontIcon="arrow_back" />
        {{ 'common.back' | transloco }}
      </a>
      @if (child.hasValue()) {
        <mat-card appearance="outlined" data-testid="child-detail">
          <mat-card-content>
            <dl class="data-list">
              <dt>{{ 'children.fields.firstName' | transloco }}</dt>
              <dd data-testid="child-detail-first-name">{{ child.value().firstName }}</dd>
              <dt>{{ 'children.fields.lastName' | transloco }}</dt>
              <dd data-testid="child-detail-last-name">{{ child.value().lastName }}</dd>
              <dt>{{ 'children.fields.dateOfBirth' | transloco }}</dt>
              <dd data-testid="child-detail-dob">{{ child.value().dateOfBirth | lotseDate: language.tag() }}</dd>
              <dt>{{ 'children.fields.notes' | transloco }}</dt>
              <dd class="notes" data-testid="child-detail-notes">{{ child.value().notes || ('children.detail.noNotes' | transloco) }}</dd>
              <dt>{{ 'children.columns.createdAt' | transloco }}</dt>
              <dd>{{ child.value().createdAt | lotseDate: language.tag() : 'dateTime' }}</dd>
            </dl>
          </mat-card-content>
        </mat-card>
      } @else if (child.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="errorKey() | transloco">
          @if (!notFound()) {
            <button mat-stroked-button type="button" (click)="child.reload()">{{ 'common.retry' | transloco }}</button>
          }
        </lotse-empty-state>
      }
    </lotse-page>
  `,
  styles: `
    .notes {
      white-space: pre-line;
    }
  `,
})
export class ChildDetailPage {
  private readonly api = inject(ChildrenApi);
  protected readonly language = inject(LanguageService);

  /** Route parameter `:id` (bound by the router). */
  readonly id = input.required<string>();
  /** From the route's `data`: where "back" leads (parent list or advisor list). */
  readonly backLink = input('/parent');

  protected readonly child = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly notFound = computed(() => {
    const status = this.child.error() ? toApiError(this.child.error()).statusCode : 0;
    return status === 400 || status === 403 || status === 404;
  });
  protected readonly errorKey = computed(() => (this.notFound() ? 'children.detail.notFound' : 'errors.loadFailed'));
  protected readonly title = computed(() =>
    this.child.hasValue() ? `${this.child.value().firstName} ${this.child.value().lastName}` : '',
  );
}
