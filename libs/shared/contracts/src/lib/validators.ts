import { isQuarterHour, isTimeRangeOrdered, overlappingTimes, type WeeklyTime } from '@lotse/shared/domain';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * Cross-field checks used by the DTOs. They report on the field the user has to fix
 * (e.g. `weeklyTimes.0.to`, `agesAccepted.toMonths`), so forms can show the message in place.
 */

/** A `HH:MM` time on the 15-minute grid. Malformed times are reported by @Matches. */
export function IsQuarterHour(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isQuarterHour',
      target: object.constructor,
      propertyName,
      options,
      validator: { validate: (v: unknown) => typeof v !== 'string' || !/^\d{2}:\d{2}$/.test(v) || isQuarterHour(v) },
    });
}

/** The decorated time lies after the sibling time `field` (only checked when both are well-formed). */
export function IsTimeAfter(field: string, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isTimeAfter',
      target: object.constructor,
      propertyName,
      constraints: [field],
      options,
      validator: {
        validate(v: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[field];
          const wellFormed = (x: unknown) => typeof x === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(x);
          if (!wellFormed(v) || !wellFormed(other)) return true;
          return isTimeRangeOrdered(other, v);
        },
      },
    });
}

/** The decorated number is ≥ the sibling number `field` (only checked when both are integers). */
export function IsNotLessThan(field: string, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotLessThan',
      target: object.constructor,
      propertyName,
      constraints: [field],
      options,
      validator: {
        validate(v: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[field];
          if (!Number.isInteger(v) || !Number.isInteger(other)) return true;
          return (v as number) >= (other as number);
        },
      },
    });
}

/** No two weekly times of the same weekday overlap. */
export function NoOverlappingTimes(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'noOverlappingTimes',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (v: unknown) =>
          !Array.isArray(v) || overlappingTimes(v.filter((x) => x && typeof x === 'object') as WeeklyTime[]).length === 0,
      },
    });
}

/** `null` or an integer in [min, max]: for settings where "none" is a meaningful value. */
export function IsNullableInt(min: number, max: number, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isNullableInt',
      target: object.constructor,
      propertyName,
      constraints: [min, max],
      options,
      validator: {
        validate: (v: unknown) => v === undefined || v === null || (Number.isInteger(v) && (v as number) >= min && (v as number) <= max),
      },
    });
}

/** Like @MaxLength, but silent for non-strings (so a missing value shows only the "required" message). */
export function MaxLengthIfString(max: number, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'maxLength',
      target: object.constructor,
      propertyName,
      constraints: [max],
      options,
      validator: { validate: (v: unknown) => typeof v !== 'string' || v.length <= max },
    });
}
