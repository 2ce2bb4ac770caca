import { Component, Injector, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { EvidenceDocumentDto } from '@lotse/shared/contracts';
import { ChildmindersApi, documentContentUrl, type FileRef } from '@lotse/web/childminders/data-access';
import { LanguageService, Notifier, toApiError } from '@lotse/web/core';
import { StatusChipComponent } from '@lotse/web/childminders/ui';
import { LotseDatePipe, openReasonDialog } from '@lotse/web/ui';
import { EvidenceLabelPipe } from './evidence-label.pipe';
import { formatBytes } from './file-picker';

/**
 * Uploaded documents with their review state: download link, uploaded by/when, the rejection
 * reason; advisors confirm or reject (with a reason) documents that are pending.
 */
@Component({
  selector: 'lotse-document-list',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, LotseDatePipe, StatusChipComponent, EvidenceLabelPipe],
  template: `
    <ul class="documents" [attr.aria-label]="'evidence.documents.title' | transloco">
      @for (doc of documents(); track doc.id) {
        <li class="document" data-testid="evidence-document" [attr.data-status]="doc.status" [attr.data-document-id]="doc.id">
          <div class="document-main">
            <mat-icon
              aria-hidden="true"
              class="file-icon"
              [fontIcon]="doc.contentType === 'application/pdf' ? 'picture_as_pdf' : 'image'"
            />
            <div class="document-text">
              <a
                [href]="url(doc)"
                download
                data-testid="document-download"
                [attr.aria-label]="'evidence.documents.download' | transloco: { file: doc.filename }"
                >{{ doc.filename }}</a
              >
              <span class="secondary">
                @if (showType()) {
                  {{ doc.evidenceType | lotseEvidenceLabel }} ·
                }
                {{ size(doc.sizeBytes) }} ·
                {{
                  'evidence.documents.uploaded'
                    | transloco: { date: (doc.uploadedAt | lotseDate: language.tag() : 'dateTime'), name: doc.uploadedBy?.name ?? '–' }
                }}
              </span>
              @if (doc.status === 'rejected' && doc.reviewReason) {
                <span class="reason" data-testid="document-reason">
                  <strong>{{ 'evidence.documents.rejectReason' | transloco }}</strong> <span lang="de">{{ doc.reviewReason }}</span>
                </span>
              }
              @if (doc.reviewedAt && doc.status !== 'pending') {
                <span class="secondary">
                  {{
                    'evidence.documents.reviewed'
                      | transloco: { date: (doc.reviewedAt | lotseDate: language.tag() : 'dateTime'), name: doc.reviewedBy?.name ?? '–' }
                  }}
                </span>
              }
            </div>
          </div>
          <div class="document-side">
            <lotse-status-chip kind="document" [status]="doc.status" testId="document-status" />
            @if (canReview() && doc.status === 'pending') {
              <button
                mat-stroked-button
                type="button"
                (click)="confirm(doc)"
                [disabled]="busy() === doc.id"
                data-testid="document-confirm"
                [attr.aria-label]="'evidence.review.confirmFile' | transloco: { file: doc.filename }"
              >
                <mat-icon aria-hidden="true" fontIcon="check" />
                {{ 'evidence.review.confirm' | transloco }}
              </button>
              <button
                mat-stroked-button
                type="button"
                class="reject"
                (click)="reject(doc)"
                [disabled]="busy() === doc.id"
                data-testid="document-reject"
                [attr.aria-label]="'evidence.review.rejectFile' | transloco: { file: doc.filename }"
              >
                <mat-icon aria-hidden="true" fontIcon="close" />
                {{ 'evidence.review.reject' | transloco }}
              </button>
            }
          </div>
        </li>
      } @empty {
        <li class="secondary" data-testid="documents-empty">{{ 'evidence.documents.none' | transloco }}</li>
      }
    </ul>
  `,
  styleUrl: './document-list.component.scss',
})
export class DocumentListComponent {
  private readonly api = inject(ChildmindersApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly notifier = inject(Notifier);
  protected readonly language = inject(LanguageService);

  readonly documents = input.required<readonly EvidenceDocumentDto[]>();
  readonly fileRef = input.required<FileRef>();
  readonly canReview = input(false);
  /** Show the evidence type per document (the flat list of all documents). */
  readonly showType = input(false);
  readonly changed = output<EvidenceDocumentDto>();

  protected readonly busy = signal<string | null>(null);

  protected url(doc: EvidenceDocumentDto): string {
    return documentContentUrl(this.fileRef(), doc.id);
  }

  protected size(bytes: number): string {
    return formatBytes(bytes, this.language.tag());
  }

  protected confirm(doc: EvidenceDocumentDto): void {
    this.busy.set(doc.id);
    this.api.review(doc.childminderId, doc.id, { decision: 'confirmed', version: doc.version }).subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.notifier.success('evidence.review.confirmed', { file: updated.filename });
        this.changed.emit(updated);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const e = toApiError(error);
        this.notifier.error(e.statusCode === 409 ? 'evidence.review.conflict' : 'errors.badRequest');
        if (e.statusCode === 409) this.changed.emit(doc);
      },
    });
  }

  protected reject(doc: EvidenceDocumentDto): void {
    openReasonDialog(this.dialog, this.injector, {
      titleKey: 'evidence.review.rejectTitle',
      introKey: 'evidence.review.rejectIntro',
      params: { file: doc.filename },
      reason: 'required',
      reasonLabelKey: 'evidence.review.reason',
      reasonHintKey: 'evidence.review.reasonHint',
      submitKey: 'evidence.review.reject',
      testId: 'reject',
      // The reason is what the server may refuse; its field errors belong to it.
      fieldMap: { reason: 'reason' },
      conflictKey: 'evidence.review.conflict',
      run: (reason) => this.api.review(doc.childminderId, doc.id, { decision: 'rejected', reason, version: doc.version }),
    }).subscribe((done) => {
      const updated = done?.value;
      if (updated) {
        this.notifier.success('evidence.review.rejected', { file: updated.filename });
        this.changed.emit(updated);
      }
    });
  }
}
