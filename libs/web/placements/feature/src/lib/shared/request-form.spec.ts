import { createRequestForm, requestDetails, splitList } from './request-form';

describe('care request form', () => {
  it('splits the languages', () => {
    expect(splitList('Deutsch, Türkisch;  ,Deutsch')).toEqual(['Deutsch', 'Türkisch']);
  });

  it('builds the DTO: ISO date, sorted schedule, empty texts as null', () => {
    const form = createRequestForm();
    form.patchValue({
      childId: 'c1',
      desiredStart: new Date(2027, 1, 1),
      address: { street: ' Am Markt 1 ' },
      district: 'Mitte',
      needs: { allergies: '  ' },
    });
    const dto = requestDetails(form);
    expect(dto.desiredStart).toBe('2027-02-01');
    expect(dto.schedule).toEqual([{ weekday: 1, from: '08:00', to: '12:00' }]);
    expect(dto.address).toEqual({ street: 'Am Markt 1', postcode: '59174', city: 'Kamen' });
    expect(dto.needs.allergies).toBeNull();
    expect(dto.needs.languages).toEqual(['Deutsch']);
    expect(dto.maxDistanceKm).toBe(5);
    expect(form.valid).toBe(true);
  });

  it('refuses overlapping times', () => {
    const form = createRequestForm();
    form.controls.schedule.at(0).patchValue({ weekday: 1, from: '08:00', to: '12:00' });
    form.controls.schedule.push(createRequestForm().controls.schedule.at(0));
    form.controls.schedule.at(1).patchValue({ weekday: 1, from: '11:00', to: '13:00' });
    expect(form.controls.schedule.errors?.['timeOverlap']).toBeTruthy();
  });
});
