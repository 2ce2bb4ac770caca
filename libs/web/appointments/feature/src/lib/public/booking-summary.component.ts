import { Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BookingSummaryDto } from '@lotse/shared/contracts';
import { officeDayLabel, officeTime } from '@lotse/web/appointments/data-access';

/** When, where and with whom, for the confirm and cancel pages (no personal data). */
@Component({
  selector: 'lotse-booking-summary',
  imports: [TranslocoPipe],
  template: `
    <dl class="summary" data-testid="booking-summary">
      <dt>{{ 'appointments.summary.when' | transloco }}</dt>
      <dd data-testid="summary-when">{{ when() }}</dd>
      <dt>{{ 'appointments.summary.where' | transloco }}</dt>
      <dd>
        {{
          summary().byPhone ? ('appointments.book.byPhone' | transloco) : summary().location || ('appointments.book.atOffice' | transloco)
        }}
      </dd>
      <dt>{{ 'appointments.summary.advisor' | transloco }}</dt>
      <dd>{{ summary().advisor }}</dd>
    </dl>
  `,
  styles: `
    .summary {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0 0 16px;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
    }
  `,
})
export class BookingSummaryComponent {
  readonly summary = input.required<BookingSummaryDto>();
  readonly localeTag = input('de-DE');
  protected readonly when = computed(() => {
    const s = this.summary();
    return `${officeDayLabel(s.startsAt, this.localeTag())}, ${officeTime(s.startsAt, this.localeTag())}–${officeTime(s.endsAt, this.localeTag())}`;
  });
}
