import { Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PartnerCategory, PublicPartnerServiceDto } from '@lotse/shared/contracts';
import { PARTNER_CATEGORIES } from '@lotse/shared/contracts/values';
import { ReferralsApi } from '@lotse/web/referrals/data-access';
import { EmptyStateComponent, PageComponent } from '@lotse/web/ui';
import { map } from 'rxjs';
import { PartnerContactComponent } from '../shared/partner-contact.component';

/**
 * The public "Wegweiser" (no sign-in): the office's active partner services by kind, with what
 * they offer and how to reach them. Page texts in German, English, Turkish, Arabic and Ukrainian;
 * the partners' own texts stay as the office wrote them (German). `?office=<slug>` picks another
 * office of the installation.
 */
@Component({
  selector: 'lotse-wegweiser-page',
  imports: [MatButtonModule, MatCardModule, TranslocoPipe, PageComponent, EmptyStateComponent, PartnerContactComponent],
  template: `
    <lotse-page
      [title]="'referrals.public.title' | transloco"
      [subtitle]="'referrals.public.subtitle' | transloco"
      [loading]="list.isLoading()"
    >
      @if (list.hasValue()) {
        @for (g of groups(); track g.category) {
          <section class="group" [attr.aria-labelledby]="'cat-' + g.category" data-testid="public-group">
            <h2 class="group-heading" [id]="'cat-' + g.category">{{ 'referrals.categories.' + g.category | transloco }}</h2>
            <div class="card-grid">
              @for (p of g.partners; track p.id) {
                <mat-card appearance="outlined" data-testid="public-partner">
                  <mat-card-header>
                    <mat-card-title
                      ><h3 class="card-heading">{{ p.name }}</h3></mat-card-title
                    >
                  </mat-card-header>
                  <mat-card-content>
                    <p lang="de">{{ p.offer }}</p>
                    <lotse-partner-contact [partner]="p" />
                  </mat-card-content>
                </mat-card>
              }
            </div>
          </section>
        } @empty {
          <lotse-empty-state icon="signpost" testId="public-empty" [title]="'referrals.public.empty' | transloco" />
        }
        <p class="hint">{{ 'referrals.public.note' | transloco }}</p>
      } @else if (list.error()) {
        <lotse-empty-state icon="error" testId="load-error" [title]="'referrals.public.loadFailed' | transloco">
          <button mat-stroked-button type="button" (click)="list.reload()">{{ 'referrals.public.retry' | transloco }}</button>
        </lotse-empty-state>
      }
    </lotse-page>
  `,
  styles: `
    .group {
      margin-block-end: 24px;
    }
    .group-heading {
      font: var(--mat-sys-title-large);
      margin: 0 0 12px;
    }
    .card-heading {
      font: inherit;
      margin: 0;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class WegweiserPage {
  private readonly api = inject(ReferralsApi);
  private readonly office = toSignal(inject(ActivatedRoute).queryParamMap.pipe(map((p) => p.get('office'))), { initialValue: null });
  protected readonly list = rxResource({
    params: () => ({ office: this.office() }),
    stream: ({ params }) => this.api.publicPartners(params.office),
  });
  protected readonly groups = computed(() => {
    const partners = this.list.hasValue() ? this.list.value() : [];
    return PARTNER_CATEGORIES.map((category: PartnerCategory) => ({
      category,
      partners: partners.filter((p: PublicPartnerServiceDto) => p.category === category),
    })).filter((g) => g.partners.length > 0);
  });
}
