import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { provideLotseMaterial } from '../material/provide-material';
import { ListFrameComponent, ListTableDirective, type ListPageValue, type ListResource } from './list-frame.component';
import { ListState, listField } from './list-state';

const transloco = TranslocoTestingModule.forRoot({
  langs: {
    de: {
      'x.count': '{{ count }} Einträge',
      'x.title': 'Einträge',
      'x.empty': 'Noch nichts da',
      list: {
        noMatches: 'Keine Treffer',
        noMatchesText: 'Filter ändern',
        resetFilters: 'Filter zurücksetzen',
        paginator: 'Seiten der Liste',
      },
      common: { loading: 'Wird geladen …', retry: 'Erneut versuchen' },
      errors: { loadFailed: 'Die Daten konnten nicht geladen werden.' },
    },
  },
  translocoConfig: { availableLangs: ['de'], defaultLang: 'de', missingHandler: { logMissingKey: false } },
  preloadLangs: true,
});

const value = signal<ListPageValue | undefined>(undefined);
const loading = signal(false);
const error = signal<Error | undefined>(undefined);
const reload = jest.fn(() => true);
const resource = {
  value,
  isLoading: loading,
  error,
  hasValue: () => value() !== undefined,
  reload,
} as unknown as ListResource;

const params = signal<Record<string, string>>({});
const navigate = jest.fn();
const state = new ListState({ fields: { status: listField.choice(['open', 'closed'] as const) } }, params, navigate);

@Component({
  imports: [ListFrameComponent, ListTableDirective],
  template: `
    <lotse-list-frame [list]="list" [state]="state" [texts]="{ count: 'x.count', label: 'x.title', empty: 'x.empty' }" testId="things">
      <div lotseListFilters data-testid="filters">Filter</div>
      <button lotseListEmptyAction type="button" data-testid="create">Anlegen</button>
      <ng-template lotseListTable let-items>
        <ul data-testid="table">
          @for (i of items; track $index) {
            <li>{{ i }}</li>
          }
        </ul>
      </ng-template>
    </lotse-list-frame>
  `,
})
class Host {
  readonly list = resource;
  readonly state = state;
}

async function render() {
  TestBed.configureTestingModule({ imports: [Host, transloco], providers: [provideLotseMaterial()] });
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const q = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  return { el, q, settle };
}

// The first test pays for compiling the Material components (seconds on a busy 2-core machine).
jest.setTimeout(30_000);

describe('ListFrameComponent', () => {
  beforeEach(() => {
    value.set(undefined);
    loading.set(false);
    error.set(undefined);
    params.set({});
    navigate.mockClear();
    reload.mockClear();
  });

  it('shows a labelled progress bar while loading, the filters, and no count yet', async () => {
    loading.set(true);
    const { q, el } = await render();
    expect(q('filters')?.textContent).toBe('Filter');
    expect(q('loading')?.getAttribute('aria-label')).toBe('Wird geladen …');
    const count = q('things-count');
    expect(count?.getAttribute('aria-live')).toBe('polite');
    expect(count?.textContent?.trim()).toBe('');
    expect(q('table')).toBeNull();
    expect(el.querySelector('lotse-list-frame')?.getAttribute('aria-busy')).toBe('true');
  });

  it('renders the count, the table with the rows and a labelled paginator bound to the state', async () => {
    value.set({ items: ['a', 'b'], total: 42 });
    params.set({ page: '2', pageSize: '10' });
    const { q, el, settle } = await render();
    expect(q('things-count')?.textContent?.trim()).toBe('42 Einträge');
    expect(q('loading')).toBeNull();
    expect(el.querySelector('lotse-list-frame')?.getAttribute('aria-busy')).toBe('false');
    expect([...el.querySelectorAll('[data-testid="table"] li')].map((li) => li.textContent)).toEqual(['a', 'b']);
    const region = el.querySelector('[role="region"]');
    expect(region?.getAttribute('aria-label')).toBe('Einträge');
    const paginator = q('things-paginator');
    expect(paginator?.getAttribute('aria-label')).toBe('Seiten der Liste');
    el.querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')?.click();
    await settle();
    expect(navigate).toHaveBeenCalledWith({ page: '3', pageSize: '10' }, {});
  });

  it('shows the plain empty state with the page’s action when nothing is there', async () => {
    value.set({ items: [], total: 0 });
    const { q } = await render();
    expect(q('empty-state')?.textContent).toContain('Noch nichts da');
    expect(q('create')).not.toBeNull();
    expect(q('things-paginator')).toBeNull();
  });

  it('offers "Filter zurücksetzen" when filters match nothing', async () => {
    value.set({ items: [], total: 0 });
    params.set({ status: 'open', page: '3' });
    const { q, settle } = await render();
    expect(q('empty-state')?.textContent).toContain('Keine Treffer');
    expect(q('create')).toBeNull();
    q('things-empty-reset')?.click();
    await settle();
    expect(navigate).toHaveBeenCalledWith({}, {});
  });

  it('announces a failed load and retries', async () => {
    error.set(new Error('boom'));
    const { q, settle } = await render();
    const alert = q('load-error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('Die Daten konnten nicht geladen werden.');
    alert?.querySelector('button')?.click();
    await settle();
    expect(reload).toHaveBeenCalled();
  });
});
