import { Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuditApi, LanguageService } from '@lotse/web/core';
import {
  AUDIT_ACTION_VALUES,
  ListFrameComponent,
  ListTableDirective,
  LotseDatePipe,
  PageComponent,
  injectListState,
  listField,
  type ListFrameTexts,
} from '@lotse/web/ui';

/** mat-select shows `null` as "nothing selected"; this option value stands for "no filter". */
const ALL = 'all' as const;

/** The audit log: who did what to whose data, newest first (as the API orders it). */
@Component({
  selector: 'lotse-admin-audit-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
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

  protected readonly ALL = ALL;
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
