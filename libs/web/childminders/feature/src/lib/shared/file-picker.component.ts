import { ChangeDetectorRef, Component, effect, inject, input } from '@angular/core';
import type { FormControl } from '@angular/forms';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { UPLOAD_MAX_BYTES } from '@lotse/web/childminders/data-access';
import { LanguageService } from '@lotse/web/core';
import { FieldErrorPipe } from '@lotse/web/ui';
import { UPLOAD_ACCEPT, formatBytes } from './file-picker';

let nextId = 0;

/**
 * A labelled native file input (keyboard and screen readers know it as it is), with the allowed
 * types and size limit as hint, the chosen file, and its error in a live region.
 */
@Component({
  selector: 'lotse-file-picker',
  imports: [MatIconModule, TranslocoPipe, FieldErrorPipe],
  template: `
    <div class="picker" [class.invalid]="control().touched && control().invalid">
      <label class="picker-label" [for]="id">{{ label() || ('evidence.upload.choose' | transloco) }}</label>
      <input
        #input
        type="file"
        class="picker-input"
        [id]="id"
        [accept]="accept"
        [attr.aria-describedby]="id + '-hint ' + id + '-error'"
        [attr.aria-invalid]="control().touched && control().invalid"
        [attr.aria-required]="required()"
        (change)="pick(input.files)"
        [disabled]="disabled()"
        data-testid="upload-file-input"
      />
      <p class="picker-hint" [id]="id + '-hint'">{{ 'evidence.upload.hint' | transloco: { max: maxLabel() } }}</p>
      @if (control().value; as file) {
        <p class="picker-file" data-testid="upload-file-name">
          <mat-icon aria-hidden="true" [fontIcon]="file.type === 'application/pdf' ? 'picture_as_pdf' : 'image'" />
          {{ file.name }} ({{ size(file.size) }})
        </p>
      }
      <p class="picker-error" [id]="id + '-error'" aria-live="polite" data-testid="upload-error">
        @if (control().touched && control().errors) {
          {{ control() | lotseFieldError }}
        }
      </p>
    </div>
  `,
  styles: `
    .picker {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 8px 0 12px;
    }
    .picker-label {
      font: var(--mat-sys-title-small);
    }
    .picker-input {
      font: var(--mat-sys-body-medium);
      padding: 8px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-small);
      max-width: 100%;
    }
    .invalid .picker-input {
      border-color: var(--mat-sys-error);
    }
    .picker-hint,
    .picker-file,
    .picker-error {
      margin: 0;
      font: var(--mat-sys-body-small);
    }
    .picker-hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .picker-file {
      display: flex;
      align-items: center;
      gap: 4px;
    }
    .picker-error {
      color: var(--mat-sys-error);
      min-height: 1em;
    }
  `,
})
export class FilePickerComponent {
  private readonly language = inject(LanguageService);
  readonly control = input.required<FormControl<File | null>>();
  readonly label = input<string | null>(null);
  readonly required = input(false);
  readonly disabled = input(false);

  protected readonly id = `file-picker-${nextId++}`;
  protected readonly accept = UPLOAD_ACCEPT;

  constructor() {
    const cdr = inject(ChangeDetectorRef);
    // Server errors and "touched on submit" arrive from outside: re-render on every control event.
    effect((onCleanup) => {
      const sub = this.control().events.subscribe(() => cdr.markForCheck());
      onCleanup(() => sub.unsubscribe());
    });
  }

  protected maxLabel(): string {
    return formatBytes(UPLOAD_MAX_BYTES, this.language.tag());
  }

  protected size(bytes: number): string {
    return formatBytes(bytes, this.language.tag());
  }

  protected pick(files: FileList | null): void {
    const c = this.control();
    c.setValue(files && files.length > 0 ? files[0] : null);
    c.markAsTouched();
    c.markAsDirty();
  }
}
