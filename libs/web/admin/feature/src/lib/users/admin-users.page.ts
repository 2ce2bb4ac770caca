import { Component, Injector, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { UserDto } from '@lotse/shared/contracts';
import { LanguageService, Notifier, SessionStore, UsersApi } from '@lotse/web/core';
import {
  FilterSelectComponent,
  ListFrameComponent,
  ListTableDirective,
  LotseDatePipe,
  PageComponent,
  ROLE_VALUES,
  injectListState,
  listField,
  type ListFrameTexts,
} from '@lotse/web/ui';
import { CreateUserDialog } from './create-user.dialog';

/** Administration start page ("Verwaltung"): all accounts of the office, filterable by role. */
@Component({
  selector: 'lotse-admin-users-page',
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
  templateUrl: './admin-users.page.html',
})
export class AdminUsersPage {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);
  /** The route's injector: the dialog then sees the feature's Material settings. */
  private readonly injector = inject(Injector);
  private readonly notifier = inject(Notifier);
  protected readonly language = inject(LanguageService);
  private readonly session = inject(SessionStore);
  protected readonly name = computed(() => this.session.user()?.displayName ?? '');

  protected readonly roles = ROLE_VALUES;
  protected readonly columns = ['name', 'email', 'role', 'active', 'createdAt'];
  protected readonly texts: ListFrameTexts = {
    count: 'admin.users.count',
    label: 'admin.users.sectionTitle',
    empty: 'admin.users.empty',
    emptyIcon: 'group_off',
  };
  /** Filter and page in the URL, so a view of the accounts can be linked. */
  protected readonly state = injectListState({ fields: { role: listField.choice(ROLE_VALUES) } });
  protected readonly users = rxResource({ params: () => this.state.value(), stream: ({ params }) => this.api.list(params) });

  protected openCreate(): void {
    this.dialog
      .open<CreateUserDialog, void, UserDto>(CreateUserDialog, {
        width: '640px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
        injector: this.injector,
      })
      .afterClosed()
      .subscribe((user) => {
        if (user) {
          this.notifier.success('admin.users.create.created', { email: user.email });
          this.users.reload();
        }
      });
  }
}
