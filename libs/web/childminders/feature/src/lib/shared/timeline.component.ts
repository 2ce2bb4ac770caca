import { Component, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { TimelineEventDto } from '@lotse/shared/contracts';
import { LanguageService } from '@lotse/web/core';
import { LotseDatePipe } from '@lotse/web/ui';

const ICONS: Record<string, string> = {
  created: 'create_new_folder',
  registered: 'how_to_reg',
  profile_updated: 'edit',
  status_changed: 'swap_horiz',
  evidence_recorded: 'task_alt',
  document_uploaded: 'upload_file',
  document_confirmed: 'verified',
  document_rejected: 'block',
  reminder_sent: 'notifications',
  good_conduct_deleted: 'delete_forever',
  evidence_deleted: 'delete',
  evidence_confirmed: 'verified',
  qualification_variant_set: 'school',
  recheck_opened: 'assignment_late',
  recheck_closed: 'assignment_turned_in',
  permit_ended: 'event_busy',
  permit_applied: 'post_add',
  check_recorded: 'fact_check',
  permit_decided: 'gavel',
  permit_refused: 'block',
  permit_issued: 'workspace_premium',
  permit_revoked: 'cancel',
  permit_expired: 'event_busy',
  permit_reminder_sent: 'notifications',
  permit_withdrawn: 'undo',
};

/** The file's history, newest first: when, who (and in which role), what (the server's German summary). */
@Component({
  selector: 'lotse-timeline',
  imports: [MatIconModule, TranslocoPipe, LotseDatePipe],
  template: `
    <ol class="timeline" data-testid="timeline" [attr.aria-label]="'childminders.timeline.title' | transloco">
      @for (event of events(); track event.id) {
        <li class="event" data-testid="timeline-event" [attr.data-type]="event.type">
          <mat-icon aria-hidden="true" class="event-icon" [fontIcon]="icon(event.type)" />
          <div class="event-body">
            <p class="event-what">
              <strong>{{ 'childminders.timeline.types.' + event.type | transloco }}</strong>
              @if (event.summary) {
                – <span lang="de" data-testid="timeline-summary">{{ event.summary }}</span>
              }
            </p>
            <p class="event-meta">
              <time [attr.datetime]="event.occurredAt">{{ event.occurredAt | lotseDate: language.tag() : 'dateTime' }}</time>
              ·
              @if (event.actor; as actor) {
                {{ actor.name }}
                @if (actor.role) {
                  ({{ 'roles.' + actor.role | transloco }})
                }
              } @else {
                {{ 'childminders.timeline.system' | transloco }}
              }
            </p>
          </div>
        </li>
      } @empty {
        <li class="event-meta" data-testid="timeline-empty">{{ 'childminders.timeline.empty' | transloco }}</li>
      }
    </ol>
  `,
  styles: `
    .timeline {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .event {
      display: flex;
      gap: 12px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .event-icon {
      flex: none;
      color: var(--mat-sys-primary);
    }
    .event-what,
    .event-meta {
      margin: 0;
    }
    .event-meta {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class TimelineComponent {
  protected readonly language = inject(LanguageService);
  readonly events = input.required<readonly TimelineEventDto[]>();

  protected icon(type: string): string {
    return ICONS[type] ?? 'history';
  }
}
