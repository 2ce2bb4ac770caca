import { CapacityInputError, compileSchedule, minutesOf, slotLabel, slotRange, validateSchedule, WEEK_SLOTS } from './week-slots';

describe('capacity: week slots', () => {
  it.each([
    ['07:00', 420],
    ['00:00', 0],
    ['23:45', 1425],
    ['24:00', -1],
    ['7:00', -1],
    ['07:60', -1],
    ['07-00', -1],
    [null, -1],
  ])('reads %p as %p minutes', (v, m) => expect(minutesOf(v)).toBe(m));

  it('numbers slots Monday 00:00 = 0 … Sunday 23:45 = 671', () => {
    expect(Array.from(compileSchedule([{ weekday: 1, from: '00:00', to: '00:15' }]))).toEqual([0, 1]);
    expect(Array.from(compileSchedule([{ weekday: 7, from: '23:30', to: '23:45' }]))).toEqual([670, 671]);
    expect(Array.from(compileSchedule([{ weekday: 1, from: '07:00', to: '07:15' }]))).toEqual([28, 29]);
    expect(WEEK_SLOTS).toBe(672);
  });

  it('sorts the runs of a schedule', () => {
    const runs = compileSchedule([
      { weekday: 3, from: '08:00', to: '12:00' },
      { weekday: 1, from: '13:00', to: '14:00' },
      { weekday: 1, from: '07:00', to: '13:00' },
    ]);
    expect(Array.from(runs)).toEqual([28, 52, 52, 56, 224, 240]);
  });

  it('labels slots and runs', () => {
    expect(slotLabel(slotRange(28))).toBe('Mo 07:00–07:15');
    expect(slotLabel(slotRange(96 + 48, 96 + 52))).toBe('Di 12:00–13:00');
    expect(slotLabel(slotRange(671))).toBe('So 23:45–24:00');
  });

  it('accepts valid schedules, touching ranges and the empty schedule', () => {
    expect(validateSchedule([])).toEqual([]);
    expect(
      validateSchedule([
        { weekday: 1, from: '07:00', to: '12:00' },
        { weekday: 1, from: '12:00', to: '14:00' },
        { weekday: 2, from: '07:00', to: '12:00' },
      ]),
    ).toEqual([]);
  });

  it('names off-grid times, wrong order, overlaps and bad weekdays in German', () => {
    const errors = validateSchedule([
      { weekday: 1, from: '12:10', to: '13:00' },
      { weekday: 2, from: '12:00', to: '12:00' },
      { weekday: 3, from: '07:00', to: '12:00' },
      { weekday: 3, from: '11:45', to: '12:15' },
      { weekday: 8, from: '07:00', to: '08:00' },
      { weekday: 4, from: '7:00', to: '08:00' },
    ]);
    expect(errors).toEqual([
      { code: 'off-grid', index: 0, field: 'from', message: 'Mo 12:10 liegt nicht im 15-Minuten-Raster.' },
      { code: 'order', index: 1, field: 'to', message: 'Di 12:00–12:00: Das Ende muss nach dem Beginn liegen.' },
      { code: 'overlap', index: 3, field: 'from', message: 'Mi 11:45–12:15 überschneidet sich mit Mi 07:00–12:00.' },
      { code: 'weekday', index: 4, field: 'weekday', message: 'Eintrag 5: Bitte einen Wochentag von 1 (Montag) bis 7 (Sonntag) angeben.' },
      { code: 'time', index: 5, field: 'from', message: 'Do „7:00“ ist keine Uhrzeit im Format HH:MM.' },
    ]);
    expect(validateSchedule('Mo 7–12')[0].code).toBe('entry');
    expect(validateSchedule([null])[0].code).toBe('entry');
  });

  it('refuses to compile an invalid schedule, with the validator’s messages', () => {
    const bad = [
      { weekday: 1, from: '07:00', to: '12:00' },
      { weekday: 1, from: '11:00', to: '13:00' },
    ];
    expect(() => compileSchedule(bad, 'p-1')).toThrow(CapacityInputError);
    try {
      compileSchedule(bad, 'p-1');
    } catch (e) {
      expect((e as CapacityInputError).placementId).toBe('p-1');
      expect((e as CapacityInputError).errors.map((x) => x.code)).toEqual(['overlap']);
    }
    expect(() => compileSchedule([{ weekday: 1, from: '07:10', to: '12:00' }])).toThrow('Mo 07:10 liegt nicht im 15-Minuten-Raster.');
    expect(() => compileSchedule([{ weekday: 0, from: '07:00', to: '12:00' }])).toThrow(CapacityInputError);
  });
});
