import { Component, input, model } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** The eye button in a password field (`matSuffix`): shows or hides what was typed. */
@Component({
  selector: 'lotse-show-password',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  template: `
    <button
      mat-icon-button
      type="button"
      (click)="shown.set(!shown())"
      [attr.aria-label]="labelKey() | transloco"
      [attr.aria-pressed]="shown()"
    >
      <mat-icon aria-hidden="true" [fontIcon]="shown() ? 'visibility_off' : 'visibility'" />
    </button>
  `,
})
export class ShowPasswordToggleComponent {
  readonly shown = model(false);
  readonly labelKey = input('auth.reset.showPassword');
}
