import { Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CareRequestDto } from '@lotse/shared/contracts';
import { LanguageService } from '@lotse/web/core';
import { LotseDatePipe, StatusBadgeComponent } from '@lotse/web/ui';
import { ageParts, requestStatusBadge, scheduleText } from './presentation';

/** What a care request says, for parents and advisors alike. */
@Component({
  selector: 'lotse-request-details',
  imports: [MatCardModule, TranslocoPipe, LotseDatePipe, StatusBadgeComponent],
  template: `
    @let r = request();
    <mat-card appearance="outlined" data-testid="request-details">
      <mat-card-header>
        <mat-card-title
          ><h2 class="card-heading">{{ 'placements.request.heading' | transloco }}</h2></mat-card-title
        >
        <mat-card-subtitle><lotse-status-badge [badge]="badge()" [status]="r.status" testId="request-status" /></mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <dl class="data-list">
          <dt>{{ 'placements.columns.child' | transloco }}</dt>
          <dd data-testid="request-child-name">
            {{ r.child.firstName }} {{ r.child.lastName }} ({{ r.child.dateOfBirth | lotseDate: language.tag() }})
          </dd>
          @if (showParent()) {
            <dt>{{ 'placements.request.parent' | transloco }}</dt>
            <dd>{{ r.parentName }}</dd>
          }
          <dt>{{ 'placements.columns.desiredStart' | transloco }}</dt>
          <dd data-testid="request-start">{{ r.desiredStart | lotseDate: language.tag() }}</dd>
          <dt>{{ 'placements.request.ageAtStart' | transloco }}</dt>
          <dd>{{ 'placements.common.age' | transloco: age() }}</dd>
          <dt>{{ 'placements.request.entitled' | transloco }}</dt>
          <dd data-testid="request-entitled">
            {{ (r.entitled ? 'placements.request.entitledYes' : 'placements.request.entitledNo') | transloco }}
          </dd>
          <dt>{{ 'placements.request.times' | transloco }}</dt>
          <dd data-testid="request-times">{{ times() }} ({{ 'placements.common.hoursPerWeek' | transloco: { hours: r.weeklyHours } }})</dd>
          <dt>{{ 'placements.request.address' | transloco }}</dt>
          <dd>{{ r.address.street }}, {{ r.address.postcode }} {{ r.address.city }} ({{ r.district }})</dd>
          <dt>{{ 'placements.form.maxDistance' | transloco }}</dt>
          <dd>{{ r.maxDistanceKm }} km</dd>
          <dt>{{ 'placements.form.sections.needs' | transloco }}</dt>
          <dd>
            @for (n of needs(); track n) {
              <div>{{ n }}</div>
            }
            @if (r.needs.animalAllergy) {
              <div>{{ 'placements.request.animalAllergy' | transloco }}</div>
            }
            @if (r.needs.languages.length) {
              <div>{{ 'placements.request.languages' | transloco: { languages: r.needs.languages.join(', ') } }}</div>
            }
          </dd>
          <dt>{{ 'placements.form.sections.wishes' | transloco }}</dt>
          <dd>
            @if (r.wishes.noSmokingHousehold) {
              <div>{{ 'placements.request.noSmoking' | transloco }}</div>
            }
            @if (r.wishes.petsOk) {
              <div>{{ 'placements.request.petsOk' | transloco }}</div>
            }
            @if (r.wishes.siblingsTogether) {
              <div>{{ 'placements.request.siblings' | transloco }}</div>
            }
          </dd>
          @if (r.notes) {
            <dt>{{ 'placements.form.notes' | transloco }}</dt>
            <dd class="pre">{{ r.notes }}</dd>
          }
          <dt>{{ 'placements.columns.submitted' | transloco }}</dt>
          <dd>
            {{ r.submittedAt | lotseDate: language.tag() : 'dateTime' }}
            @if (r.enteredByStaff) {
              <span class="secondary" data-testid="request-entered-by-staff">({{ 'placements.request.enteredByStaff' | transloco }})</span>
            }
          </dd>
          @if (r.closedReason) {
            <dt>{{ 'placements.request.closedReason' | transloco }}</dt>
            <dd class="pre" data-testid="request-closed-reason">{{ r.closedReason }}</dd>
          }
        </dl>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .pre {
      white-space: pre-line;
    }
  `,
})
export class RequestDetailsComponent {
  protected readonly language = inject(LanguageService);
  readonly request = input.required<CareRequestDto>();
  readonly showParent = input(false);
  protected readonly badge = computed(() => requestStatusBadge(this.request().status));
  protected readonly age = computed(() => ageParts(this.request().ageAtStartMonths));
  protected readonly times = computed(() => scheduleText(this.request().schedule, this.language.tag()));
  protected readonly needs = computed(() =>
    [this.request().needs.specialNeeds, this.request().needs.allergies, this.request().needs.nutrition].filter((n): n is string => !!n),
  );
}
