import {
  createDecisionForm,
  needsCondition,
  needsReason,
  revalidateDecision,
  toDecideDto,
  visibleFields,
  type DecisionForm,
} from './decision-form';

function choose(form: DecisionForm, patch: Partial<ReturnType<DecisionForm['getRawValue']>>): void {
  form.patchValue(patch);
  revalidateDecision(form);
}

describe('decision form rules', () => {
  it('needs a reason only for a grant below the maximum of 5 children', () => {
    expect(needsReason({ decision: 'grant', maxChildren: 4 })).toBe(true);
    expect(needsReason({ decision: 'grant_with_conditions', maxChildren: 1 })).toBe(true);
    expect(needsReason({ decision: 'grant', maxChildren: 5 })).toBe(false);
    expect(needsReason({ decision: 'refuse', maxChildren: 3 })).toBe(false);
    expect(needsReason({ decision: null, maxChildren: 3 })).toBe(false);
    expect(needsReason({ decision: 'grant', maxChildren: 0 })).toBe(false);
  });

  it('asks for a reason below 5 children and lets the field go when the number goes back up', () => {
    const form = createDecisionForm();
    choose(form, { decision: 'grant', maxChildren: 3 });
    expect(form.controls.reasonForFewerChildren.errors).toEqual({ reasonRequired: { max: 5 } });
    expect(form.valid).toBe(false);
    expect(visibleFields(form.getRawValue()).reason).toBe(true);

    choose(form, { reasonForFewerChildren: '   ' });
    expect(form.controls.reasonForFewerChildren.hasError('reasonRequired')).toBe(true);
    choose(form, { reasonForFewerChildren: 'Nur ein Spielzimmer von 14 m².' });
    expect(form.valid).toBe(true);

    choose(form, { maxChildren: 5, reasonForFewerChildren: '' });
    expect(form.controls.reasonForFewerChildren.errors).toBeNull();
    expect(visibleFields(form.getRawValue()).reason).toBe(false);
    expect(form.valid).toBe(true);
  });

  it('keeps the number of children between 1 and 5 and whole', () => {
    const form = createDecisionForm();
    choose(form, { decision: 'grant', maxChildren: 6 });
    expect(form.controls.maxChildren.errors).toEqual({ max: { max: 5, actual: 6 } });
    choose(form, { maxChildren: 0 });
    expect(form.controls.maxChildren.hasError('min')).toBe(true);
    choose(form, { maxChildren: 2.5 });
    expect(form.controls.maxChildren.hasError('integer')).toBe(true);
    choose(form, { maxChildren: null });
    expect(form.controls.maxChildren.hasError('required')).toBe(true);
    // A refusal does not care about the number.
    choose(form, { decision: 'refuse' });
    expect(form.controls.maxChildren.errors).toBeNull();
  });

  it('"with conditions" needs a condition, named rooms or fewer children', () => {
    expect(needsCondition({ decision: 'grant_with_conditions', maxChildren: 5, rooms: [], conditions: [] })).toBe(true);
    expect(needsCondition({ decision: 'grant_with_conditions', maxChildren: 5, rooms: ['Spielzimmer'], conditions: [] })).toBe(false);
    expect(needsCondition({ decision: 'grant_with_conditions', maxChildren: 4, rooms: [], conditions: [] })).toBe(false);
    expect(needsCondition({ decision: 'grant', maxChildren: 5, rooms: [], conditions: [] })).toBe(false);

    const form = createDecisionForm();
    choose(form, { decision: 'grant_with_conditions', maxChildren: 5 });
    expect(form.controls.conditions.errors).toEqual({ conditionRequired: true });
    choose(form, { conditions: ['Der Gartenteich ist kindersicher abzudecken.'] });
    expect(form.controls.conditions.errors).toBeNull();
    expect(form.valid).toBe(true);
  });

  it('a refusal needs its reason and nothing else', () => {
    const form = createDecisionForm();
    choose(form, { decision: 'refuse', maxChildren: null });
    expect(form.controls.refusalReason.errors).toEqual({ refusalReasonRequired: true });
    expect(visibleFields(form.getRawValue())).toEqual({ grantFields: false, reason: false, conditions: false, refusalReason: true });
    choose(form, { refusalReason: 'Die Räume sind nicht kindgerecht.' });
    expect(form.valid).toBe(true);
  });

  it('starts with the requested number of children, at most 5', () => {
    expect(createDecisionForm(3).controls.maxChildren.value).toBe(3);
    expect(createDecisionForm(8).controls.maxChildren.value).toBe(5);
    expect(createDecisionForm().controls.maxChildren.value).toBe(5);
  });
});

describe('toDecideDto', () => {
  const base = { maxChildren: 5, reasonForFewerChildren: '', rooms: [], conditions: [], validFrom: null, refusalReason: '' };

  it('sends only the reason for a refusal', () => {
    expect(toDecideDto({ ...base, decision: 'refuse', maxChildren: 3, conditions: ['x'], refusalReason: '  Räume ungeeignet. ' })).toEqual({
      decision: 'refuse',
      refusalReason: 'Räume ungeeignet.',
    });
  });

  it('sends conditions and named rooms only "with conditions", trimmed and without empty entries', () => {
    expect(toDecideDto({ ...base, decision: 'grant', rooms: ['Spielzimmer'], conditions: ['Auflage'] })).toEqual({
      decision: 'grant',
      maxChildren: 5,
    });
    expect(
      toDecideDto({
        ...base,
        decision: 'grant_with_conditions',
        rooms: [' Spielzimmer (EG) ', ''],
        conditions: [' Der Gartenteich ist kindersicher abzudecken. ', ' '],
      }),
    ).toEqual({
      decision: 'grant_with_conditions',
      maxChildren: 5,
      rooms: ['Spielzimmer (EG)'],
      conditions: ['Der Gartenteich ist kindersicher abzudecken.'],
    });
  });

  it('sends the reason only below 5 children, and the start of validity as YYYY-MM-DD from local date parts', () => {
    const dto = toDecideDto({
      ...base,
      decision: 'grant',
      maxChildren: 4,
      reasonForFewerChildren: ' kleine Räume ',
      validFrom: new Date(2026, 11, 1, 0, 30),
    });
    expect(dto).toEqual({ decision: 'grant', maxChildren: 4, reasonForFewerChildren: 'kleine Räume', validFrom: '2026-12-01' });
    expect(toDecideDto({ ...base, decision: 'grant', reasonForFewerChildren: 'vergessen' })).toEqual({ decision: 'grant', maxChildren: 5 });
  });

  it('refuses to build a body without a decision', () => {
    expect(() => toDecideDto({ ...base, decision: null })).toThrow();
  });
});
