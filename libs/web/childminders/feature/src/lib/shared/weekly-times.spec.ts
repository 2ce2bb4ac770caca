import { FormArray } from '@angular/forms';
import {
  addWeeklyTime,
  nextWeeklyTime,
  noOverlappingTimes,
  overlappingRows,
  sortWeeklyTimes,
  toWeeklyTimeDtos,
  weeklyMinutesOf,
  weeklyTimeGroup,
  type WeeklyTimeGroup,
} from './weekly-times';

describe('weekly time rows', () => {
  it('checks format, quarter hours and order per row', () => {
    const row = weeklyTimeGroup({ weekday: 1, from: '07:30', to: '12:00' });
    expect(row.valid).toBe(true);
    row.controls.to.setValue('07:00');
    expect(row.controls.to.errors).toEqual({ timeOrder: true });
    row.controls.to.setValue('12:10');
    expect(row.controls.to.errors).toEqual({ quarterHour: true });
    row.controls.from.setValue('7:30');
    expect(row.controls.from.errors).toEqual({ time: true });
  });

  it('re-checks the end when the start moves past it', () => {
    const row = weeklyTimeGroup({ weekday: 2, from: '08:00', to: '09:00' });
    row.controls.from.setValue('10:00');
    expect(row.controls.to.errors).toEqual({ timeOrder: true });
    row.controls.from.setValue('08:30');
    expect(row.controls.to.errors).toBeNull();
  });

  it('requires a weekday from Monday to Sunday', () => {
    const row = weeklyTimeGroup({ from: '08:00', to: '09:00' });
    expect(row.controls.weekday.errors).toEqual({ required: true });
    row.controls.weekday.setValue(8);
    expect(row.controls.weekday.errors).toEqual({ max: { max: 7, actual: 8 } });
  });
});

describe('overlaps', () => {
  const times = [
    { weekday: 1, from: '07:00', to: '12:00' },
    { weekday: 1, from: '12:00', to: '14:00' },
    { weekday: 1, from: '11:00', to: '13:00' },
    { weekday: 2, from: '11:00', to: '13:00' },
  ];

  it('names the rows that overlap an earlier row of the same day; touching ranges are fine', () => {
    expect(overlappingRows(times)).toEqual([2]);
  });

  it('is an array-level error the form shows in place', () => {
    const array = new FormArray<WeeklyTimeGroup>(
      times.map((t) => weeklyTimeGroup(t)),
      [noOverlappingTimes],
    );
    expect(array.errors).toEqual({ timeOverlap: { rows: [2] } });
    array.removeAt(2);
    expect(array.errors).toBeNull();
  });
});

describe('helpers', () => {
  it('suggests the next weekday with the same times for a new row', () => {
    expect(nextWeeklyTime([])).toEqual({ weekday: 1, from: '08:00', to: '12:00' });
    expect(nextWeeklyTime([{ weekday: 1, from: '07:30', to: '13:00' }])).toEqual({ weekday: 2, from: '07:30', to: '13:00' });
    expect(nextWeeklyTime([{ weekday: 7, from: '07:30', to: '13:00' }]).weekday).toBe(1);
    const array = new FormArray<WeeklyTimeGroup>([]);
    addWeeklyTime(array);
    addWeeklyTime(array);
    expect(array.getRawValue().map((r) => r.weekday)).toEqual([1, 2]);
  });

  it('sorts by weekday and start, converts to the DTO and sums the week', () => {
    const rows = [
      { weekday: 3, from: '08:00', to: '12:00' },
      { weekday: 1, from: '13:00', to: '15:30' },
      { weekday: 1, from: '07:00', to: '12:00' },
    ];
    expect(sortWeeklyTimes(rows).map((r) => `${r.weekday} ${r.from}`)).toEqual(['1 07:00', '1 13:00', '3 08:00']);
    expect(
      toWeeklyTimeDtos([
        { weekday: 2, from: '08:00', to: '09:00' },
        { weekday: null, from: '', to: '' },
      ]),
    ).toEqual([{ weekday: 2, from: '08:00', to: '09:00' }]);
    expect(weeklyMinutesOf(rows)).toBe(4 * 60 + 150 + 5 * 60);
  });
});
