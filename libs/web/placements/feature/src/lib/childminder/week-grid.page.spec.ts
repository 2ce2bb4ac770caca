import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { provideLotseMaterial } from '@lotse/web/ui';
import { WeekGridPage } from './week-grid.page';

describe('WeekGridPage', () => {
  let fixture: ComponentFixture<WeekGridPage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;

  async function stable(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        WeekGridPage,
        TranslocoTestingModule.forRoot({ langs: { de: {} }, translocoConfig: { availableLangs: ['de'], defaultLang: 'de' } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideLotseMaterial()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(WeekGridPage);
    // The resource's request stays pending until flushed (whenStable would wait for it).
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  it('is a table with header cells; every cell says "present / allowed" and carries its level', async () => {
    const present = new Array(672).fill(0);
    // Monday 08:00–08:30 five children (full), Tuesday 08:00 two.
    present[32] = 5;
    present[33] = 5;
    present[96 + 32] = 2;
    http
      .expectOne((r) => r.url === '/api/placements/week-grid')
      .flush({ date: '2027-01-04', present, maxPresent: 5, contracts: 6, maxContracts: 8, site: null });
    await stable();
    const table = el().querySelector('table[data-testid="week-grid"]');
    expect(table?.querySelector('caption')).not.toBeNull();
    const cols = [...(table?.querySelectorAll('thead th[scope="col"]') ?? [])];
    expect(cols).toHaveLength(6);
    expect(table?.querySelectorAll('tbody th[scope="row"]')).toHaveLength(52);
    const cell = (weekday: number, time: string) => table?.querySelector<HTMLElement>(`td[data-weekday="${weekday}"][data-time="${time}"]`);
    expect(cell(1, '08:00')?.textContent?.trim()).toBe('5 / 5');
    expect(cell(1, '08:00')?.className).toContain('level-full');
    expect(cell(2, '08:00')?.textContent?.trim()).toBe('2 / 5');
    expect(cell(2, '08:00')?.className).toContain('level-some');
    expect(cell(3, '08:00')?.className).toContain('level-none');
  });
});
