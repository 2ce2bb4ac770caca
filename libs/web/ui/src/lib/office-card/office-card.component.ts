import { Component, computed, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { TenantDto } from '@lotse/shared/contracts';
import { formatOpeningHours } from '../opening-hours/opening-hours';

/** The Familienbüro's contact data and open consultation hours. Name and note are the office's German texts (`lang="de"`). */
@Component({
  selector: 'lotse-office-card',
  imports: [MatCardModule, MatIconModule, TranslocoPipe],
  template: `
    <mat-card appearance="outlined" data-testid="office-card">
      <mat-card-header>
        <mat-icon mat-card-avatar aria-hidden="true" fontIcon="home_work" />
        <mat-card-title
          ><h2 class="card-heading" lang="de">{{ office().name }}</h2></mat-card-title
        >
        <mat-card-subtitle>{{ 'office.subtitle' | transloco }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <address>
          {{ office().street }}<br />
          {{ office().postcode }} {{ office().city }}
        </address>
        <dl class="contact">
          <dt>{{ 'office.phone' | transloco }}</dt>
          <dd>
            <a [href]="'tel:' + phoneHref()">{{ office().phone }}</a>
          </dd>
          <dt>{{ 'office.email' | transloco }}</dt>
          <dd>
            <a [href]="'mailto:' + office().email">{{ office().email }}</a>
          </dd>
        </dl>
        <h3 class="hours-heading">{{ 'office.consultationHours' | transloco }}</h3>
        @if (hours().length > 0) {
          <dl class="hours" data-testid="opening-hours">
            @for (line of hours(); track line.weekday) {
              <div class="hours-row">
                <dt>{{ line.day }}</dt>
                <dd>{{ line.times }}</dd>
              </div>
            }
          </dl>
        } @else {
          <p>{{ 'office.noConsultationHours' | transloco }}</p>
        }
        @if (office().byAppointmentNote) {
          <p class="note" lang="de">{{ office().byAppointmentNote }}</p>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .card-heading {
      margin: 0;
      font: inherit;
    }
    address {
      font-style: normal;
      margin-bottom: 12px;
    }
    .contact,
    .hours {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0 0 12px;
    }
    .hours-row {
      display: contents;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
    }
    .hours-heading {
      font: var(--mat-sys-title-small);
      margin: 16px 0 8px;
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
  `,
})
export class OfficeCardComponent {
  readonly office = input.required<TenantDto['office']>();
  /** BCP 47 tag for weekday names, e.g. `de-DE`. */
  readonly locale = input('de-DE');

  protected readonly hours = computed(() => formatOpeningHours(this.office().openingHours, this.locale()));
  protected readonly phoneHref = computed(() => this.office().phone.replace(/[^+\d]/g, ''));
}
