import { Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { RecheckTasksApi } from '@lotse/web/childminders/data-access';
import { LanguageService } from '@lotse/web/core';
import { LotseDatePipe } from '@lotse/web/ui';

/** On the advisor's file: her open § 43 Abs. 3 re-check tasks (nothing while there are none). */
@Component({
  selector: 'lotse-file-recheck-tasks',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, LotseDatePipe],
  template: `
    @if (open().length) {
      <section class="recheck" aria-labelledby="file-recheck-heading" data-testid="file-recheck-tasks">
        <h2 id="file-recheck-heading" class="heading">
          <mat-icon aria-hidden="true" fontIcon="fact_check" />
          {{ 'recheck.file.title' | transloco }}
        </h2>
        <ul>
          @for (t of open(); track t.id) {
            <li data-testid="file-recheck-task" [attr.data-event]="t.event">
              <strong>{{ 'recheck.event.' + t.event | transloco }}</strong>
              ({{ 'recheck.source.' + t.source | transloco }},
              <time [attr.datetime]="t.openedAt">{{ t.openedAt | lotseDate: language.tag() }}</time>)
              @if (t.description) {
                : {{ t.description }}
              }
            </li>
          }
        </ul>
        <a mat-button routerLink="/advisor/recheck-tasks" data-testid="file-recheck-link">{{ 'recheck.file.toList' | transloco }}</a>
      </section>
    }
  `,
  styles: `
    .recheck {
      margin: 16px 0;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .heading {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    ul {
      margin: 0 0 8px;
      padding-inline-start: 20px;
    }
  `,
})
export class FileRecheckTasksComponent {
  readonly childminderId = input.required<string>();
  private readonly api = inject(RecheckTasksApi);
  protected readonly language = inject(LanguageService);
  private readonly tasks = rxResource({ stream: () => this.api.list('open') });
  protected readonly open = computed(() =>
    this.tasks.hasValue() ? this.tasks.value().filter((t) => t.childminderId === this.childminderId()) : [],
  );
}
