import { Component, Injector, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RecheckEvent, RecheckTaskDto } from '@lotse/shared/contracts';
import { RecheckTasksApi } from '@lotse/web/childminders/data-access';
import { LanguageService, Notifier } from '@lotse/web/core';
import { EmptyStateComponent, LotseDatePipe, PageComponent } from '@lotse/web/ui';
import { CloseRecheckTaskDialog } from './close-recheck-task.dialog';
import { EVENTS } from './recheck-labels';

const ALL = '__all__';

/** Whole days since an ISO instant (at least 0). */
export function daysSince(iso: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000));
}

/**
 * "Erneute Prüfungen" (§ 43 Abs. 3 SGB VIII): the advisors' worklist of re-check tasks, opened by a
 * holder's profile change (move, care location, new adult in the household) or her report. Open
 * (oldest first) or closed tasks (the API's filter), narrowed by cause here; closed with an outcome.
 */
@Component({
  selector: 'lotse-recheck-worklist-page',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    EmptyStateComponent,
    LotseDatePipe,
    PageComponent,
  ],
  template: `
    <lotse-page [title]="'recheck.list.title' | transloco" [subtitle]="'recheck.list.subtitle' | transloco" [loading]="tasks.isLoading()">
      <div role="search" class="filters" [attr.aria-label]="'recheck.list.filters' | transloco">
        <mat-button-toggle-group
          [value]="status()"
          (change)="status.set($event.value)"
          [attr.aria-label]="'recheck.list.status' | transloco"
          data-testid="recheck-status-filter"
        >
          <mat-button-toggle value="open" data-testid="recheck-status-open">{{ 'recheck.list.open' | transloco }}</mat-button-toggle>
          <mat-button-toggle value="closed" data-testid="recheck-status-closed">{{ 'recheck.list.closed' | transloco }}</mat-button-toggle>
        </mat-button-toggle-group>
        <mat-form-field>
          <mat-label>{{ 'recheck.list.cause' | transloco }}</mat-label>
          <mat-select [value]="event()" (valueChange)="event.set($event)" data-testid="recheck-event-filter">
            <mat-option [value]="all">{{ 'recheck.list.allCauses' | transloco }}</mat-option>
            @for (e of events; track e) {
              <mat-option [value]="e" [attr.data-testid]="'recheck-event-' + e">{{ 'recheck.event.' + e | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>

      @if (tasks.hasValue()) {
        @let list = shown();
        @if (list.length) {
          <div class="table-wrap">
            <table class="tasks" data-testid="recheck-table">
              <caption class="visually-hidden">
                {{
                  'recheck.list.caption' | transloco
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'recheck.list.childminder' | transloco }}</th>
                  <th scope="col">{{ 'recheck.list.cause' | transloco }}</th>
                  <th scope="col">{{ 'recheck.list.description' | transloco }}</th>
                  <th scope="col">{{ 'recheck.list.openedAt' | transloco }}</th>
                  @if (status() === 'open') {
                    <th scope="col">{{ 'recheck.list.since' | transloco }}</th>
                    <th scope="col">
                      <span class="visually-hidden">{{ 'recheck.list.actions' | transloco }}</span>
                    </th>
                  } @else {
                    <th scope="col">{{ 'recheck.list.outcome' | transloco }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (t of list; track t.id) {
                  <tr data-testid="recheck-row" [attr.data-event]="t.event" [attr.data-status]="t.status">
                    <td>
                      <a [routerLink]="['/advisor/childminders', t.childminderId]" data-testid="recheck-file-link">{{
                        t.childminderName
                      }}</a>
                    </td>
                    <td>
                      {{ 'recheck.event.' + t.event | transloco }}
                      <span class="source">({{ 'recheck.source.' + t.source | transloco }})</span>
                    </td>
                    <td class="text">{{ t.description }}</td>
                    <td>
                      <time [attr.datetime]="t.openedAt">{{ t.openedAt | lotseDate: language.tag() }}</time>
                    </td>
                    @if (status() === 'open') {
                      <td data-testid="recheck-since">{{ 'recheck.list.days' | transloco: { days: since(t) } }}</td>
                      <td>
                        <button
                          mat-stroked-button
                          type="button"
                          (click)="close(t)"
                          data-testid="recheck-close"
                          [attr.aria-label]="'recheck.close.aria' | transloco: { name: t.childminderName }"
                        >
                          {{ 'recheck.close.open' | transloco }}
                        </button>
                      </td>
                    } @else {
                      <td data-testid="recheck-outcome">
                        {{ 'recheck.outcome.' + t.outcome | transloco }}
                        @if (t.outcomeNote) {
                          <span class="note">– {{ t.outcomeNote }}</span>
                        }
                        @if (t.closedAt) {
                          <span class="source">({{ t.closedAt | lotseDate: language.tag() }})</span>
                        }
                      </td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <lotse-empty-state
            icon="task_alt"
            testId="recheck-empty"
            [title]="(status() === 'open' ? 'recheck.list.emptyOpen' : 'recheck.list.emptyClosed') | transloco"
            [text]="'recheck.list.emptyText' | transloco"
          />
        }
      } @else if (tasks.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="tasks.reload()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      }
    </lotse-page>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: center;
      margin-bottom: 16px;
    }
    .table-wrap {
      overflow-x: auto;
    }
    .tasks {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 12px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    th {
      font: var(--mat-sys-title-small);
    }
    .text {
      white-space: pre-line;
      max-width: 40ch;
    }
    .source,
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class RecheckWorklistPage {
  private readonly api = inject(RecheckTasksApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly notifier = inject(Notifier);
  protected readonly language = inject(LanguageService);

  protected readonly all = ALL;
  protected readonly events = EVENTS;
  protected readonly status = signal<'open' | 'closed'>('open');
  protected readonly event = signal<RecheckEvent | typeof ALL>(ALL);
  protected readonly tasks = rxResource({ params: () => this.status(), stream: ({ params }) => this.api.list(params) });
  protected readonly shown = computed(() => {
    const e = this.event();
    const list = this.tasks.hasValue() ? this.tasks.value() : [];
    return e === ALL ? list : list.filter((t) => t.event === e);
  });

  protected since(t: RecheckTaskDto): number {
    return daysSince(t.openedAt);
  }

  protected close(task: RecheckTaskDto): void {
    this.dialog
      .open<CloseRecheckTaskDialog, RecheckTaskDto, RecheckTaskDto>(CloseRecheckTaskDialog, {
        data: task,
        width: '560px',
        maxWidth: '95vw',
        injector: this.injector,
      })
      .afterClosed()
      .subscribe((closed) => {
        if (!closed) return;
        this.notifier.success('recheck.close.done');
        this.tasks.reload();
      });
  }
}
