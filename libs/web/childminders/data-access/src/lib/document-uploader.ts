import {
  HttpClient,
  HttpEventType,
  provideHttpClient,
  withInterceptors,
  withXhr,
  withXsrfConfiguration,
  type HttpEvent,
} from '@angular/common/http';
import { Injectable, inject, makeEnvironmentProviders, type EnvironmentProviders } from '@angular/core';
import type { EvidenceDocumentDto } from '@lotse/shared/contracts';
import { errorInterceptor, handles } from '@lotse/web/core';
import { filter, map, type Observable } from 'rxjs';
import { fileBase, type FileRef } from './childminders.api';

/** Default of the server's UPLOAD_MAX_BYTES (10 MB); the API does not publish its configured value. */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

/** The multipart field the API reads the file from. */
export const UPLOAD_FIELD = 'file';

export type UploadEvent = { state: 'progress'; percent: number | null } | { state: 'done'; document: EvidenceDocumentDto };

/** Maps HttpClient events of an upload to progress (0–100, null when the size is unknown) and the result. */
export function toUploadEvent(event: HttpEvent<EvidenceDocumentDto>): UploadEvent | null {
  if (event.type === HttpEventType.Sent) {
    return { state: 'progress', percent: 0 };
  }
  if (event.type === HttpEventType.UploadProgress) {
    return { state: 'progress', percent: event.total ? Math.min(100, Math.round((100 * event.loaded) / event.total)) : null };
  }
  if (event.type === HttpEventType.Response && event.body) {
    return { state: 'done', document: event.body };
  }
  return null;
}

/**
 * Uploads a document to an evidence item with progress. Provided per route by
 * `provideDocumentUploads()`, which gives it its own HttpClient on XMLHttpRequest: the app's
 * fetch-based client cannot report upload progress.
 */
@Injectable()
export class DocumentUploader {
  private readonly http = inject(HttpClient);

  upload(ref: FileRef, itemId: string, file: File): Observable<UploadEvent> {
    const body = new FormData();
    body.append(UPLOAD_FIELD, file, file.name);
    return this.http
      .post<EvidenceDocumentDto>(`${fileBase(ref)}/evidence/${encodeURIComponent(itemId)}/documents`, body, {
        reportProgress: true,
        observe: 'events',
        // Refusals (type, size, empty file, good conduct) are shown next to the file input.
        context: handles(400, 404, 413, 415, 422),
      })
      .pipe(
        map(toUploadEvent),
        filter((e): e is UploadEvent => e !== null),
      );
  }
}

/** For the routes that upload: an XHR-based HttpClient (same CSRF and error handling as the app's) and the uploader. */
export function provideDocumentUploads(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(
      withXhr(),
      withInterceptors([errorInterceptor]),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    ),
    DocumentUploader,
  ]);
}
