import { Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChildmindersApi, UPLOAD_MAX_BYTES } from '@lotse/web/childminders/data-access';
import { EvidenceSummaryComponent } from '@lotse/web/childminders/ui';
import { LanguageService, toApiError } from '@lotse/web/core';
import { EmptyStateComponent, PageComponent } from '@lotse/web/ui';
import { forkJoin } from 'rxjs';
import { EvidenceChecklistComponent } from '../shared/evidence-checklist.component';
import { formatBytes } from '../shared/file-picker';

/** "Meine Nachweise": the checklist with status, expiry and reason; record items and upload documents. */
@Component({
  selector: 'lotse-my-evidence-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
    PageComponent,
    EmptyStateComponent,
    EvidenceSummaryComponent,
    EvidenceChecklistComponent,
  ],
  template: `
    <lotse-page
      [title]="'childminder.evidence.title' | transloco"
      [subtitle]="'childminder.evidence.subtitle' | transloco"
      [loading]="data.isLoading()"
    >
      <a lotsePageActions mat-button routerLink="/childminder/permit-path" data-testid="permit-path-link">
        <mat-icon aria-hidden="true" fontIcon="route" />
        {{ 'childminder.path.title' | transloco }}
      </a>
      @if (data.hasValue()) {
        @let d = data.value();
        <section class="summary" aria-labelledby="evidence-summary-heading">
          <h2 id="evidence-summary-heading" class="section-title">{{ 'evidence.summary.title' | transloco }}</h2>
          <lotse-evidence-summary [summary]="d.checklist.summary" />
          <p class="complete" data-testid="evidence-complete" role="status">
            {{ (d.checklist.complete ? 'evidence.summary.complete' : 'evidence.summary.incomplete') | transloco }}
          </p>
          <p class="hint">{{ 'childminder.evidence.uploadHint' | transloco: { max: maxUpload() } }}</p>
        </section>
        <h2 class="section-title">{{ 'evidence.checklist.title' | transloco }}</h2>
        <lotse-evidence-checklist
          [checklist]="d.checklist"
          fileRef="me"
          viewer="childminder"
          [headingLevel]="3"
          [householdMembers]="d.profile.adultHouseholdMembers"
          (changed)="data.reload()"
        />
      } @else if (notFound()) {
        <lotse-empty-state
          icon="person_off"
          testId="empty-state"
          [title]="'childminder.noProfile' | transloco"
          [text]="'childminder.noProfileText' | transloco"
        />
      } @else if (data.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="data.reload()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      }
    </lotse-page>
  `,
  styles: `
    .summary {
      margin-bottom: 24px;
    }
    .section-title {
      margin: 0 0 12px;
      font: var(--mat-sys-title-large);
    }
    .complete {
      margin: 12px 0 4px;
      font: var(--mat-sys-body-large);
    }
    .hint {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MyEvidencePage {
  private readonly api = inject(ChildmindersApi);
  private readonly language = inject(LanguageService);

  protected readonly data = rxResource({ stream: () => forkJoin({ checklist: this.api.checklist('me'), profile: this.api.get('me') }) });
  protected readonly notFound = computed(() => !!this.data.error() && toApiError(this.data.error()).statusCode === 404);
  protected readonly maxUpload = computed(() => formatBytes(UPLOAD_MAX_BYTES, this.language.tag()));
}
