import { BadRequestException, ParseUUIDPipe, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@lotse/shared/contracts';

/** class-validator's nested errors as a flat list of `{field, message, code}`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = e.property === undefined || e.property === '' ? parent : parent ? `${parent}.${e.property}` : e.property;
    for (const [code, message] of Object.entries(e.constraints ?? {})) {
      out.push({
        field,
        code,
        message:
          code === 'whitelistValidation'
            ? 'Dieses Feld ist nicht vorgesehen.'
            : code === 'unknownValue'
              ? 'Der Inhalt der Anfrage muss ein JSON-Objekt sein.'
              : message,
      });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

export const INVALID_INPUT = 'Die Eingaben sind unvollständig oder ungültig.';

/** The one global validation pipe: unknown fields are refused, types converted, errors per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validateCustomDecorators: false,
    stopAtFirstError: false,
    exceptionFactory: (errors) =>
      new BadRequestException({ message: INVALID_INPUT, errors: flattenValidationErrors(errors), localized: true }),
  });
}

/** `:id` parameters must be uuids; anything else is a 400 with a German message, never a 500. */
export const UuidParam = new ParseUUIDPipe({
  exceptionFactory: () =>
    new BadRequestException({
      message: 'Ungültige Kennung.',
      errors: [{ field: 'id', message: 'Ungültige Kennung.', code: 'isUuid' }],
      localized: true,
    }),
});
