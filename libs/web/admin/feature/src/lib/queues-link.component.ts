import { Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** Bull Board is served by the API itself (admin only), outside the SPA: a plain link, new tab. */
@Component({
  selector: 'lotse-queues-link',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  template: `
    <a mat-stroked-button href="/api/admin/queues" target="_blank" rel="noopener noreferrer" data-testid="queues-link">
      <mat-icon aria-hidden="true" fontIcon="open_in_new" />
      {{ 'admin.queues' | transloco }}
      <span class="visually-hidden">{{ 'common.opensInNewTab' | transloco }}</span>
    </a>
  `,
})
export class QueuesLinkComponent {}
