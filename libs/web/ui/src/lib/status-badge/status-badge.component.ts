import { Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { StatusBadge } from './status-badge';

/**
 * A static status badge: icon + text on a tinted background. Not interactive, so a plain element
 * (no chip role). The icon is decorative: the text carries the meaning. `data-status`/`data-tone`
 * help browser tests. One component for every status in the product (evidence, documents,
 * childminders, permits, applications), so they look and read alike.
 */
@Component({
  selector: 'lotse-status-badge',
  imports: [MatIconModule, TranslocoPipe],
  host: {
    class: 'lotse-status-badge',
    '[class]': "'tone-' + badge().tone",
    '[attr.data-testid]': 'testId()',
    '[attr.data-status]': 'status()',
    '[attr.data-tone]': 'badge().tone',
  },
  template: `<mat-icon aria-hidden="true" [fontIcon]="badge().icon" /><span class="badge-text">{{
      badge().labelKey | transloco: badge().params
    }}</span>`,
  styleUrl: './status-badge.component.scss',
})
export class StatusBadgeComponent {
  readonly badge = input.required<StatusBadge>();
  readonly status = input<string | null>(null);
  readonly testId = input<string | null>(null);
}
