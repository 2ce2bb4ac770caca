import { Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The frame of every routed page: one `<h1>` (the only one on the page), optional actions on its
 * right, a progress bar while loading (space reserved, so nothing jumps) and the content.
 *
 * ```html
 * <lotse-page [title]="'parent.title' | transloco" [loading]="children.isLoading()">
 *   <a lotsePageActions mat-flat-button routerLink="new">…</a>
 *   …
 * </lotse-page>
 * ```
 */
@Component({
  selector: 'lotse-page',
  imports: [MatProgressBarModule, TranslocoPipe],
  template: `
    <header class="page-header">
      <div class="page-heading">
        <h1 class="page-title" data-testid="page-title">{{ title() }}</h1>
        @if (subtitle()) {
          <p class="page-subtitle">{{ subtitle() }}</p>
        }
      </div>
      <div class="page-actions"><ng-content select="[lotsePageActions]" /></div>
    </header>
    <div class="page-progress">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" data-testid="loading" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
    <div class="page-content" [attr.aria-busy]="loading()">
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      display: block;
      max-width: 1200px;
      margin: 0 auto;
      padding: 24px;
    }
    .page-header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 16px;
      margin-bottom: 8px;
    }
    .page-title {
      margin: 0;
      font: var(--mat-sys-headline-medium);
      color: var(--mat-sys-on-surface);
    }
    .page-subtitle {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .page-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .page-progress {
      height: 4px;
      margin-bottom: 16px;
    }
    @media (max-width: 599px) {
      :host {
        padding: 16px;
      }
    }
  `,
})
export class PageComponent {
  readonly title = input.required<string>();
  readonly subtitle = input<string | null>(null);
  readonly loading = input(false);
}
