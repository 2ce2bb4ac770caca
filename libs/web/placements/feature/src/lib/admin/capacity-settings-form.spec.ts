import type { CapacitySettingsDto } from '@lotse/shared/contracts';
import { createCapacitySettingsForm, fillCapacitySettingsForm, toCapacitySettingsBody } from './capacity-settings-form';

const dto = (): CapacitySettingsDto => ({
  maxPresent: 5,
  maxContracts: 8,
  ownChildrenCount: true,
  siteMaxPresent: 9,
  siteMaxChildminders: 3,
  siteMaxContracts: null,
  legalMaxima: { maxPresent: 5, maxContracts: 10, siteMaxPresent: 9, siteMaxChildminders: 3, siteMaxContracts: 15 },
  version: 7,
});

describe('capacity settings form', () => {
  it('round-trips the limits with the version; an empty site contract cap is sent as null', () => {
    const form = createCapacitySettingsForm();
    fillCapacitySettingsForm(form, dto());
    expect(form.valid).toBe(true);
    form.patchValue({ maxContracts: '10' as unknown as number, ownChildrenCount: false });
    expect(toCapacitySettingsBody(form, 7)).toEqual({
      maxPresent: 5,
      maxContracts: 10,
      ownChildrenCount: false,
      siteMaxPresent: 9,
      siteMaxChildminders: 3,
      siteMaxContracts: null,
      version: 7,
    });
    form.controls.siteMaxContracts.setValue(12);
    expect(toCapacitySettingsBody(form, 7).siteMaxContracts).toBe(12);
  });

  it('checks the legal maxima the server names, whole numbers and the required limits', () => {
    const form = createCapacitySettingsForm();
    fillCapacitySettingsForm(form, dto());
    const c = form.controls;
    c.maxPresent.setValue(6);
    c.maxContracts.setValue(11);
    c.siteMaxPresent.setValue(2.5);
    c.siteMaxChildminders.setValue(null);
    c.siteMaxContracts.setValue(16);
    expect(c.maxPresent.errors).toMatchObject({ max: { max: 5 } });
    expect(c.maxContracts.errors).toMatchObject({ max: { max: 10 } });
    expect(c.siteMaxPresent.errors).toMatchObject({ integer: true });
    expect(c.siteMaxChildminders.errors).toMatchObject({ required: true });
    expect(c.siteMaxContracts.errors).toMatchObject({ max: { max: 15 } });
    c.siteMaxContracts.setValue(null);
    expect(c.siteMaxContracts.errors).toBeNull();
  });
});
