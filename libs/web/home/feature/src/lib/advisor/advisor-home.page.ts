import { Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EvidenceRulesApi } from '@lotse/web/childminders/data-access';
import { StatusChipComponent } from '@lotse/web/childminders/ui';
import { ChildrenApi, LanguageService, SessionStore, TenantApi } from '@lotse/web/core';
import { EmptyStateComponent, LotseDatePipe, OfficeCardComponent, PageComponent } from '@lotse/web/ui';
import { forkJoin, map } from 'rxjs';

/**
 * Start page of the Fachberatung: expiring and expired evidence (the reminder worklist), the way
 * into the childminders' and children's files, and the office's data.
 */
@Component({
  selector: 'lotse-advisor-home-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    OfficeCardComponent,
    EmptyStateComponent,
    StatusChipComponent,
  ],
  template: `
    <lotse-page [title]="'advisor.title' | transloco" [subtitle]="'home.greeting' | transloco: { name: name() }" [loading]="loading()">
      <div class="card-grid">
        <mat-card appearance="outlined" data-testid="reminders-card">
          <mat-card-header>
            <mat-icon mat-card-avatar aria-hidden="true" fontIcon="notification_important" />
            <mat-card-title
              ><h2 class="card-heading">{{ 'advisor.reminders.title' | transloco }}</h2></mat-card-title
            >
            <mat-card-subtitle>{{ 'advisor.reminders.subtitle' | transloco }}</mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            @if (reminders.hasValue()) {
              @let r = reminders.value();
              <ul class="counts">
                <li data-testid="reminders-expired">
                  <lotse-status-chip kind="evidence" status="expired" />
                  <span class="count">{{ 'advisor.reminders.count' | transloco: { count: r.expired } }}</span>
                </li>
                <li data-testid="reminders-expiring">
                  <lotse-status-chip kind="evidence" status="expiring" />
                  <span class="count">{{ 'advisor.reminders.count' | transloco: { count: r.expiring } }}</span>
                </li>
              </ul>
              @if (r.next.length > 0) {
                <h3 class="list-heading">{{ 'advisor.reminders.next' | transloco }}</h3>
                <ul class="reminders">
                  @for (item of r.next; track item.evidenceItemId) {
                    <li data-testid="reminder-item">
                      <a [routerLink]="['/advisor/childminders', item.childminderId]">{{ item.childminderName }}</a>:
                      {{ 'evidence.types.' + item.type | transloco }}
                      @if (item.personName) {
                        ({{ item.personName }})
                      }
                      –
                      {{
                        (item.status === 'expired' ? 'advisor.reminders.expiredOn' : 'advisor.reminders.expiresOn')
                          | transloco: { date: (item.expiresOn | lotseDate: language.tag()) }
                      }}
                    </li>
                  }
                </ul>
              } @else {
                <p data-testid="reminders-none">{{ 'advisor.reminders.none' | transloco }}</p>
              }
            } @else if (reminders.error()) {
              <p>{{ 'errors.loadFailed' | transloco }}</p>
            }
          </mat-card-content>
          <mat-card-actions class="links">
            <a
              mat-button
              routerLink="/advisor/childminders"
              [queryParams]="{ expiringWithinDays: 90 }"
              data-testid="reminders-expiring-link"
            >
              {{ 'advisor.reminders.openExpiring' | transloco }}
            </a>
            <a
              mat-button
              routerLink="/advisor/childminders"
              [queryParams]="{ missingEvidence: 'true' }"
              data-testid="reminders-missing-link"
            >
              {{ 'advisor.reminders.openMissing' | transloco }}
            </a>
          </mat-card-actions>
        </mat-card>

        <mat-card appearance="outlined" data-testid="childminders-card">
          <mat-card-header>
            <mat-icon mat-card-avatar aria-hidden="true" fontIcon="diversity_3" />
            <mat-card-title
              ><h2 class="card-heading">{{ 'advisor.childmindersCard.title' | transloco }}</h2></mat-card-title
            >
          </mat-card-header>
          <mat-card-content>
            <p>{{ 'advisor.childmindersCard.text' | transloco }}</p>
          </mat-card-content>
          <mat-card-actions class="links">
            <a mat-button routerLink="/advisor/childminders" data-testid="childminders-link">{{
              'advisor.childmindersCard.open' | transloco
            }}</a>
            <a mat-button routerLink="/advisor/childminders/new" data-testid="childminders-create-link">{{
              'childminders.create.open' | transloco
            }}</a>
            <a mat-button routerLink="/advisor/permit-applications" data-testid="permit-applications-link">{{
              'nav.advisorPermitApplications' | transloco
            }}</a>
            <a mat-button routerLink="/advisor/permits" data-testid="permits-link">{{ 'nav.advisorPermits' | transloco }}</a>
          </mat-card-actions>
        </mat-card>

        <mat-card appearance="outlined" data-testid="children-card">
          <mat-card-header>
            <mat-icon mat-card-avatar aria-hidden="true" fontIcon="folder_shared" />
            <mat-card-title
              ><h2 class="card-heading">{{ 'advisor.childrenCard.title' | transloco }}</h2></mat-card-title
            >
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
  styles: `
    .counts,
    .reminders {
      margin: 0 0 12px;
      padding: 0;
      list-style: none;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .counts li {
      display: flex;
      align-items: center;
      gap: 12px;
    }
    .count {
      font: var(--mat-sys-title-medium);
    }
    .list-heading {
      margin: 8px 0;
      font: var(--mat-sys-title-small);
    }
    .links {
      flex-wrap: wrap;
    }
  `,
})
export class AdvisorHomePage {
  private readonly session = inject(SessionStore);
  private readonly tenantApi = inject(TenantApi);
  private readonly childrenApi = inject(ChildrenApi);
  private readonly rulesApi = inject(EvidenceRulesApi);
  protected readonly language = inject(LanguageService);

  protected readonly name = computed(() => this.session.user()?.displayName ?? '');
  protected readonly tenant = rxResource({ stream: () => this.tenantApi.get() });
  protected readonly childrenCount = rxResource({
    stream: () => this.childrenApi.list({ page: 1, pageSize: 1 }).pipe(map((page) => page.total)),
  });
  /** The reminder worklist: counts of expired and expiring current evidence, and the next five due. */
  protected readonly reminders = rxResource({
    stream: () =>
      forkJoin({
        expired: this.rulesApi.reminders({ status: 'expired', pageSize: 1 }).pipe(map((p) => p.total)),
        expiring: this.rulesApi.reminders({ status: 'expiring', pageSize: 1 }).pipe(map((p) => p.total)),
        next: this.rulesApi.reminders({ pageSize: 5 }).pipe(map((p) => p.items)),
      }),
  });
  protected readonly loading = computed(() => this.tenant.isLoading() || this.childrenCount.isLoading() || this.reminders.isLoading());
}
