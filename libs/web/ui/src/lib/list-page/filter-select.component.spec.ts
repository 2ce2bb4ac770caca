import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { provideLotseMaterial } from '../material/provide-material';
import { FilterSelectComponent, type FilterOption, type FilterOptionLabel } from './filter-select.component';

const transloco = TranslocoTestingModule.forRoot({
  langs: {
    de: {
      x: {
        status: 'Status',
        service: 'Leistung',
        all: 'Alle',
        days: 'Ablauf',
        any: 'Egal',
        within: 'in {{ days }} Tagen',
        who: 'Zuständig',
        me: 'Ich',
        order: 'Reihenfolge',
        asc: 'aufsteigend',
        desc: 'absteigend',
        statuses: { new: 'Neu', open: 'In Arbeit', closed: 'Erledigt' },
        sv: { care: 'Kindertagespflege', advice: 'Beratung' },
      },
    },
  },
  translocoConfig: { availableLangs: ['de'], defaultLang: 'de', missingHandler: { logMissingKey: false } },
  preloadLangs: true,
});

type Status = 'new' | 'open' | 'closed';
type Service = 'care' | 'advice';

const statuses = signal<Status[]>(['new', 'open']);
const service = signal<Service | null>(null);
const days = signal<number | null>(null);
const who = signal<string | null>(null);
const order = signal<'asc' | 'desc'>('asc');

// Two-way bound to signals: what the select emits lands in them.
@Component({
  imports: [FilterSelectComponent],
  template: `
    <lotse-filter-select label="x.status" [options]="sts" optionLabel="x.statuses." multiple [(value)]="statuses" testId="f-status" />
    <lotse-filter-select label="x.service" [options]="svs" optionLabel="x.sv." all="x.all" [(value)]="sv" testId="sv" optionTestId="sv-" />
    <lotse-filter-select label="x.days" [options]="ns" [optionLabel]="fn" all="x.any" [(value)]="days" testId="days" optionTestId="d-" />
    <lotse-filter-select label="x.who" [options]="people" all="x.all" [(value)]="who" testId="f-who" />
    <lotse-filter-select class="narrow" label="x.order" [options]="orders" [(value)]="order" testId="f-order" />
  `,
})
class Host {
  readonly sts: readonly Status[] = ['new', 'open', 'closed'];
  readonly svs: readonly Service[] = ['care', 'advice'];
  readonly ns = [30, 90];
  readonly fn = (n: number): FilterOptionLabel => ({ key: 'x.within', params: { days: n } });
  readonly people: FilterOption<string>[] = [
    { value: 'me', key: 'x.me' },
    { value: 'u-1', text: 'Anna Adler' },
    { value: 'all', text: 'Alle Meiers' },
  ];
  readonly orders: FilterOption<'asc' | 'desc'>[] = [
    { value: 'asc', key: 'x.asc' },
    { value: 'desc', key: 'x.desc' },
  ];
  readonly statuses = statuses;
  readonly sv = service;
  readonly days = days;
  readonly who = who;
  readonly order = order;
}

