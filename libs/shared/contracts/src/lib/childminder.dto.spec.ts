import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { ChildminderDetailsDto, ChildmindersQueryDto } from './childminder.dto';
import { UpdateEvidenceRuleDto } from './evidence.dto';

/** Field paths as the API reports them (see flattenValidationErrors in server/core). */
function errors(cls: new () => object, plain: object): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (list: ValidationError[], parent: string) => {
    for (const e of list) {
      const field = parent ? `${parent}.${e.property}` : e.property;
      if (e.constraints) out[field] = Object.values(e.constraints);
      if (e.children?.length) walk(e.children, field);
    }
  };
  walk(validateSync(plainToInstance(cls, plain), { whitelist: true, forbidNonWhitelisted: true }), '');
  return out;
}

describe('weekly times in the profile', () => {
  it('accepts times on the quarter-hour grid, in order, without overlaps', () => {
    expect(
      errors(ChildminderDetailsDto, {
        weeklyTimes: [
          { weekday: 1, from: '07:00', to: '12:00' },
          { weekday: 1, from: '12:00', to: '14:15' },
        ],
      }),
    ).toEqual({});
  });

  it('reports each problem on its own field path', () => {
    const e = errors(ChildminderDetailsDto, {
      weeklyTimes: [
        { weekday: 0, from: '07:00', to: '12:00' },
        { weekday: 2, from: '7:00', to: '12:05' },
        { weekday: 3, from: '13:00', to: '12:00' },
      ],
    });
    expect(e['weeklyTimes.0.weekday']).toEqual(['Bitte einen Wochentag von 1 (Montag) bis 7 (Sonntag) angeben.']);
    expect(e['weeklyTimes.1.from']).toEqual(['Bitte eine Uhrzeit im Format HH:MM angeben.']);
    expect(e['weeklyTimes.1.to']).toEqual(['Bitte Uhrzeiten im Viertelstundentakt angeben (:00, :15, :30, :45).']);
    expect(e['weeklyTimes.2.to']).toEqual(['Das Ende muss nach dem Beginn liegen.']);
  });

  it('reports overlaps on the list', () => {
    const e = errors(ChildminderDetailsDto, {
      weeklyTimes: [
        { weekday: 4, from: '07:00', to: '12:00' },
        { weekday: 4, from: '08:00', to: '09:00' },
      ],
    });
    expect(e).toEqual({ weeklyTimes: ['Die Zeiten überschneiden sich mit einem anderen Zeitraum am selben Wochentag.'] });
  });
});

describe('query and rule DTOs', () => {
  it('turns "true"/"false" into booleans and refuses anything else', () => {
    expect(plainToInstance(ChildmindersQueryDto, { missingEvidence: 'true', expiringWithinDays: '90' })).toMatchObject({
      missingEvidence: true,
      expiringWithinDays: 90,
    });
    expect(Object.keys(errors(ChildmindersQueryDto, { missingEvidence: 'ja' }))).toEqual(['missingEvidence']);
  });

  it('rule limits may be null (no limit) but not zero, fractions or text', () => {
    expect(errors(UpdateEvidenceRuleDto, { version: 1, validityMonths: null, unitsRequired: 9 })).toEqual({});
    const e = errors(UpdateEvidenceRuleDto, { version: 1, validityMonths: 0, unitsRequired: 1.5, maxAgeMonthsAtSubmission: 'x' });
    expect(Object.keys(e).sort()).toEqual(['maxAgeMonthsAtSubmission', 'unitsRequired', 'validityMonths']);
  });
});
