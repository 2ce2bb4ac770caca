import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Inject,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '@lotse/server/core';
import type { Observable } from 'rxjs';
import { UPLOAD_FIELD, uploadErrors } from './upload-errors';

/** The file multer hands over (memory storage): we type only what we use (no @types/multer installed). */
export interface UploadedFileData {
  fieldname: string;
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/**
 * Parses one file from a multipart body (field `file`) into memory, at most UPLOAD_MAX_BYTES,
 * and turns multer's English errors into German answers (413 too large, 400 otherwise).
 * Memory storage: a refused or failed upload leaves nothing on disk.
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const Multer = FileInterceptor(UPLOAD_FIELD, {
      // No `dest`/`storage`: multer keeps the file in memory (Buffer).
      limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 10_000 },
    });
    this.multer = new Multer();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (e) {
      if (e instanceof PayloadTooLargeException) throw uploadErrors.tooLarge(this.config.UPLOAD_MAX_BYTES);
      if (e instanceof BadRequestException) {
        const text = String(e.message);
        if (/^Multipart|Boundary/i.test(text)) throw uploadErrors.malformed();
        throw /Unexpected|Too many/i.test(text) ? uploadErrors.unexpectedField() : uploadErrors.malformed();
      }
      if (e instanceof HttpException) throw e;
      // busboy's own errors (e.g. a truncated body) are bad input, not server faults.
      throw uploadErrors.malformed();
    }
  }
}
