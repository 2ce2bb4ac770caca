import { Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChildrenApi, LanguageService } from '@lotse/web/core';
import { EmptyStateComponent, LotseDatePipe, PageComponent } from '@lotse/web/ui';

/**
 * "Anfrage für Eltern erfassen", step 1 (`/advisor/care-requests/new`): the advisor picks the
 * office's child the parents asked for (phone call, walk-in); step 2 is the request form.
 */
@Component({
  selector: 'lotse-pick-child-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatPaginatorModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    EmptyStateComponent,
  ],
  template: `
    <lotse-page
      [title]="'placements.enter.title' | transloco"
      [subtitle]="'placements.enter.pickSubtitle' | transloco"
      [loading]="children.isLoading()"
    >
      <a lotsePageActions mat-button routerLink="/advisor/care-requests" data-testid="enter-back">
        <mat-icon aria-hidden="true" fontIcon="arrow_back" />
        {{ 'placements.enter.back' | transloco }}
      </a>
      <p class="form-intro">{{ 'placements.enter.pickIntro' | transloco }}</p>
      @if (children.hasValue()) {
        @if (children.value().total === 0) {
          <lotse-empty-state
            icon="child_care"
            testId="enter-no-children"
            [title]="'placements.enter.noChildren' | transloco"
            [text]="'placements.enter.noChildrenText' | transloco"
          />
        } @else {
          <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'placements.enter.caption' | transloco">
            <table mat-table [dataSource]="children.value().items" data-testid="enter-children">
              <caption class="visually-hidden">
                {{
                  'placements.enter.caption' | transloco
                }}
              </caption>
              <ng-container matColumnDef="name">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.child' | transloco }}</th>
                <td mat-cell *matCellDef="let c" data-testid="enter-child-name">{{ c.firstName }} {{ c.lastName }}</td>
              </ng-container>
              <ng-container matColumnDef="born">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.enter.dateOfBirth' | transloco }}</th>
                <td mat-cell *matCellDef="let c">{{ c.dateOfBirth | lotseDate: language.tag() }}</td>
              </ng-container>
              <ng-container matColumnDef="parent">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.enter.parent' | transloco }}</th>
                <td mat-cell *matCellDef="let c" data-testid="enter-child-parent">{{ c.parentName }}</td>
              </ng-container>
              <ng-container matColumnDef="action">
                <th mat-header-cell *matHeaderCellDef scope="col">
                  <span class="visually-hidden">{{ 'placements.enter.action' | transloco }}</span>
                </th>
                <td mat-cell *matCellDef="let c">
                  <a mat-stroked-button [routerLink]="['/advisor/care-requests/new', c.id]" data-testid="enter-pick">
                    {{ 'placements.enter.pick' | transloco }}<span class="visually-hidden">: {{ c.firstName }} {{ c.lastName }}</span>
                  </a>
                </td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="columns"></tr>
              <tr mat-row *matRowDef="let row; columns: columns" data-testid="enter-child-row" [attr.data-id]="row.id"></tr>
            </table>
          </div>
          <mat-paginator
            [length]="children.value().total"
            [pageIndex]="page() - 1"
            [pageSize]="pageSize()"
            [pageSizeOptions]="[25, 50, 100]"
            (page)="onPage($event)"
            data-testid="enter-paginator"
          />
        }
      } @else if (children.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="children.reload()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      }
    </lotse-page>
  `,
  styles: `
    td.mat-mdc-cell {
      padding-top: 8px;
      padding-bottom: 8px;
    }
  `,
})
export class PickChildPage {
  private readonly api = inject(ChildrenApi);
  protected readonly language = inject(LanguageService);
  protected readonly columns = ['name', 'born', 'parent', 'action'];
  protected readonly page = signal(1);
  protected readonly pageSize = signal(25);
  protected readonly children = rxResource({
    params: () => ({ page: this.page(), pageSize: this.pageSize() }),
    stream: ({ params }) => this.api.list(params),
  });

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.page.set(event.pageIndex + 1);
  }
}
