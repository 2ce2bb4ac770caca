import { Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { EvidenceStatus } from '@lotse/shared/contracts';
import { EVIDENCE_STATUS_PRESENTATION, EVIDENCE_STATUS_URGENCY } from './status-presentation';

/** Counts per evidence status ("Abgelaufen: 2", "Fehlt: 1", …) as a list, most urgent first; zero counts are left out. */
@Component({
  selector: 'lotse-evidence-summary',
  imports: [MatIconModule, TranslocoPipe],
  host: { '[attr.data-testid]': 'testId()' },
  template: `
    <ul class="summary" [attr.aria-label]="'evidence.summary.label' | transloco">
      @for (entry of entries(); track entry.status) {
        <li class="summary-item tone-{{ entry.tone }}" [attr.data-testid]="'evidence-summary-' + entry.status">
          <mat-icon aria-hidden="true" [fontIcon]="entry.icon" />
          <span>{{ entry.labelKey | transloco }}:</span>{{ ' ' }}<span class="count">{{ entry.count }}</span>
        </li>
      } @empty {
        <li class="summary-item tone-neutral">{{ 'evidence.summary.none' | transloco }}</li>
      }
    </ul>
  `,
  styleUrl: './evidence-summary.component.scss',
})
export class EvidenceSummaryComponent {
  readonly summary = input.required<Partial<Record<EvidenceStatus, number>>>();
  readonly testId = input('evidence-summary');

  protected readonly entries = computed(() =>
    EVIDENCE_STATUS_URGENCY.filter((status) => (this.summary()[status] ?? 0) > 0).map((status) => ({
      status,
      count: this.summary()[status] ?? 0,
      ...EVIDENCE_STATUS_PRESENTATION[status],
    })),
  );
}
