import { Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChildmindersApi } from '@lotse/web/childminders/data-access';
import { EvidenceSummaryComponent, StatusChipComponent } from '@lotse/web/childminders/ui';
import { LanguageService, SessionStore, TenantApi, UsersApi, toApiError } from '@lotse/web/core';
import { EmptyStateComponent, OfficeCardComponent, PageComponent } from '@lotse/web/ui';
import { forkJoin } from 'rxjs';

/**
 * Childminder portal: where she stands on the way to the permit (status, evidence summary, links to
 * profile, evidence and path), her contact data as the office sees it, and how to reach the office.
 */
@Component({
  selector: 'lotse-childminder-home-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
    PageComponent,
    OfficeCardComponent,
    EmptyStateComponent,
    EvidenceSummaryComponent,
    StatusChipComponent,
  ],
  template: `
    <lotse-page [title]="'childminder.title' | transloco" [subtitle]="'home.greeting' | transloco: { name: name() }" [loading]="loading()">
      <div class="card-grid">
        <mat-card appearance="outlined" data-testid="evidence-card">
          <mat-card-header>
            <mat-icon mat-card-avatar aria-hidden="true" fontIcon="checklist" />
            <mat-card-title
              ><h2 class="card-heading">{{ 'childminder.evidenceCard.title' | transloco }}</h2></mat-card-title
            >
            <mat-card-subtitle>{{ 'childminder.evidenceCard.subtitle' | transloco }}</mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            @if (file.hasValue()) {
              <p class="status-line">
                {{ 'childminder.path.current' | transloco }}
                <lotse-status-chip kind="childminder" [status]="file.value().path.status" testId="cm-status" />
              </p>
              <lotse-evidence-summary [summary]="file.value().checklist.summary" />
              <p class="complete" data-testid="evidence-complete">
                {{ (file.value().checklist.complete ? 'evidence.summary.complete' : 'evidence.summary.incomplete') | transloco }}
              </p>
            } @else if (noFile()) {
              <p data-testid="no-profile">{{ 'childminder.noProfileText' | transloco }}</p>
            } @else if (file.error()) {
              <p>{{ 'errors.loadFailed' | transloco }}</p>
            }
          </mat-card-content>
          @if (file.hasValue()) {
            <mat-card-actions class="links">
              <a mat-button routerLink="/childminder/evidence" data-testid="evidence-link">{{
                'childminder.evidence.title' | transloco
              }}</a>
              <a mat-button routerLink="/childminder/permit-path" data-testid="permit-path-link">{{
                'childminder.path.title' | transloco
              }}</a>
              <a mat-button routerLink="/childminder/permit" data-testid="permit-link">{{ 'nav.childminderPermit' | transloco }}</a>
              <a mat-button routerLink="/childminder/profile" data-testid="cm-profile-link">{{
                'childminder.profile.title' | transloco
              }}</a>
            </mat-card-actions>
          }
        </mat-card>

        @if (me.hasValue()) {
          <mat-card appearance="outlined" data-testid="contact-card">
            <mat-card-header>
              <mat-icon mat-card-avatar aria-hidden="true" fontIcon="badge" />
              <mat-card-title
                ><h2 class="card-heading">{{ 'childminder.contact.title' | transloco }}</h2></mat-card-title
              >
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
  styles: `
    .status-line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin: 0 0 12px;
    }
    .complete {
      margin: 12px 0 0;
    }
    .links {
      flex-wrap: wrap;
    }
  `,
})
export class ChildminderHomePage {
  private readonly session = inject(SessionStore);
  private readonly usersApi = inject(UsersApi);
  private readonly tenantApi = inject(TenantApi);
  private readonly childminders = inject(ChildmindersApi);
  protected readonly language = inject(LanguageService);

  protected readonly name = computed(() => this.session.user()?.displayName ?? '');
  protected readonly me = rxResource({ stream: () => this.usersApi.me() });
  protected readonly tenant = rxResource({ stream: () => this.tenantApi.get() });
  protected readonly file = rxResource({
    stream: () => forkJoin({ checklist: this.childminders.checklist('me'), path: this.childminders.path('me') }),
  });
  /** An account without a childminder file (e.g. created by an admin): the office sets it up. */
  protected readonly noFile = computed(() => !!this.file.error() && toApiError(this.file.error()).statusCode === 404);
  protected readonly loading = computed(() => this.me.isLoading() || this.tenant.isLoading() || this.file.isLoading());
}
