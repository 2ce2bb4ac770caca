import { Component, input, model } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators, type NonNullableFormBuilder } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { ShowPasswordToggleComponent } from './show-password-toggle';
import { FieldErrorPipe, LotseValidators, PASSWORD_RULES_VALUE as PASSWORD_RULES } from '@lotse/web/ui';

export interface NewPasswordControls {
  password: FormControl<string>;
  repeat: FormControl<string>;
}

/**
 * The controls for a new password and its repetition, with the shared policy. Add them to the
 * form group under `passwordField` and `repeat`; the repetition is re-checked when the password changes.
 */
export function newPasswordControls(fb: NonNullableFormBuilder, passwordField = 'password'): NewPasswordControls {
  const password = fb.control('', [
    Validators.required,
    Validators.minLength(PASSWORD_RULES.minLength),
    Validators.maxLength(PASSWORD_RULES.maxLength),
  ]);
  const repeat = fb.control('', [Validators.required, LotseValidators.repeatsPassword(passwordField)]);
  password.valueChanges.subscribe(() => repeat.updateValueAndValidity({ emitEvent: false }));
  return { password, repeat };
}

/** "New password" (with the rules and a show-password toggle) and "repeat", inside the caller's form. */
@Component({
  selector: 'lotse-new-password-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe, FieldErrorPipe, ShowPasswordToggleComponent],
  template: `
    <mat-form-field subscriptSizing="dynamic">
      <mat-label>{{ 'auth.reset.password' | transloco }}</mat-label>
      <input
        matInput
        [type]="showPassword() ? 'text' : 'password'"
        [formControl]="controls().password"
        autocomplete="new-password"
        required
        [attr.data-testid]="testId() + '-password'"
      />
      <lotse-show-password matSuffix [(shown)]="showPassword" />
      <mat-hint [attr.data-testid]="testId() + '-rules'">{{ 'auth.reset.rules' | transloco: { min: rules.minLength } }}</mat-hint>
      <mat-error>{{ controls().password | lotseFieldError }}</mat-error>
    </mat-form-field>

    <mat-form-field class="repeat" subscriptSizing="dynamic">
      <mat-label>{{ 'auth.reset.repeat' | transloco }}</mat-label>
      <input
        matInput
        [type]="showPassword() ? 'text' : 'password'"
        [formControl]="controls().repeat"
        autocomplete="new-password"
        required
        [attr.data-testid]="testId() + '-repeat'"
      />
      <mat-error>{{ controls().repeat | lotseFieldError }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
      margin-bottom: 8px;
    }
    .repeat {
      margin-top: 8px;
    }
  `,
})
export class NewPasswordFieldsComponent {
  readonly controls = input.required<NewPasswordControls>();
  /** Prefix of the fields' `data-testid`s (`<prefix>-password`, `<prefix>-repeat`, `<prefix>-rules`). */
  readonly testId = input.required<string>();
  readonly showPassword = model(false);
  protected readonly rules = PASSWORD_RULES;
}
