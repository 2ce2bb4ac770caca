import { Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CreateUserDto, OfficeRole, UserDto } from '@lotse/shared/contracts';
import { UsersApi, toApiError } from '@lotse/web/core';
import {
  FormMessageComponent,
  focusFirstInvalid,
  type FormMessage,
  FieldErrorPipe,
  LotseValidators,
  OFFICE_ROLE_VALUES,
  applyApiErrors,
} from '@lotse/web/ui';

/** Creates an account; closes with the new user. Field rules mirror `CreateUserDto`. */
@Component({
  selector: 'lotse-create-user-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
    FormMessageComponent,
  ],
  templateUrl: './create-user.dialog.html',
})
export class CreateUserDialog {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly api = inject(UsersApi);
  private readonly dialogRef = inject<MatDialogRef<CreateUserDialog, UserDto>>(MatDialogRef);
  private readonly formRef = viewChild.required<ElementRef<HTMLFormElement>>('formEl');

  protected readonly roles = OFFICE_ROLE_VALUES;
  protected readonly form = this.fb.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    firstName: ['', [Validators.required, Validators.maxLength(100)]],
    lastName: ['', [Validators.required, Validators.maxLength(100)]],
    phone: ['', [LotseValidators.phone]],
    role: this.fb.control<OfficeRole | null>(null, Validators.required),
    password: ['', [Validators.required, Validators.minLength(12), Validators.maxLength(200)]],
  });
  protected readonly saving = signal(false);
  protected readonly message = signal<FormMessage | null>(null);

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    this.message.set(null);
    const value = this.form.getRawValue();
    if (this.form.invalid || !value.role) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formRef().nativeElement);
      return;
    }
    const body: CreateUserDto = {
      email: value.email.trim(),
      firstName: value.firstName.trim(),
      lastName: value.lastName.trim(),
      role: value.role,
      password: value.password,
    };
    if (value.phone.trim()) {
      body.phone = value.phone.trim();
    }
    this.saving.set(true);
    this.dialogRef.disableClose = true;
    this.api.create(body).subscribe({
      next: (user) => this.dialogRef.close(user),
      error: (error: unknown) => {
        this.saving.set(false);
        this.dialogRef.disableClose = false;
        const text = applyApiErrors(this.form, toApiError(error));
        this.message.set(text ? { text } : null);
        focusFirstInvalid(this.formRef().nativeElement);
      },
    });
  }
}
