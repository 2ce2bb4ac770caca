import { Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PublicPartnerServiceDto } from '@lotse/shared/contracts';

/** How to reach a partner: address, phone and e-mail as links, website, opening hours. */
@Component({
  selector: 'lotse-partner-contact',
  imports: [TranslocoPipe],
  template: `
    @let p = partner();
    <dl class="data-list">
      @if (p.address) {
        <dt>{{ 'referrals.contact.address' | transloco }}</dt>
        <dd>{{ p.address }}</dd>
      }
      @if (p.phone) {
        <dt>{{ 'referrals.contact.phone' | transloco }}</dt>
        <dd>
          <a [href]="'tel:' + tel(p.phone)" dir="ltr">{{ p.phone }}</a>
        </dd>
      }
      @if (p.email) {
        <dt>{{ 'referrals.contact.email' | transloco }}</dt>
        <dd>
          <a [href]="'mailto:' + p.email" dir="ltr">{{ p.email }}</a>
        </dd>
      }
      @if (p.website) {
        <dt>{{ 'referrals.contact.website' | transloco }}</dt>
        <dd>
          <a [href]="p.website" target="_blank" rel="noopener noreferrer" dir="ltr">{{ host(p.website) }}</a>
        </dd>
      }
      @if (p.openingHours) {
        <dt>{{ 'referrals.contact.openingHours' | transloco }}</dt>
        <dd>{{ p.openingHours }}</dd>
      }
    </dl>
  `,
})
export class PartnerContactComponent {
  readonly partner = input.required<PublicPartnerServiceDto>();

  protected tel(phone: string): string {
    return phone.replace(/[^0-9+]/g, '');
  }

  /** The address without `https://` (shorter, and what people type). */
  protected host(url: string): string {
    return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  }
}
