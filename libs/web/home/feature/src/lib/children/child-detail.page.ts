import { Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MeaslesProofStatus } from '@lotse/shared/contracts';
import { ChildrenApi, LanguageService, Notifier, SessionStore, toApiError } from '@lotse/web/core';
import { CareRequestsApi } from '@lotse/web/placements/data-access';
import { EmptyStateComponent, LotseDatePipe, PageComponent, StatusBadgeComponent, type StatusBadge } from '@lotse/web/ui';

const MEASLES_BADGES: Record<MeaslesProofStatus, StatusBadge> = {
  missing: { icon: 'error', labelKey: 'children.measles.status.missing', tone: 'missing' },
  declared: { icon: 'pending_actions', labelKey: 'children.measles.status.declared', tone: 'warning' },
  recorded: { icon: 'verified', labelKey: 'children.measles.status.recorded', tone: 'success' },
};

/** A child's file (parents: their own child; advisors: any child of the office). */
@Component({
  selector: 'lotse-child-detail-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    EmptyStateComponent,
    StatusBadgeComponent,
  ],
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
        <mat-card appearance="outlined" class="measles" data-testid="child-measles">
          <mat-card-header>
            <mat-card-title
              ><h2 class="card-heading">{{ 'children.measles.title' | transloco }}</h2></mat-card-title
            >
            <mat-card-subtitle>
              <lotse-status-badge [badge]="measlesBadge()" [status]="child.value().measlesProof" testId="child-measles-status" />
            </mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            <p>{{ 'children.measles.intro' | transloco }}</p>
            @if (child.value().measlesProofRecordedAt) {
              <p>
                {{
                  'children.measles.recordedAt' | transloco: { date: (child.value().measlesProofRecordedAt | lotseDate: language.tag()) }
                }}
              </p>
            }
          </mat-card-content>
          <mat-card-actions align="end">
            @if (isStaff()) {
              @if (child.value().measlesProof !== 'recorded') {
                <button
                  mat-flat-button
                  type="button"
                  [disabled]="saving()"
                  (click)="setMeasles('recorded')"
                  data-testid="child-measles-record"
                >
                  {{ 'children.measles.record' | transloco }}
                </button>
              }
            } @else if (child.value().measlesProof === 'missing') {
              <button
                mat-flat-button
                type="button"
                [disabled]="saving()"
                (click)="setMeasles('declared')"
                data-testid="child-measles-declare"
              >
                {{ 'children.measles.declare' | transloco }}
              </button>
            } @else if (child.value().measlesProof === 'declared') {
              <button mat-button type="button" [disabled]="saving()" (click)="setMeasles('missing')" data-testid="child-measles-undo">
                {{ 'children.measles.undo' | transloco }}
              </button>
            }
          </mat-card-actions>
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
    .measles {
      margin-top: 16px;
    }
    .notes {
      white-space: pre-line;
    }
  `,
})
export class ChildDetailPage {
  private readonly api = inject(ChildrenApi);
  private readonly care = inject(CareRequestsApi);
  private readonly session = inject(SessionStore);
  private readonly notifier = inject(Notifier);
  protected readonly language = inject(LanguageService);
  protected readonly saving = signal(false);
  protected readonly isStaff = computed(() => this.session.user()?.role === 'advisor' || this.session.user()?.role === 'admin');

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
  protected readonly measlesBadge = computed(() => MEASLES_BADGES[this.child.value()?.measlesProof ?? 'missing'] ?? MEASLES_BADGES.missing);

  /** Parents declare the proof (or take the declaration back); staff record it as seen (§20 Abs. 8 IfSG). */
  protected setMeasles(status: MeaslesProofStatus): void {
    const c = this.child.value();
    if (!c) return;
    this.saving.set(true);
    this.care.measlesProof(c.id, status, c.version).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.child.set(updated);
        this.notifier.success('children.measles.saved');
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.notifier.error('children.measles.failed', { message: toApiError(err).message });
        this.child.reload();
      },
    });
  }

  protected readonly title = computed(() =>
    this.child.hasValue() ? `${this.child.value().firstName} ${this.child.value().lastName}` : '',
  );
}
