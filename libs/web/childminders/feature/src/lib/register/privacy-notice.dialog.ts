import { Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PublicOfficeDto } from '@lotse/shared/contracts';

/**
 * The office's full privacy notice for the registration (Art. 13 DSGVO). Headings are UI labels;
 * the texts are the office's German ones, marked `lang="de"` for screen readers in the English UI.
 */
@Component({
  selector: 'lotse-privacy-notice-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'register.privacy.title' | transloco }}</h2>
    <!-- Long text scrolls: the region takes focus first so arrow keys scroll it (axe scrollable-region-focusable). -->
    <mat-dialog-content
      tabindex="0"
      role="region"
      cdkFocusInitial
      [attr.aria-label]="'register.privacy.title' | transloco"
      data-testid="privacy-notice"
    >
      <p>{{ 'register.privacy.intro' | transloco }}</p>
      <h3>{{ 'register.privacy.controller' | transloco }}</h3>
      <p lang="de" data-testid="privacy-controller">{{ privacy.controller }}</p>
      <h3>{{ 'register.privacy.dataProtectionOfficer' | transloco }}</h3>
      <p lang="de">{{ privacy.dataProtectionOfficer }}</p>
      <h3>{{ 'register.privacy.purposes' | transloco }}</h3>
      <ul lang="de">
        @for (purpose of privacy.purposes; track $index) {
          <li>{{ purpose }}</li>
        }
      </ul>
      <h3>{{ 'register.privacy.legalBasis' | transloco }}</h3>
      <p lang="de" data-testid="privacy-legal-basis">{{ privacy.legalBasis }}</p>
      <h3>{{ 'register.privacy.retention' | transloco }}</h3>
      <p lang="de">{{ privacy.retention }}</p>
      <h3>{{ 'register.privacy.rights' | transloco }}</h3>
      <ul lang="de" data-testid="privacy-rights">
        @for (right of privacy.rights; track $index) {
          <li>{{ right }}</li>
        }
      </ul>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close data-testid="privacy-notice-close">{{ 'common.close' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    mat-dialog-content:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: -2px;
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 16px 0 4px;
    }
    p,
    ul {
      margin: 0 0 8px;
    }
  `,
})
export class PrivacyNoticeDialog {
  protected readonly privacy = inject<PublicOfficeDto['privacy']>(MAT_DIALOG_DATA);
}
