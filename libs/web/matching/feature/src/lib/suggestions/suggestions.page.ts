import { Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CareRequestDto, SuggestionDto } from '@lotse/shared/contracts';
import { LanguageService, Notifier, toApiError } from '@lotse/web/core';
import { MatchingApi } from '@lotse/web/matching/data-access';
import { EmptyStateComponent, LotseDatePipe, PageComponent, formatOpeningHours } from '@lotse/web/ui';
import { ageParts, formatKm, proposalErrorLines } from '../shared/presentation';
import { ReasonsComponent } from '../shared/reasons.component';

/** Outcome of "Vorschlagen" for one childminder. */
interface ProposalOutcome {
  ok: boolean;
  key?: string;
  lines: string[];
}

/**
 * "Vorschläge für <Kind>" (advisors): the request's key facts, the childminders passing every hard
 * rule ranked by score (each point explained), "Vorschlagen" per suggestion, and the near-misses
 * with every rule they fail. The reasons are German texts of the matching engine.
 */
@Component({
  selector: 'lotse-suggestions-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, LotseDatePipe, PageComponent, EmptyStateComponent, ReasonsComponent],
  templateUrl: './suggestions.page.html',
  styleUrl: './suggestions.page.scss',
})
export class SuggestionsPage {
  private readonly api = inject(MatchingApi);
  private readonly notifier = inject(Notifier);
  protected readonly language = inject(LanguageService);

  /** Route parameter `:id` (bound by `withComponentInputBinding`). */
  readonly id = input.required<string>();

  protected readonly request = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.careRequest(params) });
  protected readonly result = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.suggestions(params) });
  protected readonly notFound = computed(() => {
    const err = this.request.error();
    return !!err && [400, 403, 404].includes(toApiError(err).statusCode);
  });
  /** 422: the request is closed, so there is nothing to suggest (the server's German text). */
  protected readonly closedMessage = computed(() => {
    const err = this.result.error();
    return err && toApiError(err).statusCode === 422 ? toApiError(err).message : null;
  });
  protected readonly childName = computed(() =>
    this.request.hasValue() ? `${this.request.value().child.firstName} ${this.request.value().child.lastName}` : '',
  );
  protected readonly busy = signal<string | null>(null);
  protected readonly outcomes = signal<Record<string, ProposalOutcome>>({});

  protected age(r: CareRequestDto) {
    return ageParts(r.ageAtStartMonths);
  }

  protected times(r: CareRequestDto) {
    return formatOpeningHours(r.schedule, this.language.tag());
  }

  protected hours(value: number): string {
    return new Intl.NumberFormat(this.language.tag(), { maximumFractionDigits: 2 }).format(value);
  }

  protected km(value: number | null): string {
    return formatKm(value, this.language.tag());
  }

  protected propose(s: SuggestionDto): void {
    if (!this.request.hasValue() || this.busy()) return;
    const version = this.request.value().version;
    this.busy.set(s.childminderId);
    this.api.propose(this.id(), s.childminderId, version).subscribe({
      next: () => {
        this.busy.set(null);
        this.outcomes.update((o) => ({ ...o, [s.childminderId]: { ok: true, lines: [] } }));
        this.notifier.success('matching.suggestions.proposed', { name: s.childminderName });
        // The request moved on (status "proposal", new version): read it again.
        this.request.reload();
      },
      error: (err: unknown) => {
        this.busy.set(null);
        const e = proposalErrorLines(toApiError(err));
        this.outcomes.update((o) => ({ ...o, [s.childminderId]: { ok: false, ...e } }));
        if (toApiError(err).statusCode === 409) this.request.reload();
      },
    });
  }
}
