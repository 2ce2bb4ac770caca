import { Component, Injector, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { PartnerCategory, PartnerServiceDto, ReferralTopic } from '@lotse/shared/contracts';
import { PARTNER_CATEGORIES, REFERRAL_TOPICS } from '@lotse/shared/contracts/values';
import { Notifier, SessionStore, toApiError } from '@lotse/web/core';
import { ReferralsApi } from '@lotse/web/referrals/data-access';
import { EmptyStateComponent, PageComponent } from '@lotse/web/ui';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { PartnerContactComponent } from '../shared/partner-contact.component';
import { PartnerDialog } from './partner.dialog';

/**
 * "Wegweiser": the office's partner services, searchable by text and kind. Staff record a
 * referral in two clicks — "Weitervermittelt" on the partner, then the topic — or, when no
 * particular partner was named, with the kind of service in the panel on top. The coordinator
 * (admin) adds, changes and deactivates partners here.
 */
@Component({
  selector: 'lotse-referral-directory-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    PartnerContactComponent,
  ],
  template: `
    <lotse-page
      [title]="'referrals.directory.title' | transloco"
      [subtitle]="'referrals.directory.subtitle' | transloco"
      [loading]="list.isLoading()"
    >
      <a lotsePageActions mat-stroked-button routerLink="figures" data-testid="directory-figures">
        <mat-icon aria-hidden="true" fontIcon="bar_chart" />
        {{ 'referrals.directory.toFigures' | transloco }}
      </a>
      @if (isAdmin()) {
        <button lotsePageActions mat-flat-button type="button" (click)="edit(null)" data-testid="partner-new">
          <mat-icon aria-hidden="true" fontIcon="add" />
          {{ 'referrals.directory.new' | transloco }}
        </button>
      }

      <section class="quick" aria-labelledby="quick-heading" data-testid="quick-referral">
        <h2 id="quick-heading" class="section-heading">{{ 'referrals.quick.title' | transloco }}</h2>
        <p class="hint">{{ 'referrals.quick.text' | transloco }}</p>
        <div class="quick-row">
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'referrals.quick.category' | transloco }}</mat-label>
            <mat-select [formControl]="quickCategory" data-testid="quick-category">
              @for (c of categories; track c) {
                <mat-option [value]="c">{{ 'referrals.categories.' + c | transloco }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <button mat-stroked-button type="button" [matMenuTriggerFor]="quickTopics" [disabled]="!quickValue()" data-testid="quick-refer">
            <mat-icon aria-hidden="true" fontIcon="call_made" />
            {{ 'referrals.refer' | transloco }}
          </button>
          <mat-menu #quickTopics="matMenu" [attr.aria-label]="'referrals.topicMenu' | transloco">
            @for (t of topics; track t) {
              <button mat-menu-item type="button" (click)="recordCategory(t)" [attr.data-topic]="t">
                {{ 'referrals.topics.' + t | transloco }}
              </button>
            }
          </mat-menu>
        </div>
      </section>

      <div class="filters" role="search" [attr.aria-label]="'referrals.directory.search' | transloco">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'referrals.directory.search' | transloco }}</mat-label>
          <mat-icon matPrefix aria-hidden="true" fontIcon="search" />
          <input matInput type="search" [formControl]="search" autocomplete="off" data-testid="directory-search" />
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'referrals.directory.category' | transloco }}</mat-label>
          <mat-select [formControl]="category" data-testid="directory-category">
            <mat-option [value]="null">{{ 'referrals.directory.allCategories' | transloco }}</mat-option>
            @for (c of categories; track c) {
              <mat-option [value]="c">{{ 'referrals.categories.' + c | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        @if (isAdmin()) {
          <mat-checkbox [formControl]="inactive" data-testid="directory-inactive">{{
            'referrals.directory.showInactive' | transloco
          }}</mat-checkbox>
        }
      </div>

      @if (list.hasValue()) {
        <p class="count" aria-live="polite" data-testid="directory-count">
          {{ 'referrals.directory.count' | transloco: { count: list.value().length } }}
        </p>
        <div class="card-grid">
          @for (p of list.value(); track p.id) {
            <mat-card appearance="outlined" data-testid="partner-card" [attr.data-name]="p.name" [class.inactive]="!p.active">
              <mat-card-header>
                <mat-card-title
                  ><h2 class="card-heading">{{ p.name }}</h2></mat-card-title
                >
                <mat-card-subtitle>
                  {{ 'referrals.categories.' + p.category | transloco }}
                  @if (!p.active) {
                    · <span class="inactive-badge" data-testid="partner-inactive">{{ 'referrals.directory.inactive' | transloco }}</span>
                  }
                </mat-card-subtitle>
              </mat-card-header>
              <mat-card-content>
                <p class="offer">{{ p.offer }}</p>
                <lotse-partner-contact [partner]="p" />
              </mat-card-content>
              <mat-card-actions align="end">
                @if (isAdmin()) {
                  <button
                    mat-button
                    type="button"
                    (click)="edit(p)"
                    data-testid="partner-edit"
                    [attr.aria-label]="'referrals.directory.editFor' | transloco: { name: p.name }"
                  >
                    {{ 'referrals.directory.edit' | transloco }}
                  </button>
                }
                @if (p.active) {
                  <button
                    mat-flat-button
                    type="button"
                    [matMenuTriggerFor]="topicMenu"
                    [matMenuTriggerData]="{ partner: p }"
                    data-testid="partner-refer"
                    [attr.aria-label]="'referrals.referTo' | transloco: { name: p.name }"
                  >
                    <mat-icon aria-hidden="true" fontIcon="call_made" />
                    {{ 'referrals.refer' | transloco }}
                  </button>
                }
              </mat-card-actions>
            </mat-card>
          } @empty {
            <lotse-empty-state
              icon="signpost"
              testId="directory-empty"
              [title]="'referrals.directory.empty' | transloco"
              [text]="'referrals.directory.emptyText' | transloco"
            />
          }
        </div>
      } @else if (list.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="list.reload()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      }
      <mat-menu #topicMenu="matMenu" [attr.aria-label]="'referrals.topicMenu' | transloco">
        <ng-template matMenuContent let-partner="partner">
          @for (t of topics; track t) {
            <button mat-menu-item type="button" (click)="recordPartner(partner, t)" [attr.data-topic]="t">
              {{ 'referrals.topics.' + t | transloco }}
            </button>
          }
        </ng-template>
      </mat-menu>
    </lotse-page>
  `,
  styles: `
    .quick {
      padding: 12px 16px;
      margin-block-end: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .quick-row,
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: center;
    }
    .filters {
      margin-block-end: 8px;
    }
    .section-heading {
      font: var(--mat-sys-title-medium);
      margin: 0;
    }
    .hint,
    .count {
      color: var(--mat-sys-on-surface-variant);
      margin: 4px 0 12px;
    }
    .offer {
      margin-block: 8px 12px;
    }
    .card-heading {
      font: inherit;
      margin: 0;
    }
    .inactive {
      opacity: 0.85;
    }
    .inactive-badge {
      font-weight: 600;
    }
  `,
})
export class ReferralDirectoryPage {
  private readonly api = inject(ReferralsApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  private readonly session = inject(SessionStore);
  protected readonly isAdmin = computed(() => this.session.role() === 'admin');
  protected readonly categories = PARTNER_CATEGORIES;
  protected readonly topics = REFERRAL_TOPICS;
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly category = new FormControl<PartnerCategory | null>(null);
  protected readonly inactive = new FormControl(false, { nonNullable: true });
  protected readonly quickCategory = new FormControl<PartnerCategory | null>(null);
  protected readonly quickValue = toSignal(this.quickCategory.valueChanges, { initialValue: null });
  private readonly searchText = toSignal(
    this.search.valueChanges.pipe(
      debounceTime(250),
      map((v) => v.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );
  private readonly categoryValue = toSignal(this.category.valueChanges, { initialValue: null });
  private readonly inactiveValue = toSignal(this.inactive.valueChanges, { initialValue: false });
  private readonly reloads = signal(0);
  protected readonly list = rxResource({
    params: () => ({ q: this.searchText(), category: this.categoryValue(), includeInactive: this.inactiveValue(), n: this.reloads() }),
    stream: ({ params }) => this.api.partners(params),
  });

  protected edit(p: PartnerServiceDto | null): void {
    this.dialog
      .open<PartnerDialog, PartnerServiceDto | null, boolean>(PartnerDialog, {
        data: p,
        injector: this.injector,
        width: '720px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((done) => {
        if (done) {
          this.notifier.success('referrals.directory.saved');
          this.reloads.update((n) => n + 1);
        }
      });
  }

  protected recordPartner(p: PartnerServiceDto, topic: ReferralTopic): void {
    this.record({ partnerServiceId: p.id, topic }, p.name);
  }

  protected recordCategory(topic: ReferralTopic): void {
    const category = this.quickCategory.value;
    if (!category) return;
    this.record({ category, topic }, this.transloco.translate(`referrals.categories.${category}`));
  }

  private record(body: { partnerServiceId?: string; category?: PartnerCategory; topic: ReferralTopic }, target: string): void {
    this.api.record(body).subscribe({
      next: () =>
        this.notifier.success('referrals.recorded', { target, topic: this.transloco.translate(`referrals.topics.${body.topic}`) }),
      error: (err: unknown) => {
        this.notifier.error('referrals.recordFailed', { message: toApiError(err).message });
        this.reloads.update((n) => n + 1);
      },
    });
  }
}
