import type { VacancyDto } from '@lotse/shared/contracts';
import { createVacancyForm, vacancyDetails } from './vacancy.dialog';

describe('vacancy form', () => {
  it('starts with a regular week (Mon–Fri 08:00–13:00), one place, 12–36 months', () => {
    const form = createVacancyForm(null);
    expect(form.valid).toBe(true);
    const dto = vacancyDetails(form);
    expect(dto.schedule).toHaveLength(5);
    expect(dto.schedule[0]).toEqual({ weekday: 1, from: '08:00', to: '13:00' });
    expect(dto).toMatchObject({ places: 1, ages: { fromMonths: 12, toMonths: 36 }, note: null });
    expect(dto.fromDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('fills in an existing vacancy and refuses more than 5 places', () => {
    const v = {
      id: 'v1',
      fromDate: '2027-02-01',
      schedule: [{ weekday: 3, from: '14:00', to: '16:00' }],
      ages: { fromMonths: 6, toMonths: 24 },
      places: 2,
      note: 'Garten',
      version: 2,
    } as VacancyDto;
    const form = createVacancyForm(v);
    expect(vacancyDetails(form)).toEqual({
      fromDate: '2027-02-01',
      schedule: [{ weekday: 3, from: '14:00', to: '16:00' }],
      ages: { fromMonths: 6, toMonths: 24 },
      places: 2,
      note: 'Garten',
    });
    form.controls.places.setValue(6);
    expect(form.controls.places.errors?.['max']).toBeTruthy();
  });
});
