import { SERVER_ERROR, applyApiErrors } from '@lotse/web/ui';
import { createCheckForm, toRecordCheckDto } from './check-form';

describe('check form', () => {
  function filled() {
    const form = createCheckForm();
    form.patchValue({
      kind: 'home_visit',
      date: new Date(2026, 10, 20, 0, 15),
      personsPresent: ['Monika Schäfer', 'Sabine Krüger'],
      roomsChecked: ['Spielzimmer (EG)', 'Schlafraum (EG)'],
      findings: {
        personality: { rating: 'suitable', note: ' zugewandt ' },
        expertise: { rating: 'suitable', note: '' },
        cooperation: { rating: 'suitable_with_reservations', note: 'Absprachen mit Eltern üben' },
        rooms: { rating: 'suitable', note: '' },
      },
      notes: '  ',
      recommendation: 'grant_with_conditions',
    });
    return form;
  }

  it('needs a date, a rating per criterion and a recommendation', () => {
    const form = createCheckForm();
    expect(form.valid).toBe(false);
    expect(form.controls.date.hasError('required')).toBe(true);
    expect(form.get('findings.rooms.rating')?.hasError('required')).toBe(true);
    expect(filled().valid).toBe(true);
  });

  it('refuses dates in the future', () => {
    const form = filled();
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    form.controls.date.setValue(tomorrow);
    expect(form.controls.date.hasError('dateNotFuture')).toBe(true);
  });

  it('sends the date as YYYY-MM-DD and leaves out empty notes', () => {
    expect(toRecordCheckDto(filled())).toEqual({
      kind: 'home_visit',
      date: '2026-11-20',
      personsPresent: ['Monika Schäfer', 'Sabine Krüger'],
      roomsChecked: ['Spielzimmer (EG)', 'Schlafraum (EG)'],
      findings: {
        personality: { rating: 'suitable', note: 'zugewandt' },
        expertise: { rating: 'suitable' },
        cooperation: { rating: 'suitable_with_reservations', note: 'Absprachen mit Eltern üben' },
        rooms: { rating: 'suitable' },
      },
      recommendation: 'grant_with_conditions',
    });
  });

  it('puts nested server errors on the criterion fields', () => {
    const form = filled();
    expect(
      applyApiErrors(form, {
        statusCode: 400,
        message: 'Ungültig',
        errors: [
          { field: 'findings.rooms.rating', code: 'isIn', message: 'Bitte einen der zulässigen Werte wählen.' },
          { field: 'date', code: 'notFuture', message: 'Das Datum darf nicht in der Zukunft liegen.' },
        ],
      }),
    ).toBeNull();
    expect(form.get('findings.rooms.rating')?.errors?.[SERVER_ERROR].code).toBe('isIn');
    expect(form.controls.date.errors?.[SERVER_ERROR].code).toBe('notFuture');
  });
});
