import { Component, Injector, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { PermitApplicationDto } from '@lotse/shared/contracts';
import { LanguageService, Notifier, toApiError } from '@lotse/web/core';
import { PERMIT_LIMITS, PermitsApi } from '@lotse/web/permits/data-access';
import { EmptyStateComponent, LotseDatePipe, PageComponent, StatusBadgeComponent, openReasonDialog } from '@lotse/web/ui';
import { forkJoin } from 'rxjs';
import { fromBlockingItem } from '../shared/blocking';
import { BlockingListComponent } from '../shared/blocking-list.component';
import { PermitDetailsComponent } from '../shared/permit-details.component';
import { PermitDocumentComponent } from '../shared/permit-document.component';
import { PermitHistoryComponent } from '../shared/permit-history.component';
import { applicationStatusBadge, grantedNotIssued, isOpenApplication, splitCurrent } from '../shared/presentation';
import { ApplyFormComponent } from './apply-form.component';
import { applicableKinds } from './apply-form';

/**
 * "Meine Pflegeerlaubnis": the holder's permit (status, number, validity, children, conditions,
 * PDF) and its history; without a permit the application form; open applications with what still
 * blocks the decision, item by item; an open application can be withdrawn (confirm dialog).
 */
@Component({
  selector: 'lotse-my-permit-page',
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
    BlockingListComponent,
    PermitDetailsComponent,
    PermitDocumentComponent,
    PermitHistoryComponent,
    ApplyFormComponent,
  ],
  templateUrl: './my-permit.page.html',
  styles: `
    section {
      margin: 0 0 32px;
    }
    .section-title {
      margin-bottom: 12px;
    }
    .sub-title {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .application + .application {
      margin-top: 16px;
    }
    .status-line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      margin: 0 0 12px;
    }
  `,
})
export class MyPermitPage {
  private readonly api = inject(PermitsApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  protected readonly data = rxResource({
    stream: () => forkJoin({ permits: this.api.myPermits(), applications: this.api.myApplications() }),
  });
  /** No childminder file for this account (created by an admin): the office sets it up first. */
  protected readonly noFile = computed(() => !!this.data.error() && toApiError(this.data.error()).statusCode === 404);

  protected readonly split = computed(() => splitCurrent(this.data.hasValue() ? this.data.value().permits : []));
  protected readonly open = computed(() => (this.data.hasValue() ? this.data.value().applications.filter(isOpenApplication) : []));
  protected readonly closed = computed(() =>
    this.data.hasValue() ? this.data.value().applications.filter((a) => !isOpenApplication(a)) : [],
  );
  protected readonly kinds = computed(() => applicableKinds(this.data.hasValue() ? this.data.value().permits : []));
  protected readonly hasIssued = computed(() => this.split().current?.status === 'issued');
  /** With a valid permit, the form for a renewal or an amendment opens on request. */
  protected readonly laterFormOpen = signal(false);
  /**
   * Granted, but not issued yet (four eyes: a second advisor still approves): the permit is not
   * visible to the holder before it is issued, and a new application makes no sense meanwhile.
   */
  protected readonly awaitingIssue = computed(
    () => this.data.hasValue() && grantedNotIssued(this.data.value().applications, this.data.value().permits),
  );
  protected readonly showForm = computed(
    () => this.data.hasValue() && this.open().length === 0 && !this.awaitingIssue() && (!this.hasIssued() || this.laterFormOpen()),
  );

  protected blocking(app: PermitApplicationDto) {
    return app.blocking.map(fromBlockingItem);
  }

  protected appBadge(app: PermitApplicationDto) {
    return applicationStatusBadge(app.status);
  }

  protected applied(): void {
    this.laterFormOpen.set(false);
    this.data.reload();
  }

  protected withdraw(app: PermitApplicationDto): void {
    openReasonDialog(this.dialog, this.injector, {
      titleKey: 'permits.withdraw.title',
      introKey: 'permits.withdraw.intro',
      params: { kind: this.transloco.translate(`permits.kind.${app.kind}`) },
      reason: 'optional',
      reasonLabelKey: 'permits.withdraw.reason',
      reasonHintKey: 'permits.withdraw.reasonHint',
      maxLength: PERMIT_LIMITS.withdrawReasonMaxLength,
      submitKey: 'permits.withdraw.submit',
      danger: true,
      testId: 'withdraw',
      run: (reason) => this.api.withdraw(app.id, { ...(reason ? { reason } : {}), version: app.version }),
    }).subscribe((done) => {
      if (done) {
        this.notifier.success('permits.withdraw.done');
        this.data.reload();
      }
    });
  }
}
