import { Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DomSanitizer } from '@angular/platform-browser';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PermitDto } from '@lotse/shared/contracts';
import { PermitsApi, permitPdfUrl } from '@lotse/web/permits/data-access';
import { Subscription, catchError, filter, map, of, switchMap, take, takeWhile, timer } from 'rxjs';
import { pdfState } from './presentation';

/** How often and how long the page asks whether the worker has rendered the document. */
export const PDF_POLL_INTERVAL_MS = 2500;
export const PDF_POLL_ATTEMPTS = 24;

/**
 * The permit document (PDF): open in a new tab, download, and optionally a preview. The worker
 * renders the PDF after issuing (the API answers 409 until then, `document` is null): meanwhile
 * the component shows "Dokument wird erstellt" with a progress bar, asks again every few seconds
 * and, after a minute, offers "Erneut prüfen". The office view can show the PDF in a frame on request.
 */
@Component({
  selector: 'lotse-permit-document',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslocoPipe],
  template: `
    @switch (state()) {
      @case ('none') {
        <p class="secondary" data-testid="permit-pdf-none">{{ 'permits.pdf.none' | transloco }}</p>
      }
      @case ('rendering') {
        <div class="pending" role="status" data-testid="permit-pdf-pending">
          <p>
            <mat-icon aria-hidden="true" fontIcon="hourglass_top" />
            {{ (polling() ? 'permits.pdf.rendering' : 'permits.pdf.stillRendering') | transloco }}
          </p>
          @if (polling()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'permits.pdf.rendering' | transloco" />
          } @else {
            <button mat-stroked-button type="button" (click)="poll()" data-testid="permit-pdf-retry">
              <mat-icon aria-hidden="true" fontIcon="refresh" />
              {{ 'permits.pdf.retry' | transloco }}
            </button>
          }
        </div>
      }
      @case ('ready') {
        <div class="actions" data-testid="permit-pdf-ready">
          <a mat-flat-button [href]="downloadUrl()" download data-testid="permit-pdf-download">
            <mat-icon aria-hidden="true" fontIcon="download" />
            {{ 'permits.pdf.download' | transloco }}
          </a>
          <a mat-stroked-button [href]="inlineUrl()" target="_blank" rel="noopener" data-testid="permit-pdf-open">
            <mat-icon aria-hidden="true" fontIcon="open_in_new" />
            {{ 'permits.pdf.open' | transloco }}
            <span class="visually-hidden">{{ 'common.opensInNewTab' | transloco }}</span>
          </a>
          @if (preview()) {
            <button
              mat-button
              type="button"
              (click)="togglePreview()"
              [attr.aria-expanded]="previewShown()"
              data-testid="permit-pdf-preview-toggle"
            >
              <mat-icon aria-hidden="true" [fontIcon]="previewShown() ? 'visibility_off' : 'visibility'" />
              {{ (previewShown() ? 'permits.pdf.hidePreview' : 'permits.pdf.showPreview') | transloco }}
            </button>
          }
          @if (fileInfo(); as info) {
            <span class="secondary">{{ info }}</span>
          }
        </div>
        @if (preview() && previewShown()) {
          @if (previewBlocked()) {
            <p class="secondary" data-testid="permit-pdf-preview-blocked">{{ 'permits.pdf.previewBlocked' | transloco }}</p>
          } @else {
            <iframe
              class="preview"
              [src]="safeInlineUrl()"
              [title]="'permits.pdf.previewTitle' | transloco: { number: current().number ?? '' }"
              (load)="checkPreview($event)"
              data-testid="permit-pdf-preview"
            ></iframe>
          }
        }
      }
    }
  `,
  styles: `
    .pending p {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0 0 8px;
    }
    .pending mat-progress-bar {
      max-width: 480px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .preview {
      display: block;
      width: 100%;
      height: 720px;
      margin-top: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container);
    }
  `,
})
export class PermitDocumentComponent {
  private readonly api = inject(PermitsApi);
  private readonly sanitizer = inject(DomSanitizer);

  readonly permit = input.required<PermitDto>();
  /** Show the document inline (office view); the holder gets open/download only. */
  readonly preview = input(false);

  /** The permit as last seen, updated while waiting for the document. */
  private readonly latest = signal<PermitDto | null>(null);
  protected readonly current = computed(() => {
    const latest = this.latest();
    return latest && latest.id === this.permit().id ? latest : this.permit();
  });
  protected readonly state = computed(() => pdfState(this.current()));
  protected readonly polling = signal(false);
  /**
   * The preview loads on request only: every load of the PDF is an audited download, and a browser
   * may refuse to show it in a frame (then the fallback below offers "open in a new tab").
   */
  protected readonly previewShown = signal(false);
  protected readonly previewBlocked = signal(false);

  protected readonly inlineUrl = computed(() => permitPdfUrl(this.current().id));
  protected readonly downloadUrl = computed(() => permitPdfUrl(this.current().id, true));
  // A same-origin API path built from the permit's id (encoded): safe as a frame source.
  protected readonly safeInlineUrl = computed(() => this.sanitizer.bypassSecurityTrustResourceUrl(this.inlineUrl()));
  protected readonly fileInfo = computed(() => {
    const doc = this.current().document;
    return doc ? `${doc.fileName} · ${Math.max(1, Math.round(doc.sizeBytes / 1024))} KB` : null;
  });

  private subscription: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.subscription?.unsubscribe());
    // A new permit (navigation) or one still rendering: start asking.
    effect(() => {
      const waiting = this.state() === 'rendering';
      this.permit();
      untracked(() => (waiting ? this.poll() : this.stop()));
    });
  }

  /** Asks for the permit every few seconds until its document exists (or the attempts are used up). */
  poll(): void {
    this.subscription?.unsubscribe();
    this.polling.set(true);
    const id = this.current().id;
    this.subscription = timer(PDF_POLL_INTERVAL_MS, PDF_POLL_INTERVAL_MS)
      .pipe(
        take(PDF_POLL_ATTEMPTS),
        switchMap(() => this.api.permit(id).pipe(catchError(() => of(null)))),
        filter((p): p is NonNullable<typeof p> => p !== null),
        map((p) => p as PermitDto),
        takeWhile((p) => pdfState(p) === 'rendering', true),
      )
      .subscribe({
        next: (p) => this.latest.set(p),
        complete: () => this.polling.set(false),
      });
  }

  private stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.polling.set(false);
  }

  protected togglePreview(): void {
    this.previewBlocked.set(false);
    this.previewShown.update((shown) => !shown);
  }

  /**
   * A frame the browser refused to show (e.g. the response forbids framing) ends up on an error
   * page of another origin: then offer "open in a new tab" instead of an empty box.
   */
  protected checkPreview(event: Event): void {
    const frame = event.target as HTMLIFrameElement;
    let blocked: boolean;
    try {
      blocked = frame.contentDocument === null;
    } catch {
      blocked = true;
    }
    this.previewBlocked.set(blocked);
  }
}
