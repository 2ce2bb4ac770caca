import { Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuditApi, LanguageService } from '@lotse/web/core';
import {
  AUDIT_ACTION_VALUES,
  FilterSelectComponent,
  ListFrameComponent,
  ListTableDirective,
  LotseDatePipe,
  PageComponent,
  injectListState,
  listField,
  type ListFrameTexts,
} from '@lotse/web/ui';

/** The audit log: who did what to whose data, newest first (as the API orders it). */
@Component({
  selector: 'lotse-admin-audit-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatTableModule,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    FilterSelectComponent,
    ListFrameComponent,
    ListTableDirective,
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

  protected readonly actions = AUDIT_ACTION_VALUES;
  protected readonly columns = ['occurredAt', 'actor', 'action', 'target', 'outcome'];
  protected readonly texts: ListFrameTexts = {
    count: 'admin.audit.count',
    label: 'admin.audit.title',
    empty: 'admin.audit.empty',
    emptyIcon: 'manage_search',
  };
  /** Filter and page in the URL, so a view of the log can be linked. */
  protected readonly state = injectListState({ fields: { action: listField.choice(AUDIT_ACTION_VALUES) } });
  protected readonly events = rxResource({ params: () => this.state.value(), stream: ({ params }) => this.api.list(params) });

  /** Known actions and target types are translated; a new one the server starts using shows as it is. */
  protected label(group: 'actions' | 'targets', value: string): string {
    const key = `audit.${group}.${value}`;
    const label = this.transloco.translate(key);
    return label === key ? value : label;
  }
}
