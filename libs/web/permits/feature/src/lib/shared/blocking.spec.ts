import type { ApiError } from '@lotse/shared/contracts';
import { applyApiErrors, SERVER_ERROR } from '@lotse/web/ui';
import { createDecisionForm } from '../advisor/decision-form';
import { fromBlockingItem, splitDecisionErrors } from './blocking';

/** The decision's 422 as `DecideApplication` builds it. */
const refused: ApiError = {
  statusCode: 422,
  message: 'Die Pflegeerlaubnis kann noch nicht erteilt werden: 2 Pflichtnachweis(e) fehlen oder sind abgelaufen.',
  errors: [
    { field: 'evidence.first_aid', code: 'evidence', message: 'Erste-Hilfe-Kurs am Kind: Abgelaufen am 30.09.2026.' },
    { field: 'evidence.good_conduct', code: 'evidence', message: 'Erweitertes Führungszeugnis (Eva Weiß): Nicht nachgewiesen.' },
    { field: 'checks', code: 'homeVisit', message: 'Vor der Entscheidung ist ein Hausbesuch zu erfassen.' },
    { field: 'reasonForFewerChildren', code: 'reasonRequired', message: 'Für weniger als 5 Kinder ist eine Begründung erforderlich.' },
  ],
};

describe('blocking evidence', () => {
  it('words an item like the server does', () => {
    expect(
      fromBlockingItem({
        type: 'first_aid',
        label: 'Erste-Hilfe-Kurs am Kind',
        personName: null,
        status: 'expired',
        reason: 'Abgelaufen am 30.09.2026.',
      }),
    ).toEqual({
      type: 'first_aid',
      personName: null,
      status: 'expired',
      text: 'Erste-Hilfe-Kurs am Kind: Abgelaufen am 30.09.2026.',
    });
    expect(
      fromBlockingItem({
        type: 'good_conduct',
        label: 'Erweitertes Führungszeugnis',
        personName: 'Eva Weiß',
        status: 'missing',
        reason: null,
      }).text,
    ).toBe('Erweitertes Führungszeugnis (Eva Weiß): Nicht nachgewiesen.');
  });

  it('moves evidence.* and checks errors into the panel, item by item, and keeps the rest for the form', () => {
    const split = splitDecisionErrors(refused);
    expect(split.blocking).toEqual([
      { type: 'first_aid', personName: null, status: null, text: 'Erste-Hilfe-Kurs am Kind: Abgelaufen am 30.09.2026.' },
      { type: 'good_conduct', personName: null, status: null, text: 'Erweitertes Führungszeugnis (Eva Weiß): Nicht nachgewiesen.' },
    ]);
    expect(split.checks).toBe('Vor der Entscheidung ist ein Hausbesuch zu erfassen.');
    expect(split.message).toBe(refused.message);
    expect(split.rest.errors.map((e) => e.field)).toEqual(['reasonForFewerChildren']);
  });

  it('puts the remaining errors on the decision form; evidence never lands on a field', () => {
    const form = createDecisionForm();
    const split = splitDecisionErrors(refused);
    expect(applyApiErrors(form, split.rest)).toBeNull();
    expect(form.controls.reasonForFewerChildren.errors?.[SERVER_ERROR]).toEqual({
      message: 'Für weniger als 5 Kinder ist eine Begründung erforderlich.',
      code: 'reasonRequired',
    });
    expect(Object.values(form.controls).filter((c) => c !== form.controls.reasonForFewerChildren && c.errors?.[SERVER_ERROR])).toEqual([]);
  });

  it('needs no form-level message when the panel shows everything', () => {
    const split = splitDecisionErrors({ ...refused, errors: refused.errors.slice(0, 3) });
    expect(split.rest).toEqual({ statusCode: 422, message: '', errors: [] });
    expect(applyApiErrors(createDecisionForm(), split.rest)).toBeNull();
  });

  it('reports capacity problems without a matching field (Großtagespflege site) above the form', () => {
    const split = splitDecisionErrors({
      statusCode: 422,
      message: 'Die Entscheidung ist so nicht möglich.',
      errors: [
        {
          field: 'careLocation',
          code: 'siteChildminders',
          message: 'In einer Großtagespflege arbeiten höchstens 3 Tagespflegepersonen zusammen; dort sind bereits 3 tätig.',
        },
      ],
    });
    expect(split.blocking).toEqual([]);
    expect(split.checks).toBeNull();
    expect(split.message).toBeNull();
    expect(applyApiErrors(createDecisionForm(), split.rest)).toBe(
      'In einer Großtagespflege arbeiten höchstens 3 Tagespflegepersonen zusammen; dort sind bereits 3 tätig.',
    );
  });

  it('maps errors of list entries onto the list control (conditions.0)', () => {
    const form = createDecisionForm();
    const split = splitDecisionErrors({
      statusCode: 400,
      message: 'Ungültig',
      errors: [{ field: 'conditions.0', code: 'isNotEmpty', message: 'Dieses Feld ist erforderlich.' }],
    });
    expect(applyApiErrors(form, split.rest)).toBeNull();
    expect(form.controls.conditions.errors?.[SERVER_ERROR].code).toBe('isNotEmpty');
  });
});
