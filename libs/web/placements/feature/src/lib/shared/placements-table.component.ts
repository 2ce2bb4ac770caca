import { Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PlacementDto } from '@lotse/shared/contracts';
import { LanguageService } from '@lotse/web/core';
import { LotseDatePipe, StatusBadgeComponent } from '@lotse/web/ui';
import { measlesBadge, placementStateBadge, scheduleText } from './presentation';

/** Placements as a table: child, childminder (advisors), start, times, measles proof, state; advisors end them. */
@Component({
  selector: 'lotse-placements-table',
  imports: [MatButtonModule, MatTableModule, TranslocoPipe, LotseDatePipe, StatusBadgeComponent],
  template: `
    <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption()">
      <table mat-table [dataSource]="placements()" data-testid="placements-table">
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <ng-container matColumnDef="child">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.child' | transloco }}</th>
          <td mat-cell *matCellDef="let p" data-testid="placement-child">{{ p.child.firstName }} {{ p.child.lastName }}</td>
        </ng-container>
        <ng-container matColumnDef="childminder">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.childminder' | transloco }}</th>
          <td mat-cell *matCellDef="let p" data-testid="placement-childminder">{{ p.childminderName }}</td>
        </ng-container>
        <ng-container matColumnDef="period">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.period' | transloco }}</th>
          <td mat-cell *matCellDef="let p">
            {{ 'placements.placements.from' | transloco: { date: (p.startOn | lotseDate: language.tag()) } }}
            @if (p.endOn) {
              <div>{{ 'placements.placements.until' | transloco: { date: (p.endOn | lotseDate: language.tag()) } }}</div>
            }
            <div class="secondary small">
              {{ 'placements.placements.settlingIn' | transloco: { date: (p.settlingInUntil | lotseDate: language.tag()) } }}
            </div>
          </td>
        </ng-container>
        <ng-container matColumnDef="times">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.times' | transloco }}</th>
          <td mat-cell *matCellDef="let p" data-testid="placement-times">
            {{ times(p) }}
            <div class="secondary small">{{ 'placements.common.hoursPerWeek' | transloco: { hours: p.weeklyHours } }}</div>
          </td>
        </ng-container>
        <ng-container matColumnDef="measles">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.measles' | transloco }}</th>
          <td mat-cell *matCellDef="let p">
            <lotse-status-badge [badge]="measles(p.child.measlesProof)" [status]="p.child.measlesProof" testId="placement-measles" />
          </td>
        </ng-container>
        <ng-container matColumnDef="state">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.status' | transloco }}</th>
          <td mat-cell *matCellDef="let p"><lotse-status-badge [badge]="state(p.state)" [status]="p.state" testId="placement-state" /></td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'placements.columns.actions' | transloco }}</th>
          <td mat-cell *matCellDef="let p">
            @if (p.state !== 'ended') {
              <button mat-stroked-button type="button" (click)="end.emit(p)" data-testid="placement-end">
                {{ 'placements.placements.end' | transloco
                }}<span class="visually-hidden">: {{ p.child.firstName }} {{ p.child.lastName }}</span>
              </button>
            }
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns()"></tr>
        <tr mat-row *matRowDef="let row; columns: columns()" data-testid="placement-row" [attr.data-id]="row.id"></tr>
      </table>
    </div>
  `,
  styles: `
    .small {
      font: var(--mat-sys-body-small);
    }
    td.mat-mdc-cell {
      padding-top: 8px;
      padding-bottom: 8px;
    }
  `,
})
export class PlacementsTableComponent {
  protected readonly language = inject(LanguageService);
  readonly placements = input.required<PlacementDto[]>();
  readonly columns = input.required<string[]>();
  readonly caption = input.required<string>();
  readonly end = output<PlacementDto>();
  protected readonly measles = measlesBadge;
  protected readonly state = placementStateBadge;
  protected times(p: PlacementDto): string {
    return scheduleText(p.schedule, this.language.tag());
  }
}
