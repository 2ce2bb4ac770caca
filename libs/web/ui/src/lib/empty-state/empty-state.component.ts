import { Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** Shown instead of an empty list or a failed load: what is (not) here and what to do next. */
@Component({
  selector: 'lotse-empty-state',
  imports: [MatIconModule],
  host: { '[attr.data-testid]': 'testId()', '[attr.role]': 'role()' },
  template: `
    <mat-icon class="empty-icon" aria-hidden="true" [fontIcon]="icon()" />
    <p class="empty-title">{{ title() }}</p>
    @if (text()) {
      <p class="empty-text">{{ text() }}</p>
    }
    <div class="empty-actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      text-align: center;
      gap: 8px;
      padding: 40px 16px;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .empty-icon {
      width: 48px;
      height: 48px;
      font-size: 48px;
      color: var(--mat-sys-primary);
    }
    .empty-title {
      margin: 0;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface);
    }
    .empty-text {
      margin: 0;
      max-width: 48ch;
    }
    .empty-actions:not(:empty) {
      margin-top: 8px;
    }
  `,
})
export class EmptyStateComponent {
  readonly icon = input('inbox');
  readonly title = input.required<string>();
  readonly text = input<string | null>(null);
  readonly testId = input('empty-state');
  /** `status` for an empty list; `alert` for a failure the user should hear about at once. */
  readonly role = input<'status' | 'alert'>('status');
}
