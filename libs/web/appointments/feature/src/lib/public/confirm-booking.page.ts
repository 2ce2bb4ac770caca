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

/** `/termine/bestaetigen?token=…` (public): the guest's confirmation link confirms the held booking. */
@Component({
  selector: 'lotse-confirm-booking-page',
  imports: [MatButtonModule, MatCardModule, RouterLink, TranslocoPipe, PageComponent, EmptyStateComponent, BookingSummaryComponent],
  template: `
    <lotse-page [title]="'appointments.confirm.title' | transloco" [loading]="working()">
      @if (result(); as r) {
        <mat-card appearance="outlined" class="card" data-testid="confirm-done">
          <mat-card-content>
            <h2 class="section-title" role="status">{{ 'appointments.confirm.doneTitle' | transloco }}</h2>
            <lotse-booking-summary [summary]="r" [localeTag]="page.tag()" />
            <p>{{ 'appointments.confirm.doneText' | transloco }}</p>
          </mat-card-content>
        </mat-card>
      } @else if (failed()) {
        <lotse-empty-state
          icon="link_off"
          testId="confirm-failed"
          [title]="'appointments.confirm.failed' | transloco"
          [text]="'appointments.confirm.failedText' | transloco"
        >
          <a mat-stroked-button routerLink="/termine">{{ 'appointments.toBooking' | transloco }}</a>
        </lotse-empty-state>
      } @else {
        <p role="status">{{ 'appointments.confirm.working' | transloco }}</p>
      }
    </lotse-page>
  `,
})
export class ConfirmBookingPage {
  protected readonly page = bookingLanguage();
  protected readonly working = signal(true);
  protected readonly result = signal<BookingSummaryDto | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    const token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';
    // No token (the address typed or cut short): the link cannot work, the server need not be asked.
    if (!token) {
      this.working.set(false);
      this.failed.set(true);
      return;
    }
    inject(AppointmentsApi)
      .confirm(token)
      .subscribe({
        next: (r) => {
          this.working.set(false);
          this.result.set(r);
        },
        error: () => {
          this.working.set(false);
          this.failed.set(true);
        },
      });
  }
}
