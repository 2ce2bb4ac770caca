import { Component, Injector, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { EvidenceRuleDto } from '@lotse/shared/contracts';
import { EvidenceRulesApi } from '@lotse/web/childminders/data-access';
import { LanguageService, Notifier } from '@lotse/web/core';
import { EmptyStateComponent, LotseDatePipe, PageComponent } from '@lotse/web/ui';
import { EditEvidenceRuleDialog } from './edit-evidence-rule.dialog';

/** The office's evidence rules (NRW defaults until changed): one row per evidence type, edited in a dialog. */
@Component({
  selector: 'lotse-evidence-rules-page',
  imports: [MatButtonModule, MatIconModule, MatTableModule, TranslocoPipe, LotseDatePipe, PageComponent, EmptyStateComponent],
  template: `
    <lotse-page
      [title]="'admin.evidenceRules.title' | transloco"
      [subtitle]="'admin.evidenceRules.subtitle' | transloco"
      [loading]="rules.isLoading()"
    >
      @if (rules.hasValue()) {
        @if (rules.value().length === 0) {
          <lotse-empty-state icon="rule" [title]="'admin.evidenceRules.empty' | transloco" />
        } @else {
          <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'admin.evidenceRules.title' | transloco">
            <table mat-table [dataSource]="rules.value()" data-testid="evidence-rules-table">
              <caption class="visually-hidden">
                {{
                  'admin.evidenceRules.title' | transloco
                }}
              </caption>
              <ng-container matColumnDef="type">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'admin.evidenceRules.columns.type' | transloco }}</th>
                <td mat-cell *matCellDef="let r">
                  <strong>{{ label(r) }}</strong>
                  @if (!r.uploadAllowed) {
                    <div class="secondary small">{{ 'admin.evidenceRules.noUpload' | transloco }}</div>
                  }
                  @if (r.perHouseholdMember) {
                    <div class="secondary small">{{ 'evidence.rule.household' | transloco }}</div>
                  }
                </td>
              </ng-container>
              <ng-container matColumnDef="mandatory">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'admin.evidenceRules.columns.mandatory' | transloco }}</th>
                <td mat-cell *matCellDef="let r" data-testid="rule-mandatory">
                  <mat-icon aria-hidden="true" [fontIcon]="r.mandatory ? 'check_circle' : 'radio_button_unchecked'" class="inline-icon" />
                  {{ (r.mandatory ? 'common.yes' : 'common.no') | transloco }}
                  @if (r.appliesTo === 'born_after_1970') {
                    <div class="secondary small">{{ 'evidence.rule.born1970' | transloco }}</div>
                  }
                </td>
              </ng-container>
              <ng-container matColumnDef="validityMonths">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'admin.evidenceRules.columns.validityMonths' | transloco }}</th>
                <td mat-cell *matCellDef="let r" data-testid="rule-validity">
                  {{ r.validityMonths === null ? ('admin.evidenceRules.unlimited' | transloco) : r.validityMonths }}
                </td>
              </ng-container>
              <ng-container matColumnDef="maxAgeMonthsAtSubmission">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'admin.evidenceRules.columns.maxAgeMonths' | transloco }}</th>
                <td mat-cell *matCellDef="let r">{{ r.maxAgeMonthsAtSubmission ?? '–' }}</td>
              </ng-container>
              <ng-container matColumnDef="unitsRequired">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'admin.evidenceRules.columns.units' | transloco }}</th>
                <td mat-cell *matCellDef="let r">{{ r.unitsRequired ?? '–' }}</td>
              </ng-container>
              <ng-container matColumnDef="warningDays">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'admin.evidenceRules.columns.warningDays' | transloco }}</th>
                <td mat-cell *matCellDef="let r">{{ r.warningDays }}</td>
              </ng-container>
              <ng-container matColumnDef="updatedAt">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'admin.evidenceRules.columns.updatedAt' | transloco }}</th>
                <td mat-cell *matCellDef="let r">{{ r.updatedAt | lotseDate: language.tag() : 'dateTime' }}</td>
              </ng-container>
              <ng-container matColumnDef="actions">
                <th mat-header-cell *matHeaderCellDef scope="col">
                  <span class="visually-hidden">{{ 'admin.evidenceRules.columns.actions' | transloco }}</span>
                </th>
                <td mat-cell *matCellDef="let r">
                  <button
                    mat-stroked-button
                    type="button"
                    (click)="edit(r)"
                    data-testid="rule-edit"
                    [attr.aria-label]="'admin.evidenceRules.editRule' | transloco: { rule: label(r) }"
                  >
                    <mat-icon aria-hidden="true" fontIcon="edit" />
                    {{ 'admin.evidenceRules.edit' | transloco }}
                  </button>
                </td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="columns"></tr>
              <tr mat-row *matRowDef="let row; columns: columns" data-testid="rule-row" [attr.data-type]="row.type"></tr>
            </table>
          </div>
          <p class="secondary note">{{ 'admin.evidenceRules.note' | transloco }}</p>
        }
      } @else if (rules.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'errors.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="rules.reload()">{{ 'common.retry' | transloco }}</button>
        </lotse-empty-state>
      }
    </lotse-page>
  `,
  styles: `
    .small {
      font: var(--mat-sys-body-small);
    }
    .inline-icon {
      vertical-align: middle;
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
    .note {
      margin-top: 12px;
    }
  `,
})
export class EvidenceRulesPage {
  private readonly api = inject(EvidenceRulesApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  protected readonly columns = [
    'type',
    'mandatory',
    'validityMonths',
    'maxAgeMonthsAtSubmission',
    'unitsRequired',
    'warningDays',
    'updatedAt',
    'actions',
  ];
  protected readonly rules = rxResource({ stream: () => this.api.list() });

  /** Translated type name; the server's German label for a type the client does not know. */
  protected label(rule: EvidenceRuleDto): string {
    const key = `evidence.types.${rule.type}`;
    const text = this.language.lang() && this.transloco.translate(key);
    return text === key ? rule.label : text;
  }

  protected edit(rule: EvidenceRuleDto): void {
    this.dialog
      .open<EditEvidenceRuleDialog, { rule: EvidenceRuleDto; label: string }, EvidenceRuleDto | 'reload'>(EditEvidenceRuleDialog, {
        data: { rule, label: this.label(rule) },
        width: '600px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
        injector: this.injector,
      })
      .afterClosed()
      .subscribe((result) => {
        if (result === 'reload') {
          this.rules.reload();
        } else if (result) {
          this.notifier.success('admin.evidenceRules.saved', { rule: this.label(result) });
          this.rules.reload();
        }
      });
  }
}
