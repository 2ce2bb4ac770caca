import { Component, computed, input } from '@angular/core';
import { StatusBadgeComponent } from '@lotse/web/ui';
import {
  childminderStatusPresentation,
  documentStatusPresentation,
  evidenceStatusPresentation,
  type StatusPresentation,
} from './status-presentation';

/** The status badge of an evidence item, a document or a childminder's file, chosen by `kind`. */
@Component({
  selector: 'lotse-status-chip',
  imports: [StatusBadgeComponent],
  host: { style: 'display: contents' },
  template: `<lotse-status-badge [badge]="presentation()" [status]="status()" [testId]="testId()" />`,
})
export class StatusChipComponent {
  /** Which kind of status. */
  readonly kind = input.required<'evidence' | 'document' | 'childminder'>();
  readonly status = input.required<string>();
  readonly testId = input<string | null>(null);
  /** Neutral colours (same icon and text), e.g. for optional evidence that is missing: nothing to alarm about. */
  readonly muted = input(false);

  protected readonly presentation = computed<StatusPresentation>(() => {
    const shown =
      this.kind() === 'evidence'
        ? evidenceStatusPresentation(this.status())
        : this.kind() === 'document'
          ? documentStatusPresentation(this.status())
          : childminderStatusPresentation(this.status());
    return this.muted() ? { ...shown, tone: 'neutral' } : shown;
  });
}
