import { Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChildDto } from '@lotse/shared/contracts';
import { LotseDatePipe } from '../format/date-format';

/** Children as a table; each name links to the child's file under `linkBase`. */
@Component({
  selector: 'lotse-children-table',
  imports: [MatTableModule, RouterLink, TranslocoPipe, LotseDatePipe],
  template: `
    <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption()">
      <table mat-table [dataSource]="children()" data-testid="children-table">
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'children.columns.name' | transloco }}</th>
          <td mat-cell *matCellDef="let child">
            <a [routerLink]="[linkBase(), child.id]" data-testid="child-link">{{ child.lastName }}, {{ child.firstName }}</a>
          </td>
        </ng-container>
        <ng-container matColumnDef="dateOfBirth">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'children.columns.dateOfBirth' | transloco }}</th>
          <td mat-cell *matCellDef="let child">{{ child.dateOfBirth | lotseDate: locale() }}</td>
        </ng-container>
        <ng-container matColumnDef="createdAt">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'children.columns.createdAt' | transloco }}</th>
          <td mat-cell *matCellDef="let child">{{ child.createdAt | lotseDate: locale() }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" data-testid="child-row"></tr>
      </table>
    </div>
  `,
})
export class ChildrenTableComponent {
  readonly children = input.required<readonly ChildDto[]>();
  readonly linkBase = input.required<string>();
  readonly caption = input.required<string>();
  readonly locale = input('de-DE');
  protected readonly columns = ['name', 'dateOfBirth', 'createdAt'];
}