async function render() {
  TestBed.configureTestingModule({
    imports: [Host, transloco],
    providers: [provideLotseMaterial(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
  });
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const select = (id: string): HTMLElement => {
    const found = el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  /** Opens a select (as a click on its trigger) and gives its options, which live in the overlay. */
  const open = async (id: string) => {
    select(id).querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await settle();
    return [...document.querySelectorAll<HTMLElement>('mat-option')];
  };
  const texts = (options: HTMLElement[]) => options.map((o) => o.textContent?.trim());
  const shown = (id: string) => select(id).querySelector('.mat-mdc-select-value')?.textContent?.trim();
  const labelOf = (id: string) => {
    const ids = select(id).getAttribute('aria-labelledby')?.split(' ') ?? [];
    return ids.map((i) => document.getElementById(i)?.textContent?.trim()).join(' ');
  };
  return { el, select, open, texts, shown, labelOf, settle };
}

// The first test pays for compiling the Material components (seconds on a busy 2-core machine).
jest.setTimeout(30_000);

describe('FilterSelectComponent', () => {
  beforeEach(() => {
    statuses.set(['new', 'open']);
    service.set(null);
    days.set(null);
    who.set(null);
    order.set('asc');
  });

  it('labels every select through mat-label and shows the current values', async () => {
    const { select, shown, labelOf } = await render();
    expect(select('f-status').tagName).toBe('MAT-SELECT');
    expect(select('f-status').getAttribute('role')).toBe('combobox');
    expect(labelOf('f-status')).toContain('Status');
    expect(labelOf('sv')).toContain('Leistung');
    expect(shown('f-status')).toBe('Neu, In Arbeit');
    expect(shown('sv')).toBe('Alle');
    expect(shown('days')).toBe('Egal');
    expect(shown('f-order')).toBe('aufsteigend');
  });

  it('multiple: translates the options with the key prefix and emits the chosen array', async () => {
    const { open, texts, select, settle } = await render();
    const options = await open('f-status');
    expect(texts(options)).toEqual(['Neu', 'In Arbeit', 'Erledigt']);
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['true', 'true', 'false']);
    expect(options.some((o) => o.hasAttribute('data-testid'))).toBe(false);
    expect(document.querySelector('[role="listbox"]')?.getAttribute('aria-multiselectable')).toBe('true');
    options[2].click();
    expect(statuses()).toEqual(['new', 'open', 'closed']);
    await settle();
    expect(select('f-status').textContent).toContain('Erledigt');
  });

  it('single with "all": the first option stands for null, both ways', async () => {
    const { open, texts, shown, settle } = await render();
    let options = await open('sv');
    expect(texts(options)).toEqual(['Alle', 'Kindertagespflege', 'Beratung']);
    expect(options.map((o) => o.getAttribute('data-testid'))).toEqual(['sv-all', 'sv-care', 'sv-advice']);
    options[2].click();
    await settle();
    expect(service()).toBe('advice');
    expect(shown('sv')).toBe('Beratung');

    options = await open('sv');
    expect(options).toHaveLength(3);
    options[0].click();
    await settle();
    expect(service()).toBeNull();
    expect(shown('sv')).toBe('Alle');
  });

  it('labels options with a function (key and parameters) and keeps number values', async () => {
    const { open, texts, settle } = await render();
    const options = await open('days');
    expect(texts(options)).toEqual(['Egal', 'in 30 Tagen', 'in 90 Tagen']);
    expect(options.map((o) => o.getAttribute('data-testid'))).toEqual(['d-all', 'd-30', 'd-90']);
    options[2].click();
    await settle();
    expect(days()).toBe(90);
  });

  it('takes options with their own key or text; a value "all" does not clash with the "all" option', async () => {
    const { open, texts, shown, settle } = await render();
    let options = await open('f-who');
    expect(texts(options)).toEqual(['Alle', 'Ich', 'Anna Adler', 'Alle Meiers']);
    expect(options.filter((o) => o.getAttribute('aria-selected') === 'true')).toHaveLength(1);
    options[3].click();
    await settle();
    expect(who()).toBe('all');
    expect(shown('f-who')).toBe('Alle Meiers');
    options = await open('f-who');
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'false', 'false', 'true']);
  });

  it('single without "all": no extra option, the value passes through; the host takes the page’s classes', async () => {
    const { open, texts, settle, el } = await render();
    const options = await open('f-order');
    expect(texts(options)).toEqual(['aufsteigend', 'absteigend']);
    options[1].click();
    await settle();
    expect(order()).toBe('desc');
    expect(el.querySelector('lotse-filter-select.narrow [data-testid="f-order"]')).not.toBeNull();
  });

  it('opens with the keyboard', async () => {
    const { select, settle } = await render();
    const trigger = select('sv');
    trigger.focus();
    trigger.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }));
    await settle();
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect([...document.querySelectorAll('mat-option')].map((o) => o.textContent?.trim())).toEqual([
      'Alle',
      'Kindertagespflege',
      'Beratung',
    ]);
  });
});
