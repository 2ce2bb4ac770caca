import { Component, Injector, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Role, UserDto } from '@lotse/shared/contracts';
import { LanguageService, Notifier, SessionStore, UsersApi } from '@lotse/web/core';
import { EmptyStateComponent, LotseDatePipe, PageComponent, ROLE_VALUES } from '@lotse/web/ui';
import { CreateUserDialog } from './create-user.dialog';

/** mat-select shows `null` as "nothing selected"; this option value stands for "no filter". */
const ALL = 'all' as const;

/** Administration start page ("Verwaltung"): all accounts of the office, filterable by role. */
@Component({
  selector: 'lotse-admin-users-page',
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

  protected readonly ALL = ALL;
  protected readonly roles = ROLE_VALUES;
  protected readonly columns = ['name', 'email', 'role', 'active', 'createdAt'];
  protected readonly role = signal<Role | null>(null);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);
  protected readonly query = computed(() => ({ role: this.role(), page: this.pageIndex() + 1, pageSize: this.pageSize() }));
  protected readonly users = rxResource({ params: () => this.query(), stream: ({ params }) => this.api.list(params) });

  protected filterByRole(role: Role | typeof ALL): void {
    this.role.set(role === this.ALL ? null : role);
    this.pageIndex.set(0);
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

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
