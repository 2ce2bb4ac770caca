import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { CapacitySettingsDto, UpdateCapacitySettingsDto } from '@lotse/shared/contracts';
import { LotseValidators } from '@lotse/web/ui';

/*
 * The form of the admin page "Kapazitätsgrenzen" and its mapping to `UpdateCapacitySettingsDto`.
 * The maxima come from the server's answer (`legalMaxima`, NRW KiBiz §22): the client checks them
 * for quick feedback, the server stays authoritative with German field errors on the same names.
 */

export type CapacityLimitField = 'maxPresent' | 'maxContracts' | 'siteMaxPresent' | 'siteMaxChildminders' | 'siteMaxContracts';
export const CAPACITY_LIMIT_FIELDS: readonly CapacityLimitField[] = [
  'maxPresent',
  'maxContracts',
  'siteMaxPresent',
  'siteMaxChildminders',
  'siteMaxContracts',
];

const int = (required: boolean) =>
  new FormControl<number | null>(null, [...(required ? [Validators.required] : []), Validators.min(1), LotseValidators.integer]);

export function createCapacitySettingsForm() {
  return new FormGroup({
    maxPresent: int(true),
    maxContracts: int(true),
    ownChildrenCount: new FormControl(true, { nonNullable: true }),
    siteMaxPresent: int(true),
    siteMaxChildminders: int(true),
    /** Empty = no cap on the site's contracts. */
    siteMaxContracts: int(false),
  });
}

export type CapacitySettingsForm = ReturnType<typeof createCapacitySettingsForm>;

/** Fills the form and sets each limit's maximum to the legal one the server names. */
export function fillCapacitySettingsForm(form: CapacitySettingsForm, dto: CapacitySettingsDto): void {
  for (const field of CAPACITY_LIMIT_FIELDS) {
    const control = form.controls[field];
    control.setValidators([
      ...(field === 'siteMaxContracts' ? [] : [Validators.required]),
      Validators.min(1),
      Validators.max(dto.legalMaxima[field]),
      LotseValidators.integer,
    ]);
  }
  form.reset({
    maxPresent: dto.maxPresent,
    maxContracts: dto.maxContracts,
    ownChildrenCount: dto.ownChildrenCount,
    siteMaxPresent: dto.siteMaxPresent,
    siteMaxChildminders: dto.siteMaxChildminders,
    siteMaxContracts: dto.siteMaxContracts,
  });
}

const num = (v: unknown): number => Number(v);

export function toCapacitySettingsBody(form: CapacitySettingsForm, version: number): UpdateCapacitySettingsDto {
  const v = form.getRawValue();
  const siteMaxContracts = v.siteMaxContracts === null || (v.siteMaxContracts as unknown) === '' ? null : num(v.siteMaxContracts);
  return {
    maxPresent: num(v.maxPresent),
    maxContracts: num(v.maxContracts),
    ownChildrenCount: v.ownChildrenCount,
    siteMaxPresent: num(v.siteMaxPresent),
    siteMaxChildminders: num(v.siteMaxChildminders),
    siteMaxContracts,
    version,
  };
}
