import { Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChildrenApi, LanguageService, SessionStore, TenantApi } from '@lotse/web/core';
import { EmptyStateComponent, OfficeCardComponent, PageComponent } from '@lotse/web/ui';
import { map } from 'rxjs';

/** Start page of the Fachberatung: the office's data and the way into the children's files. */
@Component({
  selector: 'lotse-advisor-home-page',
  imports: [MatButtonModule, MatCardModule, MatIconModule, RouterLink, TranslocoPipe, PageComponent, OfficeCardComponent, EmptyStateComponent],
  template: `
    <lotse-page
      [title]="'advisor.title' | transloco"
      [subtitle]="'home.greeting' | transloco: { name: name() }"
      [loading]="loading()"
    >
      <div class="card-grid">
        <mat-card appearance="outlined" data-testid="children-card">
          <mat-card-header>
            <mat-icon mat-card-avatar aria-hidden="true" fontIcon="folder_shared" />
            <mat-card-title><h2 class="card-heading">{{ 'advisor.childrenCard.title' | transloco }}</h2></mat-card-title>
          </mat-card-header>
          <mat-card-content>
            @if (childrenCount.hasValue()) {
              <p class="count" data-testid="children-count">
                {{ 'advisor.childrenCard.count' | transloco: { count: childrenCount.value() } }}
              </p>
            } @else if (childrenCount.error()) {
              <p>{{ 'errors.loadFailed' | transloco }}</p>
            }
          </mat-card-content>
          <mat-card-actions>
            <a mat-button routerLink="/advisor/children" data-testid="children-link">{{ 'advisor.childrenCard.open' | transloco }}</a>
          </mat-card-actions>
        </mat-card>

        @if (tenant.hasValue()) {
          <lotse-office-card [office]="tenant.value().office" [locale]="language.tag()" />
        } @else if (tenant.error()) {
          <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
            <button mat-stroked-button type="button" (click)="tenant.reload()">{{ 'common.retry' | transloco }}</button>
          </lotse-empty-state>
        }
      </div>
    </lotse-page>
  `,
})
export class AdvisorHomePage {
  private readonly session = inject(SessionStore);
  private readonly tenantApi = inject(TenantApi);
  private readonly childrenApi = inject(ChildrenApi);
  protected readonly language = inject(LanguageService);

  protected readonly name = computed(() => this.session.user()?.displayName ?? '');
  protected readonly tenant = rxResource({ stream: () => this.tenantApi.get() });
  protected readonly childrenCount = rxResource({
    stream: () => this.childrenApi.list({ page: 1, pageSize: 1 }).pipe(map((page) => page.total)),
  });
  protected readonly loading = computed(() => this.tenant.isLoading() || this.childrenCount.isLoading());
}
