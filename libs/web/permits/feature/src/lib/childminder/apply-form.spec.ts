import { applicableKinds, createApplyForm, toApplyDto } from './apply-form';

describe('application form', () => {
  it('offers the first application without an issued permit, renewal or amendment with one', () => {
    expect(applicableKinds([])).toEqual(['initial']);
    expect(applicableKinds([{ status: 'expired' }, { status: 'revoked' }])).toEqual(['initial']);
    expect(applicableKinds([{ status: 'issued' }])).toEqual(['renewal', 'amendment']);
  });

  it('preselects the only possible kind and 5 children, and limits the number to 1–5', () => {
    const form = createApplyForm(['initial']);
    expect(form.getRawValue()).toEqual({ kind: 'initial', requestedMaxChildren: 5, note: '' });
    form.controls.requestedMaxChildren.setValue(6);
    expect(form.controls.requestedMaxChildren.hasError('max')).toBe(true);
    form.controls.requestedMaxChildren.setValue(0);
    expect(form.controls.requestedMaxChildren.hasError('min')).toBe(true);
    expect(createApplyForm(['renewal', 'amendment']).controls.kind.value).toBeNull();
  });

  it('builds the request body; an empty note is left out', () => {
    const form = createApplyForm(['initial']);
    expect(toApplyDto(form)).toEqual({ kind: 'initial', requestedMaxChildren: 5 });
    form.patchValue({ requestedMaxChildren: 3, note: '  Hausbesuch gern dienstags. ' });
    expect(toApplyDto(form)).toEqual({ kind: 'initial', requestedMaxChildren: 3, note: 'Hausbesuch gern dienstags.' });
  });
});
