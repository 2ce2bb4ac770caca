import { Component, Injector, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, Notifier, SessionStore, toApiError } from '@lotse/web/core';
import { PERMIT_LIMITS, PermitsApi } from '@lotse/web/permits/data-access';
import { EmptyStateComponent, FormMessageComponent, PageComponent, openReasonDialog, type FormMessage } from '@lotse/web/ui';
import { PermitDetailsComponent } from '../shared/permit-details.component';
import { PermitDocumentComponent } from '../shared/permit-document.component';
import { PermitHistoryComponent } from '../shared/permit-history.component';
import { canApprove } from '../shared/presentation';
import { today } from '../shared/dates';

/**
 * One permit (advisors): all data, conditions, history, the document (preview, open, download),
 * four-eyes approval of a draft by a second advisor, and revocation with reason and date.
 */
@Component({
  selector: 'lotse-permit-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    FormMessageComponent,
    PermitDetailsComponent,
    PermitDocumentComponent,
    PermitHistoryComponent,
  ],
  template: `
    <lotse-page
      [title]="'permits.permit.title' | transloco: { number: permit.hasValue() ? (permit.value().number ?? '') : '' }"
      [subtitle]="permit.hasValue() ? permit.value().holderName : null"
      [loading]="permit.isLoading() || busy()"
    >
      @if (approvable()) {
        <button lotsePageActions mat-flat-button type="button" (click)="approve()" [disabled]="busy()" data-testid="permit-approve">
          <mat-icon aria-hidden="true" fontIcon="task_alt" />
          {{ 'permits.permit.approve' | transloco }}
        </button>
      }
      @if (revocable()) {
        <button lotsePageActions mat-stroked-button type="button" (click)="revoke()" [disabled]="busy()" data-testid="permit-revoke">
          <mat-icon aria-hidden="true" fontIcon="block" />
          {{ 'permits.permit.revoke' | transloco }}
        </button>
      }
      <p class="back">
        <a routerLink="/advisor/permits" data-testid="back-link">{{ 'permits.permit.back' | transloco }}</a>
      </p>
      <lotse-form-message [message]="message()" testId="permit-error" />

      @if (permit.hasValue()) {
        @let p = permit.value();
        @if (p.status === 'draft') {
          <p class="notice" role="status" data-testid="permit-four-eyes">
            <mat-icon aria-hidden="true" fontIcon="group" />
            {{ (approvable() ? 'permits.permit.fourEyesYou' : 'permits.permit.fourEyesOther') | transloco: { name: p.decidedBy ?? '' } }}
          </p>
        }
        <section aria-labelledby="data-heading">
          <h2 id="data-heading" class="section-title">{{ 'permits.permit.data' | transloco }}</h2>
          <lotse-permit-details [permit]="p" [showStaff]="true" />
          <p class="links">
            <a [routerLink]="['/advisor/childminders', p.childminderId]" data-testid="permit-file-link">{{
              'permits.permit.openFile' | transloco
            }}</a>
            @if (p.applicationId) {
              <a [routerLink]="['/advisor/permit-applications', p.applicationId]" data-testid="permit-application-link">{{
                'permits.permit.openApplication' | transloco
              }}</a>
            }
          </p>
        </section>
        <section aria-labelledby="pdf-heading" data-testid="permit-document">
          <h2 id="pdf-heading" class="section-title">{{ 'permits.pdf.title' | transloco }}</h2>
          <lotse-permit-document [permit]="p" [preview]="true" />
        </section>
        <section aria-labelledby="history-heading">
          <h2 id="history-heading" class="section-title">{{ 'permits.history.title' | transloco }}</h2>
          <lotse-permit-history [permits]="p.history" linkBase="/advisor/permits" />
        </section>
      } @else if (notFound()) {
        <lotse-empty-state icon="search_off" testId="load-error" [title]="'permits.permit.notFound' | transloco">
          <a mat-stroked-button routerLink="/advisor/permits">{{ 'permits.permit.back' | transloco }}</a>
        </lotse-empty-state>
      } @else if (permit.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="permit.reload()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      }
    </lotse-page>
  `,
  styles: `
    section {
      margin: 0 0 32px;
    }
    .back {
      margin: 0 0 16px;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
    }
    .notice {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-small);
      background: #fff0c7;
      color: #5c3f00;
    }
  `,
})
export class PermitPage {
  private readonly api = inject(PermitsApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly notifier = inject(Notifier);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  /** Route parameter `:id` (bound by `withComponentInputBinding`). */
  readonly id = input.required<string>();

  protected readonly permit = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.permit(params) });
  protected readonly notFound = computed(() => {
    const err = this.permit.error();
    return !!err && [400, 403, 404].includes(toApiError(err).statusCode);
  });
  protected readonly approvable = computed(() => this.permit.hasValue() && canApprove(this.permit.value(), this.session.user()));
  protected readonly revocable = computed(() => this.permit.hasValue() && this.permit.value().status === 'issued');
  protected readonly busy = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected approve(): void {
    this.message.set(null);
    this.busy.set(true);
    this.api.approve(this.id()).subscribe({
      next: (p) => {
        this.busy.set(false);
        this.notifier.success('permits.permit.approvedDone', { number: p.number ?? '' });
        this.permit.reload();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.message.set({ text: toApiError(err).message });
        this.permit.reload();
      },
    });
  }

  protected revoke(): void {
    if (!this.permit.hasValue()) return;
    this.message.set(null);
    const permit = this.permit.value();
    openReasonDialog(this.dialog, this.injector, {
      titleKey: 'permits.revoke.title',
      introKey: 'permits.revoke.intro',
      params: { number: permit.number ?? '', name: permit.holderName },
      reason: 'required',
      reasonLabelKey: 'permits.revoke.reason',
      maxLength: PERMIT_LIMITS.revokeReasonMaxLength,
      dateLabelKey: 'permits.revoke.effectiveOn',
      dateHintKey: 'permits.common.dateHint',
      dateDefault: today(),
      fieldMap: { effectiveOn: 'date' },
      submitKey: 'permits.revoke.submit',
      danger: true,
      testId: 'revoke',
      run: (reason, effectiveOn) => this.api.revoke(permit.id, { reason, effectiveOn: effectiveOn ?? '' }),
    }).subscribe((done) => {
      if (done) {
        this.notifier.success('permits.revoke.done');
        this.permit.reload();
      }
    });
  }
}
