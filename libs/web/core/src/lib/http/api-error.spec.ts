import { HttpErrorResponse } from '@angular/common/http';
import { isApiError, toApiError } from './api-error';

describe('toApiError', () => {
  it('takes the API error body as it is', () => {
    const body = { statusCode: 400, message: 'Ungültige Eingaben', errors: [{ field: 'email', message: 'x', code: 'isEmail' }] };
    expect(toApiError(new HttpErrorResponse({ status: 400, error: body }))).toEqual(body);
  });

  it('turns network failures and non-JSON bodies into an error without field errors', () => {
    expect(toApiError(new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' }))).toEqual({
      statusCode: 0,
      message: 'Unknown Error',
      errors: [],
    });
    expect(toApiError(new HttpErrorResponse({ status: 502, statusText: 'Bad Gateway', error: '<html>' })).statusCode).toBe(502);
  });

  it('unwraps errors wrapped by signal resources', () => {
    const http = new HttpErrorResponse({ status: 404, error: { statusCode: 404, message: 'Nicht gefunden', errors: [] } });
    expect(toApiError(new Error('wrapped', { cause: http })).statusCode).toBe(404);
  });

  it('handles arbitrary values', () => {
    expect(toApiError('kaputt')).toEqual({ statusCode: 0, message: 'kaputt', errors: [] });
    expect(isApiError({ statusCode: 1, message: 'x', errors: [] })).toBe(true);
    expect(isApiError({ message: 'x' })).toBe(false);
  });
});
