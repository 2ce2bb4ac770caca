import { Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@lotse/web/core';
import type { BlockingEntry } from './blocking';

let nextId = 0;

/**
 * What keeps the office from granting the permit: mandatory evidence that is missing or expired,
 * item by item, and a missing home visit. A live region, so a refused decision's list is announced.
 * German shows the office's own sentences; other languages a translated type and status.
 */
@Component({
  selector: 'lotse-blocking-list',
  imports: [MatIconModule, RouterLink, TranslocoPipe],
  host: { '[attr.data-testid]': 'testId()', role: 'region', '[attr.aria-labelledby]': 'headingId', '[class.clear]': 'clear()' },
  template: `
    <div class="panel" aria-live="polite">
      <h2 class="panel-title" [id]="headingId">
        <mat-icon aria-hidden="true" [fontIcon]="clear() ? 'check_circle' : 'report'" />
        {{ title() }}
      </h2>
      @if (clear()) {
        <p class="panel-text" data-testid="blocking-none">{{ clearText() }}</p>
      } @else {
        @if (message()) {
          <p class="panel-text" data-testid="blocking-message">{{ message() }}</p>
        }
        <ul class="items">
          @for (entry of entries(); track entry.type + (entry.personName ?? '')) {
            <li data-testid="blocking-item" [attr.data-type]="entry.type">
              @if (german() || !entry.status) {
                {{ entry.text }}
              } @else {
                {{ 'permits.evidenceType.' + entry.type | transloco }}{{ entry.personName ? ' (' + entry.personName + ')' : '' }}:
                {{ 'permits.blockingStatus.' + entry.status | transloco }}
              }
            </li>
          }
          @if (checksMessage()) {
            <li data-testid="blocking-checks" data-type="checks">
              {{ german() ? checksMessage() : ('permits.blocking.homeVisitMissing' | transloco) }}
            </li>
          }
        </ul>
        @if (childminderId()) {
          <p class="panel-text">
            <a [routerLink]="['/advisor/childminders', childminderId()]" data-testid="blocking-file-link">{{
              'permits.blocking.openFile' | transloco
            }}</a>
          </p>
        }
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      margin: 0 0 16px;
    }
    .panel {
      padding: 12px 16px;
      border: 2px solid #b3261e;
      border-radius: var(--mat-sys-corner-medium);
      background: #fdecea;
      color: #5f1410;
    }
    :host(.clear) .panel {
      border-color: #9fd3ab;
      background: #e8f5eb;
      color: #0d5322;
    }
    .panel-title {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .panel-text {
      margin: 4px 0;
    }
    .items {
      margin: 4px 0;
      padding-left: 24px;
    }
    a {
      color: inherit;
      font-weight: 500;
    }
  `,
})
export class BlockingListComponent {
  private readonly language = inject(LanguageService);

  readonly entries = input.required<readonly BlockingEntry[]>();
  /** A missing home visit (`checks`), from the server's 422 or derived from the recorded checks. */
  readonly checksMessage = input<string | null>(null);
  /** The general message of a refused decision. */
  readonly message = input<string | null>(null);
  readonly title = input.required<string>();
  readonly clearText = input.required<string>();
  /** Shows a link to the childminder's file (advisors), where evidence is recorded. */
  readonly childminderId = input<string | null>(null);
  readonly testId = input('blocking-list');

  protected readonly headingId = `blocking-heading-${nextId++}`;
  protected readonly clear = computed(() => this.entries().length === 0 && !this.checksMessage());

  /** German shows the office's sentences as sent; other languages translate type and status. */
  protected readonly german = computed(() => this.language.lang() === 'de');
}
