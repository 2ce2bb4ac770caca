import { Component, Injector, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { VacancyDto } from '@lotse/shared/contracts';
import { LanguageService, Notifier, toApiError } from '@lotse/web/core';
import { MatchingApi } from '@lotse/web/placements/data-access';
import { EmptyStateComponent, LotseDatePipe, PageComponent, StatusBadgeComponent } from '@lotse/web/ui';
import { scheduleText, vacancyStateBadge } from '../shared/presentation';
import { openReasonDialog } from '../shared/reason.dialog';
import { VacancyDialog } from './vacancy.dialog';

/** Childminder portal: "Freie Plätze": report, change, confirm ("Noch frei") and withdraw free places. */
@Component({
  selector: 'lotse-vacancies-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    EmptyStateComponent,
    StatusBadgeComponent,
  ],
  template: `
    <lotse-page
      [title]="'placements.vacancies.title' | transloco"
      [subtitle]="'placements.vacancies.subtitle' | transloco"
      [loading]="list.isLoading()"
    >
      <button lotsePageActions mat-flat-button type="button" (click)="edit(null)" data-testid="vacancy-new">
        <mat-icon aria-hidden="true" fontIcon="add" />
        {{ 'placements.vacancies.new' | transloco }}
      </button>
      @if (list.hasValue()) {
        <div class="card-grid">
          @for (v of list.value().items; track v.id) {
            <mat-card appearance="outlined" data-testid="vacancy-card" [attr.data-state]="v.state">
              <mat-card-header>
                <mat-card-title>
                  <h2 class="card-heading">
                    {{ 'placements.vacancies.cardTitle' | transloco: { count: v.places, date: (v.fromDate | lotseDate: language.tag()) } }}
                  </h2>
                </mat-card-title>
                <mat-card-subtitle
                  ><lotse-status-badge [badge]="badge(v.state)" [status]="v.state" testId="vacancy-state"
                /></mat-card-subtitle>
              </mat-card-header>
              <mat-card-content>
                <dl class="data-list">
                  <dt>{{ 'placements.vacancies.times' | transloco }}</dt>
                  <dd>{{ times(v) }}</dd>
                  <dt>{{ 'placements.vacancies.ages' | transloco }}</dt>
                  <dd>{{ 'placements.vacancies.agesValue' | transloco: { from: v.ages.fromMonths, to: v.ages.toMonths } }}</dd>
                  <dt>{{ 'placements.vacancies.confirmedAt' | transloco }}</dt>
                  <dd>{{ v.confirmedAt | lotseDate: language.tag() }}</dd>
                  @if (v.note) {
                    <dt>{{ 'placements.vacancies.note' | transloco }}</dt>
                    <dd>{{ v.note }}</dd>
                  }
                </dl>
              </mat-card-content>
              @if (v.state !== 'withdrawn') {
                <mat-card-actions align="end">
                  <button mat-button type="button" (click)="withdraw(v)" data-testid="vacancy-withdraw">
                    {{ 'placements.vacancies.withdraw' | transloco }}
                  </button>
                  <button mat-button type="button" (click)="edit(v)" data-testid="vacancy-edit">
                    {{ 'placements.vacancies.edit' | transloco }}
                  </button>
                  <button mat-flat-button type="button" (click)="confirm(v)" data-testid="vacancy-confirm">
                    <mat-icon aria-hidden="true" fontIcon="event_available" />
                    {{ 'placements.vacancies.confirm' | transloco }}
                  </button>
                </mat-card-actions>
              }
            </mat-card>
          } @empty {
            <lotse-empty-state
              icon="event_available"
              [title]="'placements.vacancies.empty' | transloco"
              [text]="'placements.vacancies.emptyText' | transloco"
            />
          }
        </div>
      } @else if (list.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="list.reload()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      }
    </lotse-page>
  `,
})
export class VacanciesPage {
  private readonly api = inject(MatchingApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly notifier = inject(Notifier);
  protected readonly language = inject(LanguageService);
  protected readonly list = rxResource({ stream: () => this.api.vacancies({ pageSize: 100 }) });
  protected readonly badge = vacancyStateBadge;

  protected times(v: VacancyDto): string {
    return scheduleText(v.schedule, this.language.tag());
  }

  protected edit(v: VacancyDto | null): void {
    this.dialog
      .open<VacancyDialog, VacancyDto | null, boolean>(VacancyDialog, {
        data: v,
        injector: this.injector,
        width: '720px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((done) => {
        if (done) {
          this.notifier.success('placements.vacancies.saved');
          this.list.reload();
        }
      });
  }

  protected confirm(v: VacancyDto): void {
    this.api.confirmVacancy(v.id, v.version).subscribe({
      next: () => {
        this.notifier.success('placements.vacancies.confirmed');
        this.list.reload();
      },
      error: (err: unknown) => {
        this.notifier.error('placements.vacancies.failed', { message: toApiError(err).message });
        this.list.reload();
      },
    });
  }

  protected withdraw(v: VacancyDto): void {
    openReasonDialog(this.dialog, this.injector, {
      titleKey: 'placements.vacancies.withdrawTitle',
      introKey: 'placements.vacancies.withdrawIntro',
      reason: 'none',
      submitKey: 'placements.vacancies.withdraw',
      danger: true,
      run: () => this.api.withdrawVacancy(v.id, v.version),
    }).subscribe((done) => {
      if (done) {
        this.notifier.success('placements.vacancies.withdrawn');
        this.list.reload();
      }
    });
  }
}
