import { Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BookingSummaryDto } from '@lotse/shared/contracts';
import { AppointmentsApi } from '@lotse/web/appointments/data-access';
import { EmptyStateComponent, PageComponent } from '@lotse/web/ui';
import { bookingLanguage } from './booking-format';
import { BookingSummaryComponent } from './booking-summary.component';

/** `/termine/absagen?token=…` (public): shows the appointment, cancels it on request. */
@Component({
  selector: 'lotse-cancel-booking-page',
  imports: [MatButtonModule, MatCardModule, RouterLink, TranslocoPipe, PageComponent, EmptyStateComponent, BookingSummaryComponent],
  template: `
    <lotse-page [title]="'appointments.cancel.title' | transloco" [loading]="working()">
      @if (failed()) {
        <lotse-empty-state
          icon="link_off"
          testId="cancel-failed"
          [title]="'appointments.cancel.failed' | transloco"
          [text]="'appointments.cancel.failedText' | transloco"
        >
          <a mat-stroked-button routerLink="/termine">{{ 'appointments.toBooking' | transloco }}</a>
        </lotse-empty-state>
      } @else if (summary(); as s) {
        <mat-card appearance="outlined" class="card">
          <mat-card-content>
            @if (done()) {
              <h2 class="section-title" role="status" data-testid="cancel-done">{{ 'appointments.cancel.doneTitle' | transloco }}</h2>
              <lotse-booking-summary [summary]="s" [localeTag]="page.tag()" />
              <p>{{ 'appointments.cancel.doneText' | transloco }}</p>
              <a mat-stroked-button routerLink="/termine">{{ 'appointments.toBooking' | transloco }}</a>
            } @else if (kept()) {
              <p role="status" data-testid="cancel-kept">{{ 'appointments.cancel.kept' | transloco }}</p>
              <lotse-booking-summary [summary]="s" [localeTag]="page.tag()" />
            } @else {
              <h2 class="section-title">{{ 'appointments.cancel.question' | transloco }}</h2>
              <lotse-booking-summary [summary]="s" [localeTag]="page.tag()" />
              <div class="form-actions">
                <button mat-flat-button type="button" (click)="cancel()" [disabled]="working()" data-testid="cancel-submit">
                  {{ 'appointments.cancel.submit' | transloco }}
                </button>
                <button mat-stroked-button type="button" (click)="kept.set(true)" data-testid="cancel-keep">
                  {{ 'appointments.cancel.keep' | transloco }}
                </button>
              </div>
            }
          </mat-card-content>
        </mat-card>
      }
    </lotse-page>
  `,
  styles: `
    .form-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class CancelBookingPage {
  private readonly api = inject(AppointmentsApi);
  protected readonly page = bookingLanguage();
  private readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';
  protected readonly working = signal(true);
  protected readonly summary = signal<BookingSummaryDto | null>(null);
  protected readonly failed = signal(false);
  protected readonly done = signal(false);
  protected readonly kept = signal(false);

  constructor() {
    // No token (the address typed or cut short): the link cannot work, the server need not be asked.
    if (!this.token) {
      this.working.set(false);
      this.failed.set(true);
      return;
    }
    this.api.lookup(this.token).subscribe({
      next: (s) => {
        this.working.set(false);
        if (s.status !== 'confirmed') this.failed.set(true);
        else this.summary.set(s);
      },
      error: () => {
        this.working.set(false);
        this.failed.set(true);
      },
    });
  }

  protected cancel(): void {
    this.working.set(true);
    this.api.cancelByLink(this.token).subscribe({
      next: (s) => {
        this.working.set(false);
        this.summary.set(s);
        this.done.set(true);
      },
      error: () => {
        this.working.set(false);
        this.failed.set(true);
      },
    });
  }
}
