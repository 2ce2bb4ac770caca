import { Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MatchingRunDto, MatchingRunRowDto } from '@lotse/shared/contracts';
import { LanguageService, Notifier, toApiError } from '@lotse/web/core';
import { MatchingApi } from '@lotse/web/matching/data-access';
import {
  EmptyStateComponent,
  FormMessageComponent,
  LotseDatePipe,
  PageComponent,
  StatusBadgeComponent,
  type FormMessage,
} from '@lotse/web/ui';
import { switchMap, takeWhile, timer } from 'rxjs';
import { ageParts, formatKm, formatPercent, isActive, resultsByRequest, runStatusBadge, selectable } from '../shared/presentation';
import { ReasonsComponent } from '../shared/reasons.component';
import { ReasonTextPipe } from '../shared/reason-text';

/** How often a queued or running run is read again. */
export const POLL_MS = 1000;

/**
 * "Sammelvermittlung" (advisors): the office's priority order in words, "Lauf starten" (optional
 * seed of the lottery), the progress of the worker's job (polled every second), the summary and the
 * result table (each assignment with its points, each unplaced child with its reason), sending the
 * selected assignments as proposals, and the earlier runs. Mounted at `/advisor/matching` and
 * `/advisor/matching/runs/:id`.
 */
@Component({
  selector: 'lotse-batch-page',
  imports: [
    ReactiveFormsModule,
    ReasonTextPipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    EmptyStateComponent,
    FormMessageComponent,
    StatusBadgeComponent,
    ReasonsComponent,
  ],
  templateUrl: './batch.page.html',
  styleUrl: './batch.page.scss',
})
export class BatchPage {
  private readonly api = inject(MatchingApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  protected readonly language = inject(LanguageService);

  /** Route parameter `:id` of `/advisor/matching/runs/:id`; absent on `/advisor/matching`. */
  readonly id = input<string | undefined>(undefined);

  protected readonly seed = new FormControl<number | null>(null, [
    Validators.min(0),
    Validators.max(2_147_483_647),
    Validators.pattern(/^\d+$/),
  ]);
  protected readonly form = new FormGroup({ seed: this.seed });
  protected readonly starting = signal(false);
  protected readonly sending = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly results = signal<Map<string, { ok: boolean; message: string | null }>>(new Map());

  protected readonly history = rxResource({ stream: () => this.api.runs(1, 10) });

  /** The open run, read again every second while the worker has not finished it. */
  protected readonly run = rxResource({
    params: () => this.id(),
    stream: ({ params }) =>
      timer(0, POLL_MS).pipe(
        switchMap(() => this.api.run(params)),
        takeWhile((r) => isActive(r), true),
      ),
  });

  protected readonly current = computed<MatchingRunDto | null>(() => (this.run.hasValue() ? this.run.value() : null));
  /** The priority order in words: from the open run, else from the latest run, else the documented default. */
  protected readonly priorityOrder = computed(() => {
    const run = this.current() ?? (this.history.hasValue() ? this.history.value().items[0] : undefined);
    return run?.priorityOrder ?? null;
  });
  protected readonly columns = ['select', 'priority', 'child', 'entitled', 'childminder', 'distance', 'score'];
  protected readonly selectableRows = computed(() => this.current()?.rows.filter(selectable) ?? []);
  protected readonly allSelected = computed(() => {
    const rows = this.selectableRows();
    return rows.length > 0 && rows.every((r) => this.selected().has(r.careRequestId));
  });

  /** Id of the open run while it was seen queued or running: its end changes the list of earlier runs. */
  private pending: string | null = null;

  constructor() {
    effect(() => {
      const r = this.current();
      if (!r) return;
      if (isActive(r)) this.pending = r.id;
      else if (this.pending === r.id) {
        this.pending = null;
        untracked(() => this.history.reload());
      }
    });
  }

  protected readonly runNotFound = computed(() => {
    const err = this.run.error();
    return !!err && [400, 404].includes(toApiError(err).statusCode);
  });

  protected badge(status: MatchingRunDto['status']) {
    return runStatusBadge(status);
  }

  protected active(run: MatchingRunDto): boolean {
    return isActive(run);
  }

  protected km(value: number | null): string {
    return formatKm(value, this.language.tag());
  }

  protected percent(share: number): string {
    return formatPercent(share, this.language.tag());
  }

  protected age(row: MatchingRunRowDto) {
    return ageParts(row.child.ageAtStartMonths);
  }

  protected canSelect(row: MatchingRunRowDto): boolean {
    return selectable(row);
  }

  protected start(): void {
    if (this.seed.invalid || this.starting()) {
      this.seed.markAsTouched();
      return;
    }
    const raw = this.seed.value;
    this.message.set(null);
    this.starting.set(true);
    this.api.startRun(raw === null || (raw as unknown) === '' ? null : Number(raw)).subscribe({
      next: (run) => {
        this.starting.set(false);
        this.selected.set(new Set());
        this.results.set(new Map());
        this.history.reload();
        void this.router.navigate(['/advisor/matching/runs', run.id]);
      },
      error: (err: unknown) => {
        this.starting.set(false);
        this.message.set({ text: toApiError(err).errors[0]?.message ?? toApiError(err).message });
      },
    });
  }

  protected toggle(row: MatchingRunRowDto, checked: boolean): void {
    const next = new Set(this.selected());
    if (checked) next.add(row.careRequestId);
    else next.delete(row.careRequestId);
    this.selected.set(next);
  }

  protected toggleAll(checked: boolean): void {
    this.selected.set(checked ? new Set(this.selectableRows().map((r) => r.careRequestId)) : new Set());
  }

  protected send(): void {
    const run = this.current();
    const ids = [...this.selected()];
    if (!run || ids.length === 0 || this.sending()) return;
    this.message.set(null);
    this.sending.set(true);
    this.api.sendProposals(run.id, ids).subscribe({
      next: (res) => {
        this.sending.set(false);
        this.results.set(resultsByRequest(res));
        this.selected.set(new Set());
        const ok = res.results.filter((r) => r.status === 201).length;
        this.notifier.success('matching.batch.sent', { ok, total: res.results.length });
        this.run.reload();
      },
      error: (err: unknown) => {
        this.sending.set(false);
        this.message.set({ text: toApiError(err).message });
      },
    });
  }
}
