import { Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PermitDto } from '@lotse/shared/contracts';
import { LanguageService } from '@lotse/web/core';
import { permitPdfUrl } from '@lotse/web/permits/data-access';
import { LotseDatePipe, StatusBadgeComponent } from '@lotse/web/ui';
import { permitStatusBadge } from './presentation';

/** Earlier (and later) permits of the same holder: number, status, validity, document. */
@Component({
  selector: 'lotse-permit-history',
  imports: [RouterLink, TranslocoPipe, LotseDatePipe, StatusBadgeComponent],
  template: `
    @if (permits().length === 0) {
      <p class="secondary" data-testid="permit-history-empty">{{ 'permits.history.empty' | transloco }}</p>
    } @else {
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'permits.history.title' | transloco">
        <table class="history" data-testid="permit-history">
          <caption class="visually-hidden">
            {{
              'permits.history.caption' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'permits.permit.number' | transloco }}</th>
              <th scope="col">{{ 'permits.permit.status' | transloco }}</th>
              <th scope="col">{{ 'permits.permit.validity' | transloco }}</th>
              <th scope="col">{{ 'permits.permit.maxChildren' | transloco }}</th>
              <th scope="col">{{ 'permits.history.document' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (p of permits(); track p.id) {
              <tr data-testid="permit-history-row">
                <td>
                  @if (linkBase()) {
                    <a [routerLink]="[linkBase(), p.id]">{{ p.number ?? ('permits.permit.noNumber' | transloco) }}</a>
                  } @else {
                    {{ p.number ?? ('permits.permit.noNumber' | transloco) }}
                  }
                </td>
                <td><lotse-status-badge [badge]="badge(p)" [status]="p.status" /></td>
                <td>{{ p.validFrom | lotseDate: language.tag() }} – {{ p.validUntil | lotseDate: language.tag() }}</td>
                <td>{{ p.maxChildren }}</td>
                <td>
                  @if (p.document) {
                    <a [href]="pdf(p.id)" download>
                      {{ 'permits.history.downloadNumber' | transloco: { number: p.number ?? '' } }}
                    </a>
                  } @else {
                    –
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .history {
      border-collapse: collapse;
    }
    th,
    td {
      padding: 8px 12px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    th {
      font: var(--mat-sys-title-small);
    }
  `,
})
export class PermitHistoryComponent {
  protected readonly language = inject(LanguageService);

  readonly permits = input.required<readonly PermitDto[]>();
  /** Router path of a permit's page (`/advisor/permits`); none for the holder. */
  readonly linkBase = input<string | null>(null);

  protected badge(p: PermitDto) {
    return permitStatusBadge(p.status);
  }

  protected pdf(id: string): string {
    return permitPdfUrl(id, true);
  }
}
