import { Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { HouseService, InquiryDto, InquiryStatus } from '@lotse/shared/contracts';
import { HOUSE_SERVICES, INQUIRY_TRANSITIONS } from '@lotse/shared/contracts/values';
import { LanguageService, toApiError } from '@lotse/web/core';
import { InquiriesApi, RotaApi } from '@lotse/web/inquiries/data-access';
import {
  EmptyStateComponent,
  FormMessageComponent,
  LotseDatePipe,
  PageComponent,
  StatusBadgeComponent,
  type FormMessage,
} from '@lotse/web/ui';
import type { Observable } from 'rxjs';
import { inquiryStatusBadge, OVERDUE_BADGE } from '../presentation';

/** One inquiry: who asked what, due date, status changes with a note, assignment, notes and the history. */
@Component({
  selector: 'lotse-inquiry-detail-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    LotseDatePipe,
    PageComponent,
    EmptyStateComponent,
    StatusBadgeComponent,
    FormMessageComponent,
  ],
  template: `
    <lotse-page
      [title]="(item() ? 'inquiries.detail.title' : 'inquiries.detail.loading') | transloco: { reference: item()?.reference }"
      [loading]="inquiry.isLoading() || saving()"
    >
      <a lotsePageActions mat-button routerLink=".." data-testid="inquiry-back">
        <mat-icon aria-hidden="true" fontIcon="arrow_back" />
        {{ 'inquiries.detail.back' | transloco }}
      </a>
      @if (item(); as r) {
        <lotse-form-message [message]="message()" testId="inquiry-detail-error" />
        <div class="layout">
          <mat-card appearance="outlined">
            <mat-card-content>
              <div class="badges">
                <lotse-status-badge [badge]="badge(r.status)" [status]="r.status" testId="inquiry-detail-status" />
                @if (r.overdue) {
                  <lotse-status-badge [badge]="overdueBadge" status="overdue" testId="inquiry-detail-overdue" />
                }
              </div>
              <dl class="facts">
                <dt>{{ 'inquiries.columns.who' | transloco }}</dt>
                <dd data-testid="inquiry-detail-name">{{ r.name }}</dd>
                <dt>{{ 'inquiries.detail.contact' | transloco }}</dt>
                <dd>
                  {{ r.phone }}
                  @if (r.phone && r.email) {
                    ·
                  }
                  {{ r.email }}
                </dd>
                <dt>{{ 'inquiries.enter.channel' | transloco }}</dt>
                <dd>{{ 'inquiries.channels.' + r.channel | transloco }}</dd>
                <dt>{{ 'inquiries.columns.received' | transloco }}</dt>
                <dd>{{ r.receivedAt | lotseDate: language.tag() : 'dateTime' }}</dd>
                <dt>{{ 'inquiries.columns.due' | transloco }}</dt>
                <dd data-testid="inquiry-detail-due">{{ r.dueDate | lotseDate: language.tag() }}</dd>
                @if (r.enteredBy) {
                  <dt>{{ 'inquiries.detail.enteredBy' | transloco }}</dt>
                  <dd>{{ r.enteredBy }}</dd>
                }
              </dl>
              <h2 class="section">{{ 'inquiries.enter.message' | transloco }}</h2>
              <p class="message" data-testid="inquiry-detail-message">{{ r.message }}</p>
            </mat-card-content>
          </mat-card>
          <mat-card appearance="outlined">
            <mat-card-content>
              <h2 class="section">{{ 'inquiries.detail.handle' | transloco }}</h2>
              <mat-form-field class="full">
                <mat-label>{{ 'inquiries.enter.service' | transloco }}</mat-label>
                <mat-select [ngModel]="r.service" (ngModelChange)="changeService(r, $event)" data-testid="inquiry-detail-service">
                  @for (s of services; track s) {
                    <mat-option [value]="s">{{ 'inquiries.services.' + s | transloco }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field class="full">
                <mat-label>{{ 'inquiries.enter.assignee' | transloco }}</mat-label>
                <mat-select
                  [ngModel]="r.assignee?.id ?? ''"
                  (ngModelChange)="changeAssignee(r, $event)"
                  data-testid="inquiry-detail-assignee"
                >
                  <mat-option value="">{{ 'inquiries.queue.nobody' | transloco }}</mat-option>
                  @for (p of staff.value() ?? []; track p.userId) {
                    <mat-option [value]="p.userId">{{ p.name }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              @if (next(r).length) {
                <mat-form-field class="full">
                  <mat-label>{{ 'inquiries.detail.statusNote' | transloco }}</mat-label>
                  <textarea matInput rows="2" [(ngModel)]="statusNote" maxlength="2000" data-testid="inquiry-status-note"></textarea>
                  <mat-hint>{{ 'inquiries.detail.statusNoteHint' | transloco }}</mat-hint>
                </mat-form-field>
                <div class="actions">
                  @for (st of next(r); track st) {
                    <button mat-stroked-button type="button" (click)="setStatus(r, st)" [attr.data-testid]="'inquiry-to-' + st">
                      {{ 'inquiries.detail.to.' + st | transloco }}
                    </button>
                  }
                </div>
              }
              <h2 class="section">{{ 'inquiries.detail.notes' | transloco }}</h2>
              <mat-form-field class="full">
                <mat-label>{{ 'inquiries.detail.newNote' | transloco }}</mat-label>
                <textarea matInput rows="2" [(ngModel)]="noteText" maxlength="2000" data-testid="inquiry-note"></textarea>
              </mat-form-field>
              <button mat-stroked-button type="button" (click)="addNote(r)" [disabled]="!noteText.trim()" data-testid="inquiry-note-add">
                {{ 'inquiries.detail.addNote' | transloco }}
              </button>
            </mat-card-content>
          </mat-card>
        </div>
        <h2 class="section">{{ 'inquiries.detail.history' | transloco }}</h2>
        <ol class="history" data-testid="inquiry-history">
          @for (e of r.events ?? []; track e.id) {
            <li>
              <span class="when">{{ e.at | lotseDate: language.tag() : 'dateTime' }}</span>
              {{
                'inquiries.events.' + e.kind
                  | transloco: { to: e.toStatus ? ('inquiries.status.' + e.toStatus | transloco) : '', text: e.text ?? '' }
              }}
              @if (e.actorName) {
                <span class="who">– {{ e.actorName }}</span>
              }
              @if (e.text && (e.kind === 'note' || e.kind === 'status')) {
                <div class="text">{{ e.text }}</div>
              }
            </li>
          }
        </ol>
      } @else if (inquiry.error()) {
        <lotse-empty-state icon="search_off" testId="inquiry-not-found" [title]="'inquiries.detail.notFound' | transloco" />
      }
    </lotse-page>
  `,
  styles: `
    .layout {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
      gap: 16px;
    }
    .badges {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
    }
    .message {
      white-space: pre-wrap;
    }
    .section {
      font: var(--mat-sys-title-medium);
      margin-block: 16px 8px;
    }
    .full {
      width: 100%;
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .history {
      padding-inline-start: 20px;
    }
    .when,
    .who {
      color: var(--mat-sys-on-surface-variant);
    }
    .text {
      white-space: pre-wrap;
      margin-inline-start: 8px;
    }
  `,
})
export class InquiryDetailPage {
  private readonly api = inject(InquiriesApi);
  private readonly rota = inject(RotaApi);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly language = inject(LanguageService);
  protected readonly services = HOUSE_SERVICES;
  protected readonly overdueBadge = OVERDUE_BADGE;
  protected readonly badge = inquiryStatusBadge;
  protected readonly staff = rxResource({ stream: () => this.rota.staff() });
  protected readonly inquiry = rxResource({ stream: () => this.api.get(this.id) });
  private readonly updated = signal<InquiryDto | null>(null);
  protected readonly item = computed(() => this.updated() ?? this.inquiry.value() ?? null);
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);
  protected statusNote = '';
  protected noteText = '';

  protected next(r: InquiryDto): readonly InquiryStatus[] {
    return INQUIRY_TRANSITIONS[r.status];
  }

  protected changeService(r: InquiryDto, service: HouseService): void {
    this.run(this.api.update(r.id, { version: r.version, service }));
  }

  protected changeAssignee(r: InquiryDto, id: string): void {
    this.run(this.api.update(r.id, { version: r.version, assigneeId: id || null }));
  }

  protected setStatus(r: InquiryDto, status: InquiryStatus): void {
    this.run(
      this.api.changeStatus(r.id, { version: r.version, status, note: this.statusNote.trim() || undefined }),
      () => (this.statusNote = ''),
    );
  }

  protected addNote(r: InquiryDto): void {
    this.run(this.api.addNote(r.id, this.noteText.trim()), () => (this.noteText = ''));
  }

  private run(call: Observable<InquiryDto>, done?: () => void): void {
    this.saving.set(true);
    this.message.set(null);
    call.subscribe({
      next: (r) => {
        this.saving.set(false);
        this.updated.set(r);
        done?.();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const e = toApiError(error);
        this.message.set({ text: e.errors[0]?.message ?? e.message });
      },
    });
  }
}
