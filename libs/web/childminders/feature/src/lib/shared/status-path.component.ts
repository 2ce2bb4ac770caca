import { Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChildminderStatus } from '@lotse/shared/contracts';
import { pathSteps } from './status-path';

/**
 * The lifecycle as a static, ordered list of steps (not an interactive wizard): done steps with a
 * check, the current one marked `aria-current="step"`, the rest open. Paused/ended shown as a note.
 */
@Component({
  selector: 'lotse-status-path',
  imports: [MatIconModule, TranslocoPipe],
  template: `
    <ol class="path" data-testid="status-path" [attr.aria-label]="'childminders.path.stepsLabel' | transloco">
      @for (step of steps(); track step.status; let i = $index) {
        <li
          class="step"
          [class]="'step state-' + step.state"
          [attr.aria-current]="step.state === 'current' ? 'step' : null"
          [attr.data-status]="step.status"
          data-testid="status-path-step"
        >
          <span class="marker" aria-hidden="true">
            @if (step.state === 'done') {
              <mat-icon fontIcon="check" />
            } @else {
              {{ i + 1 }}
            }
          </span>
          <span class="label">
            {{ 'childminders.status.' + step.status | transloco }}
            <span class="visually-hidden">({{ 'childminders.path.state.' + step.state | transloco }})</span>
          </span>
        </li>
      }
    </ol>
    @if (status() === 'paused' || status() === 'ended') {
      <p class="side-state" data-testid="status-path-side">{{ 'childminders.path.side.' + status() | transloco }}</p>
    }
  `,
  styles: `
    .path {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
      counter-reset: none;
    }
    .step {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 6px 12px 6px 6px;
      border-radius: 20px;
      border: 1px solid var(--mat-sys-outline-variant);
      color: var(--mat-sys-on-surface-variant);
    }
    .marker {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 28px;
      height: 28px;
      border-radius: 50%;
      border: 2px solid currentColor;
      font-weight: 700;
    }
    .marker mat-icon {
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
    .state-done {
      color: #0d5322;
      background: #dcf3e1;
      border-color: #9fd3ab;
    }
    .state-current {
      color: var(--mat-sys-on-primary);
      background: var(--mat-sys-primary);
      border-color: var(--mat-sys-primary);
      font-weight: 700;
    }
    .side-state {
      margin: 8px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StatusPathComponent {
  readonly status = input.required<ChildminderStatus>();
  protected readonly steps = computed(() => pathSteps(this.status()));
}
