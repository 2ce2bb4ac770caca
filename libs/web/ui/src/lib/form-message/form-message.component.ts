import { Component, ElementRef, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** A message for a whole form: a translation key, or a ready (German) text from the server. */
export interface FormMessage {
  key?: string;
  params?: Record<string, unknown>;
  text?: string;
}

/**
 * A live region that is always in the DOM (so screen readers announce changes) and shows the
 * form-level error, if any. Put action buttons (e.g. "reload") inside as content.
 */
@Component({
  selector: 'lotse-form-message',
  imports: [MatIconModule, TranslocoPipe],
  host: { role: 'alert', 'aria-live': 'assertive', '[attr.data-testid]': 'testId()' },
  template: `
    @if (message(); as msg) {
      <div class="form-message">
        <mat-icon aria-hidden="true" fontIcon="error" />
        <div class="form-message-body">
          <p>{{ msg.text ?? (msg.key ?? 'errors.generic' | transloco: msg.params) }}</p>
          <ng-content />
        </div>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .form-message {
      display: flex;
      gap: 12px;
      align-items: flex-start;
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    p {
      margin: 0;
    }
  `,
})
export class FormMessageComponent {
  readonly message = input<FormMessage | null>(null);
  readonly testId = input('form-message');
}

/** Moves focus to the first invalid field, so keyboard and screen-reader users land on the problem. */
export function focusFirstInvalid(root: HTMLElement | ElementRef<HTMLElement> | null | undefined): void {
  const el = root instanceof ElementRef ? root.nativeElement : root;
  if (!el) return; // not rendered (yet): nothing to focus
  // Let Angular render the error state first.
  setTimeout(() => {
    el.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid')?.focus();
  });
}
