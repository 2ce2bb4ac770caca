import { Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, SessionStore, TenantApi, UsersApi } from '@lotse/web/core';
import { EmptyStateComponent, OfficeCardComponent, PageComponent } from '@lotse/web/ui';

/** Childminder portal: own contact data as the office sees it, and how to reach the office. */
@Component({
  selector: 'lotse-childminder-home-page',
  imports: [MatButtonModule, MatCardModule, MatIconModule, RouterLink, TranslocoPipe, PageComponent, OfficeCardComponent, EmptyStateComponent],
  template: `
    <lotse-page
      [title]="'childminder.title' | transloco"
      [subtitle]="'home.greeting' | transloco: { name: name() }"
      [loading]="loading()"
    >
      <div class="card-grid">
        @if (me.hasValue()) {
          <mat-card appearance="outlined" data-testid="contact-card">
            <mat-card-header>
              <mat-icon mat-card-avatar aria-hidden="true" fontIcon="badge" />
              <mat-card-title><h2 class="card-heading">{{ 'childminder.contact.title' | transloco }}</h2></mat-card-title>
              <mat-card-subtitle>{{ 'childminder.contact.subtitle' | transloco }}</mat-card-subtitle>
            </mat-card-header>
            <mat-card-content>
              <dl class="data-list">
                <dt>{{ 'profile.name' | transloco }}</dt>
                <dd>{{ me.value().firstName }} {{ me.value().lastName }}</dd>
                <dt>{{ 'profile.email' | transloco }}</dt>
                <dd>{{ me.value().email }}</dd>
                <dt>{{ 'profile.phone' | transloco }}</dt>
                <dd>{{ me.value().phone || ('childminder.contact.noPhone' | transloco) }}</dd>
              </dl>
            </mat-card-content>
            <mat-card-actions>
              <a mat-button routerLink="/profile" data-testid="profile-link">{{ 'childminder.contact.edit' | transloco }}</a>
            </mat-card-actions>
          </mat-card>
        } @else if (me.error()) {
          <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
            <button mat-stroked-button type="button" (click)="me.reload()">{{ 'common.retry' | transloco }}</button>
          </lotse-empty-state>
        }

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
export class ChildminderHomePage {
  private readonly session = inject(SessionStore);
  private readonly usersApi = inject(UsersApi);
  private readonly tenantApi = inject(TenantApi);
  protected readonly language = inject(LanguageService);

  protected readonly name = computed(() => this.session.user()?.displayName ?? '');
  protected readonly me = rxResource({ stream: () => this.usersApi.me() });
  protected readonly tenant = rxResource({ stream: () => this.tenantApi.get() });
  protected readonly loading = computed(() => this.me.isLoading() || this.tenant.isLoading());
}
