import { Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Badge } from './presentation';

/**
 * A static status badge: icon + text on a tinted background. Not interactive (no chip role); the
 * icon is decorative, the text carries the meaning. `data-status`/`data-tone` help browser tests.
 */
@Component({
  selector: 'lotse-permit-badge',
  imports: [MatIconModule, TranslocoPipe],
  host: {
    class: 'lotse-permit-badge',
    '[class]': "'tone-' + badge().tone",
    '[attr.data-testid]': 'testId()',
    '[attr.data-status]': 'status()',
    '[attr.data-tone]': 'badge().tone',
  },
  template: `<mat-icon aria-hidden="true" [fontIcon]="badge().icon" /><span>{{ badge().key | transloco: badge().params }}</span>`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      min-height: 28px;
      padding: 2px 10px 2px 6px;
      border: 1px solid transparent;
      border-radius: 14px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      vertical-align: middle;
    }
    mat-icon {
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
    :host(.tone-success) {
      background: #dcf3e1;
      color: #0d5322;
      border-color: #9fd3ab;
    }
    :host(.tone-warning) {
      background: #fff0c7;
      color: #5c3f00;
      border-color: #e6c45c;
    }
    :host(.tone-danger) {
      background: #fde1df;
      color: #8a1c16;
      border-color: #eea19b;
    }
    :host(.tone-neutral) {
      background: #eceff1;
      color: #37474f;
      border-color: #cfd8dc;
    }
    :host(.tone-info) {
      background: #dde8fb;
      color: #123f82;
      border-color: #a9c2ee;
    }
  `,
})
export class BadgeComponent {
  readonly badge = input.required<Badge>();
  readonly status = input<string | null>(null);
  readonly testId = input<string | null>(null);
}
