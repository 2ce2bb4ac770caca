import { Component, ElementRef, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChildDto, Page } from '@lotse/shared/contracts';
import { ChildrenApi, Notifier, TenantApi, toApiError } from '@lotse/web/core';
import { CareRequestsApi } from '@lotse/web/placements/data-access';
import { FieldErrorPipe, FormMessageComponent, PageComponent, applyApiErrors, focusFirstInvalid, type FormMessage } from '@lotse/web/ui';
import { map, of } from 'rxjs';
import { todayIso } from '../shared/presentation';
import { createRequestForm, fillRequestForm, requestDetails } from '../shared/request-form';
import { ScheduleEditorComponent } from '../shared/schedule-editor.component';

/**
 * "Neue Betreuungsanfrage" (`/parent/requests/new`), "Anfrage ändern" (`/parent/requests/:id/edit`)
 * and, for advisors, "Anfrage für Eltern erfassen" (`/advisor/care-requests/new/:childId`, route
 * data `staff`): the same form for the child picked before (the server marks it `enteredByStaff`).
 */
@Component({
  selector: 'lotse-request-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
    FormMessageComponent,
    PageComponent,
    ScheduleEditorComponent,
  ],
  template: `
    <lotse-page
      [title]="(staff() ? 'placements.enter.title' : id() ? 'placements.form.editTitle' : 'placements.form.title') | transloco"
      [loading]="saving() || existing.isLoading()"
    >
      <mat-card appearance="outlined" class="form-card">
        <mat-card-content>
          <lotse-form-message [message]="message()" testId="request-form-error" />
          <p class="form-intro">
            {{ (staff() ? 'placements.enter.formIntro' : 'placements.form.intro') | transloco }} {{ 'common.requiredNote' | transloco }}
          </p>
          <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="request-form">
            <fieldset class="form-section">
              <legend>{{ 'placements.form.sections.child' | transloco }}</legend>
              <div class="form-grid">
                <mat-form-field>
                  <mat-label>{{ 'placements.form.child' | transloco }}</mat-label>
                  <mat-select formControlName="childId" required data-testid="request-child">
                    @for (c of childItems(); track c.id) {
                      <mat-option [value]="c.id">{{ c.firstName }} {{ c.lastName }}</mat-option>
                    }
                  </mat-select>
                  @if (noChildren()) {
                    <mat-hint>{{ 'placements.form.noChildren' | transloco }}</mat-hint>
                  }
                  <mat-error>{{ form.controls.childId | lotseFieldError }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'placements.form.desiredStart' | transloco }}</mat-label>
                  <input
                    matInput
                    [matDatepicker]="picker"
                    [min]="minDate"
                    formControlName="desiredStart"
                    required
                    autocomplete="off"
                    data-testid="request-start"
                  />
                  <mat-hint>{{ 'placements.common.dateHint' | transloco }}</mat-hint>
                  <mat-datepicker-toggle matIconSuffix [for]="picker" />
                  <mat-datepicker #picker />
                  <mat-error>{{ form.controls.desiredStart | lotseFieldError }}</mat-error>
                </mat-form-field>
              </div>
            </fieldset>

            <lotse-schedule-editor
              [array]="form.controls.schedule"
              [legend]="'placements.form.sections.times' | transloco"
              testId="request-schedule"
            />

            <fieldset class="form-section" formGroupName="address">
              <legend>{{ 'placements.form.sections.address' | transloco }}</legend>
              <div class="form-grid">
                <mat-form-field class="span-all">
                  <mat-label>{{ 'placements.form.street' | transloco }}</mat-label>
                  <input matInput formControlName="street" required autocomplete="street-address" data-testid="request-street" />
                  <mat-error>{{ form.controls.address.controls.street | lotseFieldError }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'placements.form.postcode' | transloco }}</mat-label>
                  <input
                    matInput
                    formControlName="postcode"
                    required
                    autocomplete="postal-code"
                    inputmode="numeric"
                    data-testid="request-postcode"
                  />
                  <mat-error>{{ form.controls.address.controls.postcode | lotseFieldError }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'placements.form.city' | transloco }}</mat-label>
                  <input matInput formControlName="city" required autocomplete="address-level2" data-testid="request-city" />
                  <mat-error>{{ form.controls.address.controls.city | lotseFieldError }}</mat-error>
                </mat-form-field>
              </div>
            </fieldset>
            <div class="form-grid">
              <mat-form-field>
                <mat-label>{{ 'placements.form.district' | transloco }}</mat-label>
                <mat-select formControlName="district" required data-testid="request-district">
                  @for (d of districts(); track d) {
                    <mat-option [value]="d">{{ d }}</mat-option>
                  }
                </mat-select>
                <mat-error>{{ form.controls.district | lotseFieldError }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'placements.form.maxDistance' | transloco }}</mat-label>
                <input matInput type="number" min="1" max="50" formControlName="maxDistanceKm" required data-testid="request-distance" />
                <span matTextSuffix>km</span>
                <mat-error>{{ form.controls.maxDistanceKm | lotseFieldError }}</mat-error>
              </mat-form-field>
            </div>

            <fieldset class="form-section" formGroupName="needs">
              <legend>{{ 'placements.form.sections.needs' | transloco }}</legend>
              <div class="form-grid">
                <mat-form-field class="span-all">
                  <mat-label>{{ 'placements.form.specialNeeds' | transloco }}</mat-label>
                  <textarea matInput rows="2" formControlName="specialNeeds" data-testid="request-special-needs"></textarea>
                  <mat-error>{{ form.controls.needs.controls.specialNeeds | lotseFieldError }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'placements.form.allergies' | transloco }}</mat-label>
                  <input matInput formControlName="allergies" data-testid="request-allergies" />
                  <mat-error>{{ form.controls.needs.controls.allergies | lotseFieldError }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'placements.form.nutrition' | transloco }}</mat-label>
                  <input matInput formControlName="nutrition" data-testid="request-nutrition" />
                  <mat-error>{{ form.controls.needs.controls.nutrition | lotseFieldError }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'placements.form.languages' | transloco }}</mat-label>
                  <input matInput formControlName="languages" data-testid="request-languages" />
                  <mat-hint>{{ 'placements.form.languagesHint' | transloco }}</mat-hint>
                  <mat-error>{{ form.controls.needs.controls.languages | lotseFieldError }}</mat-error>
                </mat-form-field>
                <mat-checkbox formControlName="animalAllergy" data-testid="request-animal-allergy">{{
                  'placements.request.animalAllergy' | transloco
                }}</mat-checkbox>
              </div>
            </fieldset>

            <fieldset class="form-section" formGroupName="wishes">
              <legend>{{ 'placements.form.sections.wishes' | transloco }}</legend>
              <div class="checks">
                <mat-checkbox formControlName="noSmokingHousehold" data-testid="request-no-smoking">{{
                  'placements.request.noSmoking' | transloco
                }}</mat-checkbox>
                <mat-checkbox formControlName="petsOk" data-testid="request-pets-ok">{{
                  'placements.request.petsOk' | transloco
                }}</mat-checkbox>
                <mat-checkbox formControlName="siblingsTogether" data-testid="request-siblings">{{
                  'placements.request.siblings' | transloco
                }}</mat-checkbox>
              </div>
            </fieldset>

            <mat-form-field class="full">
              <mat-label>{{ 'placements.form.notes' | transloco }}</mat-label>
              <textarea matInput rows="3" formControlName="notes" data-testid="request-notes"></textarea>
              <mat-error>{{ form.controls.notes | lotseFieldError }}</mat-error>
            </mat-form-field>

            <div class="form-actions">
              <a mat-button [routerLink]="cancelLink()" data-testid="request-cancel">{{ 'common.cancel' | transloco }}</a>
              <button mat-flat-button type="submit" [disabled]="saving()" data-testid="request-submit">
                {{ (id() ? 'placements.form.save' : 'placements.form.submit') | transloco }}
              </button>
            </div>
          </form>
        </mat-card-content>
      </mat-card>
    </lotse-page>
  `,
  styles: `
    .form-section {
      border: 0;
      padding: 0;
      margin: 0 0 16px;
    }
    legend {
      font: var(--mat-sys-title-medium);
      margin-bottom: 8px;
      padding: 0;
    }
    .checks {
      display: flex;
      flex-direction: column;
    }
    .full {
      width: 100%;
    }
  `,
})
export class RequestFormPage {
  private readonly api = inject(CareRequestsApi);
  private readonly childrenApi = inject(ChildrenApi);
  private readonly tenant = inject(TenantApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly formRef = viewChild.required<ElementRef<HTMLElement>>('formEl');

  /** Route parameter `:id` when editing. */
  readonly id = input<string | undefined>(undefined);
  /** Route parameter `:childId` when an advisor enters a request for the parents. */
  readonly childId = input<string | undefined>(undefined);
  /** Route data: an advisor enters the request on the parents' behalf. */
  readonly staff = input(false);

  protected readonly form = createRequestForm();
  protected readonly minDate = new Date(`${todayIso()}T00:00:00`);
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  /** Parents choose among their children; an advisor's child was picked on the step before. */
  protected readonly children = rxResource({
    params: () => ({ staff: this.staff(), childId: this.childId() }),
    stream: ({ params }) =>
      params.staff && params.childId
        ? this.childrenApi.get(params.childId).pipe(map((c): Page<ChildDto> => ({ items: [c], total: 1, page: 1, pageSize: 1 })))
        : this.childrenApi.list({ page: 1, pageSize: 100 }),
  });
  private readonly home = computed(() => (this.staff() ? '/advisor/care-requests' : '/parent/requests'));
  protected readonly cancelLink = computed(() => (this.id() ? [this.home(), this.id()] : [this.home()]));
  /** `value()` throws while the resource is in error (an advisor's unknown child): read it only when there. */
  protected readonly childItems = computed(() => (this.children.hasValue() ? this.children.value().items : []));
  protected readonly noChildren = computed(() => this.children.hasValue() && this.children.value().items.length === 0);
  private readonly office = rxResource({ stream: () => this.tenant.get() });
  protected readonly districts = computed(() => this.office.value()?.districts ?? []);
  protected readonly existing = rxResource({ params: () => this.id(), stream: ({ params }) => (params ? this.api.get(params) : of(null)) });

  constructor() {
    effect(() => {
      const r = this.existing.value();
      if (r) {
        fillRequestForm(this.form, r);
        this.form.controls.childId.disable();
      }
    });
    // The advisor's child could not be read (unknown id, another office's): say so instead of an empty select.
    effect(() => {
      if (this.staff() && this.children.error()) this.message.set({ key: 'placements.enter.childNotFound' });
    });
    // One child: preselected.
    effect(() => {
      const items = this.childItems();
      if (!this.id() && items.length === 1 && !this.form.controls.childId.value) this.form.controls.childId.setValue(items[0].id);
      if (this.staff() && items.length === 1) this.form.controls.childId.disable();
    });
  }

  protected submit(): void {
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.form.controls.schedule.markAsDirty();
      focusFirstInvalid(this.formRef());
      return;
    }
    this.saving.set(true);
    const details = requestDetails(this.form);
    const existing = this.existing.value();
    const call = existing
      ? this.api.update(existing.id, { ...details, version: existing.version })
      : this.api.create({ ...details, childId: this.form.getRawValue().childId ?? '' });
    call.subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.notifier.success(existing ? 'placements.form.saved' : 'placements.form.submitted');
        void this.router.navigate([this.home(), saved.id]);
      },
      error: (err: unknown) => {
        this.saving.set(false);
        const text = applyApiErrors(this.form, toApiError(err), { shownInPlace: ['schedule'] });
        this.message.set(text ? { text } : null);
        focusFirstInvalid(this.formRef());
      },
    });
  }
}
