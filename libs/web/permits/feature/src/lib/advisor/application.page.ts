import { Component, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SuitabilityCheckDto } from '@lotse/shared/contracts';
import { LanguageService, Notifier, toApiError } from '@lotse/web/core';
import { CRITERION_VALUES, PermitsApi, type DecisionResult } from '@lotse/web/permits/data-access';
import { EmptyStateComponent, LotseDatePipe, PageComponent, StatusBadgeComponent } from '@lotse/web/ui';
import { fromBlockingItem, type SplitDecisionErrors } from '../shared/blocking';
import { BlockingListComponent } from '../shared/blocking-list.component';
import { applicationStatusBadge, isOpenApplication } from '../shared/presentation';
import { CheckFormComponent } from './check-form.component';
import { DecisionFormComponent } from './decision-form.component';

/**
 * One application (advisors): applicant, what still blocks the decision (prominent, with a link to
 * the childminder's file), recorded checks, the form for a home visit or interview, and the
 * decision. After a grant the page goes to the new permit.
 */
@Component({
  selector: 'lotse-application-page',
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
    CheckFormComponent,
    DecisionFormComponent,
  ],
  templateUrl: './application.page.html',
  styles: `
    section {
      margin: 0 0 32px;
    }
    .back {
      margin: 0 0 16px;
    }
    .checks {
      display: grid;
      gap: 16px;
    }
    .findings {
      width: 100%;
      border-collapse: collapse;
      margin: 8px 0;
    }
    .findings th,
    .findings td {
      padding: 6px 8px;
      text-align: left;
      vertical-align: top;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .check-title {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class ApplicationPage {
  private readonly api = inject(PermitsApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  protected readonly language = inject(LanguageService);

  /** Route parameter `:id` (bound by `withComponentInputBinding`). */
  readonly id = input.required<string>();

  protected readonly application = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.application(params) });
  protected readonly notFound = computed(() => {
    const err = this.application.error();
    return !!err && [400, 403, 404].includes(toApiError(err).statusCode);
  });

  /** The blocking list of the last refused decision (fresher than the loaded one) until the next reload. */
  protected readonly refused = signal<SplitDecisionErrors | null>(null);
  protected readonly panelMessage = computed(() => this.refused()?.message ?? null);
  protected readonly open = computed(() => this.application.hasValue() && isOpenApplication(this.application.value()));
  protected readonly blocking = computed(() => {
    const refused = this.refused();
    if (refused) return refused.blocking;
    return this.application.hasValue() ? this.application.value().blocking.map(fromBlockingItem) : [];
  });
  protected readonly homeVisitMissing = computed(
    () => this.application.hasValue() && !this.application.value().checks.some((c) => c.kind === 'home_visit'),
  );
  protected readonly criteria = CRITERION_VALUES;
  protected readonly decisionKey = computed(() => {
    const app = this.application.hasValue() ? this.application.value() : null;
    return app?.decision ? `permits.decisionResult.${app.decision}` : 'permits.applicationStatus.decided';
  });

  private readonly panel = viewChild('panel', { read: ElementRef });

  protected statusBadge() {
    return applicationStatusBadge(this.application.hasValue() ? this.application.value().status : '');
  }

  protected persons(check: SuitabilityCheckDto): string {
    return check.personsPresent.join(', ') || '–';
  }

  protected rooms(check: SuitabilityCheckDto): string {
    return check.roomsChecked.join(', ') || '–';
  }

  protected onRecorded(): void {
    this.refused.set(null);
    this.application.reload();
  }

  protected onBlocked(split: SplitDecisionErrors): void {
    this.refused.set(split);
    // Bring the list into view and move focus there, so nobody misses why nothing happened.
    setTimeout(() => {
      const el = this.panel()?.nativeElement as HTMLElement | undefined;
      el?.scrollIntoView({ block: 'start' });
      el?.querySelector<HTMLElement>('h2')?.focus();
    });
  }

  protected onDecided(result: DecisionResult): void {
    if (result.permit) {
      this.notifier.success(result.permit.status === 'draft' ? 'permits.decide.doneDraft' : 'permits.decide.doneGranted', {
        number: result.permit.number ?? '',
      });
      void this.router.navigate(['/advisor/permits', result.permit.id]);
    } else {
      this.notifier.success('permits.decide.doneRefused');
      this.refused.set(null);
      this.application.reload();
    }
  }
}
