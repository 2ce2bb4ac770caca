import { Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@lotse/web/core';
import { RotaApi } from '@lotse/web/inquiries/data-access';
import { EmptyStateComponent, LotseDatePipe, PageComponent } from '@lotse/web/ui';

/** "Meine Dienste": the signed-in staff member's open consultations, three months ahead, with colleagues. */
@Component({
  selector: 'lotse-my-turns-page',
  imports: [MatCardModule, TranslocoPipe, LotseDatePipe, PageComponent, EmptyStateComponent],
  template: `
    <lotse-page
      [title]="'inquiries.mine.title' | transloco"
      [subtitle]="'inquiries.mine.subtitle' | transloco"
      [loading]="turns.isLoading()"
    >
      @if (turns.hasValue()) {
        @if (!turns.value().length) {
          <lotse-empty-state icon="event_available" testId="turns-empty" [title]="'inquiries.mine.empty' | transloco" />
        } @else {
          <ul class="turns" data-testid="turns">
            @for (t of turns.value(); track t.date + t.from) {
              <li data-testid="turn">
                <strong>{{ t.date | lotseDate: language.tag() }}, {{ t.from }}–{{ t.to }}</strong>
                @if (t.holiday) {
                  <span> · {{ 'inquiries.rota.holiday' | transloco: { name: t.holiday } }}</span>
                }
                <div>
                  {{
                    t.colleagues.length
                      ? ('inquiries.mine.with' | transloco: { names: t.colleagues.join(', ') })
                      : ('inquiries.mine.alone' | transloco)
                  }}
                </div>
              </li>
            }
          </ul>
        }
      }
    </lotse-page>
  `,
  styles: `
    .turns {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .turns li {
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
  `,
})
export class MyTurnsPage {
  private readonly api = inject(RotaApi);
  protected readonly language = inject(LanguageService);
  protected readonly turns = rxResource({ stream: () => this.api.mine() });
}
