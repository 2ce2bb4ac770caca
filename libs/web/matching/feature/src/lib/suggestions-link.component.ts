import { Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * "Vorschläge ansehen": a link to `/advisor/matching/requests/:id`, for other advisor pages (e.g.
 * a care request's page) to embed. Its text lives in the root translations (`matchingLink.*`),
 * because the embedding page does not load the `matching` scope.
 */
@Component({
  selector: 'lotse-suggestions-link',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe],
  template: `
    <a mat-stroked-button [routerLink]="['/advisor/matching/requests', requestId()]" data-testid="suggestions-link">
      <mat-icon aria-hidden="true" fontIcon="travel_explore" />
      {{ 'matchingLink.suggestions' | transloco }}
    </a>
  `,
})
export class SuggestionsLinkComponent {
  readonly requestId = input.required<string>();
}
