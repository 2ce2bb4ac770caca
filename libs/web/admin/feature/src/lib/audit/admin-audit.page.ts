import { Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { AuditAction } from '@lotse/shared/contracts';
import { AuditApi, LanguageService } from '@lotse/web/core';
import { EmptyStateComponent, LotseDatePipe, PageComponent, AUDIT_ACTION_VALUES } from '@lotse/web/ui';

/** mat-select shows `null` as "nothing selected"; this option value stands for "no filter". */
const ALL = 'all' as const;

/** The audit log: who did what to whose data, newest first (as the API orders it). */
@Component({
  selector: 'lotse-admin-audit-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    EmptyStateComponent,
  ],
  templateUrl: './admin-audit.page.html',
  styles: `
    .outcome-denied {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
    .target-id {
      font-family: monospace;
      font-size: 0.85em;
    }
  `,
})
export class AdminAuditPage {
  private readonly api = inject(AuditApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  protected readonly ALL = ALL;
  protected readonly actions = AUDIT_ACTION_VALUES;
  protected readonly columns = ['occurredAt', 'actor', 'action', 'target', 'outcome'];
  protected readonly action = signal<AuditAction | null>(null);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);
  protected readonly query = computed(() => ({ action: this.action(), page: this.pageIndex() + 1, pageSize: this.pageSize() }));
  protected readonly events = rxResource({ params: () => this.query(), stream: ({ params }) => this.api.list(params) });

  /** Known actions and target types are translated; a new one the server starts using shows as it is. */
  protected label(group: 'actions' | 'targets', value: string): string {
    const key = `audit.${group}.${value}`;
    const label = this.transloco.translate(key);
    return label === key ? value : label;
  }

  protected filterByAction(action: AuditAction | typeof ALL): void {
    this.action.set(action === this.ALL ? null : action);
    this.pageIndex.set(0);
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }
}
