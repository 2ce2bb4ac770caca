import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError, FieldError } from '@lotse/shared/contracts';
import type { Request, Response } from 'express';
import { OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';

/** Known domain outcomes that are not HTTP errors in themselves. */
export class ConflictError extends Error {}

/** An HTTP error with a German message (and optional field errors) meant for the user. */
export function apiError(status: number, message: string, errors: FieldError[] = []): HttpException {
  return new HttpException({ message, errors, localized: true }, status);
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Die Anfrage ist ungültig.',
  401: 'Bitte melden Sie sich an.',
  403: 'Dafür fehlt Ihnen die Berechtigung.',
  404: 'Nicht gefunden.',
  405: 'Diese Methode ist hier nicht erlaubt.',
  409: 'Die Daten wurden inzwischen geändert. Bitte laden Sie neu.',
  413: 'Die Anfrage ist zu groß.',
  415: 'Dieses Format wird nicht unterstützt.',
  422: 'Die Anfrage kann so nicht verarbeitet werden.',
  429: 'Zu viele Versuche. Bitte warten Sie einen Moment.',
  500: 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
};

/**
 * Turns every error into `{statusCode, message, errors}`. Bad input of any kind (malformed JSON,
 * wrong types, invalid ids, unique-key clashes) becomes a 4xx; only real faults become a 500.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const body = this.toApiError(exception);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, path: req?.url }, 'unhandled error');
    }
    if (res.headersSent) return;
    res.status(body.statusCode).json(body);
  }

  toApiError(exception: unknown): ApiError {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const r = exception.getResponse();
      let message = STATUS_TEXT[status] ?? exception.message;
      let errors: FieldError[] = [];
      if (typeof r === 'object' && r !== null) {
        const o = r as { message?: unknown; errors?: unknown; localized?: boolean };
        // Only messages we wrote ourselves (German) reach the client; framework texts are replaced.
        if (o.localized && typeof o.message === 'string') message = o.message;
        // Nest maps body-parser's SyntaxError to a 400 carrying the parser's English text.
        else if (status === 400 && typeof o.message === 'string' && /JSON/.test(o.message))
          message = 'Der Inhalt der Anfrage ist kein gültiges JSON.';
        if (Array.isArray(o.errors)) errors = o.errors as FieldError[];
      }
      return { statusCode: status, message, errors };
    }
    const e = exception as { type?: string; status?: number; statusCode?: number; code?: string };
    // Errors raised by Express' body parser (malformed JSON, too large, wrong charset).
    if (e && typeof e === 'object' && e.type && (e.status ?? e.statusCode ?? 500) < 500) {
      const status = e.status ?? e.statusCode ?? 400;
      const message =
        e.type === 'entity.parse.failed'
          ? 'Der Inhalt der Anfrage ist kein gültiges JSON.'
          : e.type === 'entity.too.deep'
            ? 'Der Inhalt der Anfrage ist zu tief verschachtelt.'
            : (STATUS_TEXT[status] ?? STATUS_TEXT[400]);
      return { statusCode: status, message, errors: [] };
    }
    if (exception instanceof OptimisticLockVersionMismatchError || exception instanceof ConflictError) {
      return { statusCode: 409, message: exception instanceof ConflictError ? exception.message : STATUS_TEXT[409], errors: [] };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
      if (code === '23505') return { statusCode: 409, message: 'Ein solcher Eintrag existiert bereits.', errors: [] };
      if (code === '22P02' || code === '22007' || code === '22008' || code === '22003' || code === '22001')
        return { statusCode: 400, message: STATUS_TEXT[400], errors: [] };
      if (code === '23503')
        return { statusCode: 409, message: 'Der Eintrag wird noch verwendet oder verweist auf Unbekanntes.', errors: [] };
      if (code === '40001' || code === '40P01')
        return { statusCode: 409, message: 'Gleichzeitige Änderung – bitte erneut versuchen.', errors: [] };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: STATUS_TEXT[500], errors: [] };
  }
}
