import { Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  childminderStatusPresentation,
  documentStatusPresentation,
  evidenceStatusPresentation,
  type StatusPresentation,
} from './status-presentation';

/**
 * A static status badge ("chip"): icon + text on a tinted background. Not interactive, so a plain
 * element (no chip role). The icon is decorative: the text carries the meaning.
 */
@Component({
  selector: 'lotse-status-chip',
  imports: [MatIconModule, TranslocoPipe],
  host: {
    class: 'lotse-status-chip',
    '[class]': "'tone-' + (muted() ? 'neutral' : presentation().tone)",
    '[attr.data-testid]': 'testId()',
    '[attr.data-status]': 'status()',
  },
  template: `<mat-icon aria-hidden="true" [fontIcon]="presentation().icon" /><span class="chip-text">{{
      presentation().labelKey | transloco
    }}</span>`,
  styleUrl: './status-chip.component.scss',
})
export class StatusChipComponent {
  /** Which kind of status. */
  readonly kind = input.required<'evidence' | 'document' | 'childminder'>();
  readonly status = input.required<string>();
  readonly testId = input<string | null>(null);
  /** Neutral colours (same icon and text), e.g. for optional evidence that is missing: nothing to alarm about. */
  readonly muted = input(false);

  protected readonly presentation = computed<StatusPresentation>(() => {
    switch (this.kind()) {
      case 'evidence':
        return evidenceStatusPresentation(this.status());
      case 'document':
        return documentStatusPresentation(this.status());
      default:
        return childminderStatusPresentation(this.status());
    }
  });
}
