import { Component, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { ReasonTextPipe } from './reason-text';

let nextId = 0;

/**
 * An expandable explanation: a button ("Warum dieser Vorschlag?" / "Warum nicht?") with
 * `aria-expanded` that shows or hides the list of reasons below it. Points are listed with their
 * number and sign in text ("+40 Punkte"), so nothing depends on colour. The reasons come from the
 * server in German with a code and parameters each; they are shown in the UI's language
 * (ReasonTextPipe), the German text when a reason has no code.
 */
@Component({
  selector: 'lotse-reasons',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, ReasonTextPipe],
  template: `
    <button
      mat-button
      type="button"
      class="toggle"
      [attr.aria-expanded]="open()"
      [attr.aria-controls]="listId"
      (click)="open.set(!open())"
      [attr.data-testid]="testId() + '-toggle'"
    >
      <mat-icon aria-hidden="true" [fontIcon]="open() ? 'expand_less' : 'expand_more'" />
      {{ label() }}
    </button>
    <div [id]="listId" [hidden]="!open()">
      @if (open()) {
        <ul class="reasons" [attr.data-testid]="testId()">
          @for (p of points(); track $index) {
            <li data-testid="reason">
              <span class="points">{{ 'matching.points' | transloco: { points: p.points } }}</span>
              <span>{{ { code: p.code, params: p.params, text: p.reason } | reasonText }}</span>
            </li>
          }
          @for (r of texts(); track $index) {
            <li data-testid="reason">
              <mat-icon aria-hidden="true" fontIcon="block" class="why-not" />
              <span>{{ { code: codes()[$index]?.code, params: codes()[$index]?.params, text: r } | reasonText }}</span>
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .toggle {
      margin-left: -12px;
    }
    .reasons {
      list-style: none;
      margin: 4px 0 8px;
      padding: 0;
      display: grid;
      gap: 4px;
    }
    li {
      display: flex;
      gap: 8px;
      align-items: baseline;
    }
    .points {
      min-width: 6.5em;
      font-weight: 500;
      font-variant-numeric: tabular-nums;
    }
    .why-not {
      width: 18px;
      height: 18px;
      font-size: 18px;
      align-self: center;
    }
  `,
})
export class ReasonsComponent {
  /** Text of the toggle button. */
  readonly label = input.required<string>();
  /** "Why this suggestion": every point with its reason. */
  readonly points = input<ReadonlyArray<{ points: number; reason: string; code?: string; params?: Record<string, string | number> }>>([]);
  /** "Why not": the failed rules (German) … */
  readonly texts = input<readonly string[]>([]);
  /** … and the same as codes with parameters, in the same order. */
  readonly codes = input<ReadonlyArray<{ code: string; params: Record<string, string | number> }>>([]);
  readonly testId = input('reasons');
  protected readonly open = signal(false);
  protected readonly listId = `lotse-reasons-${nextId++}`;
}
