import { Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PermitDto } from '@lotse/shared/contracts';
import { LanguageService } from '@lotse/web/core';
import { PERMIT_MAX_CHILDREN } from '@lotse/web/permits/data-access';
import { LotseDatePipe, StatusBadgeComponent } from '@lotse/web/ui';
import { permitStatusBadge } from './presentation';

/**
 * The permit's content as the document states it: number, status, holder, care location, number
 * of children (with the reason when fewer than 5), rooms, conditions, validity, and who decided.
 */
@Component({
  selector: 'lotse-permit-details',
  imports: [TranslocoPipe, LotseDatePipe, StatusBadgeComponent],
  template: `
    @let p = permit();
    @let tag = language.tag();
    <dl class="data-list" data-testid="permit-details">
      <dt>{{ 'permits.permit.number' | transloco }}</dt>
      <dd data-testid="permit-number">{{ p.number ?? ('permits.permit.noNumber' | transloco) }}</dd>
      <dt>{{ 'permits.permit.status' | transloco }}</dt>
      <dd><lotse-status-badge [badge]="badge()" [status]="p.status" testId="permit-status" /></dd>
      <dt>{{ 'permits.permit.kind' | transloco }}</dt>
      <dd>{{ 'permits.kind.' + p.kind | transloco }}</dd>
      @if (showHolder()) {
        <dt>{{ 'permits.permit.holder' | transloco }}</dt>
        <dd data-testid="permit-holder">{{ p.holderName }}</dd>
      }
      <dt>{{ 'permits.permit.careAddress' | transloco }}</dt>
      <dd data-testid="permit-care-address">{{ p.careAddress }}</dd>
      <dt>{{ 'permits.permit.validity' | transloco }}</dt>
      <dd data-testid="permit-validity">
        {{ 'permits.permit.validityRange' | transloco: { from: (p.validFrom | lotseDate: tag), until: (p.validUntil | lotseDate: tag) } }}
      </dd>
      <dt>{{ 'permits.permit.maxChildren' | transloco }}</dt>
      <dd data-testid="permit-max-children">
        {{ 'permits.permit.children' | transloco: { count: p.maxChildren } }}
        @if (fewer()) {
          <div class="secondary" data-testid="permit-reason-fewer">
            {{ 'permits.permit.reasonFewer' | transloco }}: {{ p.reasonForFewerChildren }}
          </div>
        }
      </dd>
      <dt>{{ 'permits.permit.rooms' | transloco }}</dt>
      <dd data-testid="permit-rooms">{{ p.rooms.length ? p.rooms.join(', ') : ('permits.permit.allRooms' | transloco) }}</dd>
      <dt>{{ 'permits.permit.conditions' | transloco }}</dt>
      <dd>
        @if (p.conditions.length) {
          <ul class="conditions" data-testid="permit-conditions">
            @for (c of p.conditions; track $index) {
              <li data-testid="permit-condition">{{ c }}</li>
            }
          </ul>
        } @else {
          <span data-testid="permit-conditions-none">{{ 'permits.permit.noConditions' | transloco }}</span>
        }
      </dd>
      @if (p.issuedAt) {
        <dt>{{ 'permits.permit.issuedAt' | transloco }}</dt>
        <dd>{{ p.issuedAt | lotseDate: tag }}</dd>
      }
      @if (showStaff()) {
        <dt>{{ 'permits.permit.decided' | transloco }}</dt>
        <dd data-testid="permit-decided">
          {{ 'permits.permit.byOn' | transloco: { name: p.decidedBy ?? '–', date: (p.decidedAt | lotseDate: tag : 'dateTime') } }}
        </dd>
        @if (p.approvedAt) {
          <dt>{{ 'permits.permit.approved' | transloco }}</dt>
          <dd data-testid="permit-approved">
            {{ 'permits.permit.byOn' | transloco: { name: p.approvedBy ?? '–', date: (p.approvedAt | lotseDate: tag : 'dateTime') } }}
          </dd>
        }
      }
      @if (p.revokedAt) {
        <dt>{{ 'permits.permit.revoked' | transloco }}</dt>
        <dd data-testid="permit-revoked">
          {{ p.revokedAt | lotseDate: tag }}
          @if (p.revokedReason) {
            <div class="secondary">{{ p.revokedReason }}</div>
          }
        </dd>
      }
    </dl>
  `,
  styles: `
    .conditions {
      margin: 0;
      padding-left: 20px;
    }
  `,
})
export class PermitDetailsComponent {
  protected readonly language = inject(LanguageService);

  readonly permit = input.required<PermitDto>();
  /** Office view: holder name, who decided and approved. */
  readonly showStaff = input(false);
  readonly showHolder = input(true);

  protected readonly badge = computed(() => permitStatusBadge(this.permit().status));
  protected readonly fewer = computed(() => this.permit().maxChildren < PERMIT_MAX_CHILDREN && !!this.permit().reasonForFewerChildren);
}
