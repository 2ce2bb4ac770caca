import { FormControl, FormGroup, Validators, type NonNullableFormBuilder } from '@angular/forms';
import type { RegisterParentDto } from '@lotse/shared/contracts';
import { LotseValidators } from '@lotse/web/ui';
import { newPasswordControls } from '@lotse/web/auth/feature';

/** The parents' registration form (mirrors `RegisterParentDto`; the server stays authoritative). */
export function createParentRegistrationForm(fb: NonNullableFormBuilder) {
  const passwordControls = newPasswordControls(fb);
  const form = new FormGroup({
    email: fb.control('', [Validators.required, Validators.email, Validators.maxLength(254)]),
    ...passwordControls,
    firstName: fb.control('', [Validators.required, Validators.maxLength(100)]),
    lastName: fb.control('', [Validators.required, Validators.maxLength(100)]),
    phone: fb.control('', [LotseValidators.phone]),
    privacyNoticeAccepted: new FormControl(false, {
      nonNullable: true,
      validators: [(c) => (c.value === true ? null : { privacyNotice: true })],
    }),
  });
  return { form, passwordControls };
}

export type ParentRegistrationForm = ReturnType<typeof createParentRegistrationForm>['form'];

export function toRegisterParentDto(form: ParentRegistrationForm, tenantSlug: string): RegisterParentDto {
  const v = form.getRawValue();
  const phone = v.phone.trim();
  return {
    tenantSlug,
    email: v.email.trim(),
    password: v.password,
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    ...(phone ? { phone } : {}),
    privacyNoticeAccepted: v.privacyNoticeAccepted,
  };
}
