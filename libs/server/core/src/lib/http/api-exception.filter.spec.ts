import { BadRequestException, NotFoundException } from '@nestjs/common';
import { OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';
import { ApiExceptionFilter, apiError } from './api-exception.filter';

const filter = new ApiExceptionFilter();
const pgError = (code: string) => new QueryFailedError('SELECT 1', [], Object.assign(new Error('db'), { code }));

describe('ApiExceptionFilter.toApiError', () => {
  it('keeps our German message and field errors', () => {
    const e = apiError(400, 'Bitte prüfen.', [{ field: 'email', message: 'Ungültig.', code: 'isEmail' }]);
    expect(filter.toApiError(e)).toEqual({
      statusCode: 400,
      message: 'Bitte prüfen.',
      errors: [{ field: 'email', message: 'Ungültig.', code: 'isEmail' }],
    });
  });

  it("replaces framework texts (which may leak internals) by the status' German text", () => {
    expect(filter.toApiError(new NotFoundException('Cannot GET /api/x'))).toEqual({
      statusCode: 404,
      message: 'Nicht gefunden.',
      errors: [],
    });
    expect(filter.toApiError(new BadRequestException('Unexpected token } in JSON at position 3')).message).toBe(
      'Der Inhalt der Anfrage ist kein gültiges JSON.',
    );
  });

  it.each([
    ['23505', 409],
    ['22P02', 400],
    ['23503', 409],
    ['40001', 409],
  ])('maps PostgreSQL error %s to %d', (code, status) => {
    expect(filter.toApiError(pgError(code)).statusCode).toBe(status);
  });

  it('maps optimistic-lock conflicts to 409', () => {
    expect(filter.toApiError(new OptimisticLockVersionMismatchError('User', 1, 2)).statusCode).toBe(409);
  });

  it('turns unknown errors into a generic 500 without details', () => {
    expect(filter.toApiError(new Error('secret stack detail'))).toEqual({
      statusCode: 500,
      message: 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
      errors: [],
    });
  });
});
