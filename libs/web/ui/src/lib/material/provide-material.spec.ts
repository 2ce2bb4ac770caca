import { TestBed } from '@angular/core/testing';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { provideLotseMaterial } from './provide-material';

const texts = (lang: 'de' | 'en') => ({
  paginator: {
    itemsPerPage: lang === 'de' ? 'Einträge pro Seite:' : 'Items per page:',
    next: 'n',
    previous: 'p',
    first: 'f',
    last: 'l',
    range: lang === 'de' ? '{{from}}–{{to}} von {{total}}' : '{{from}}–{{to}} of {{total}}',
    rangeEmpty: lang === 'de' ? '0 von {{total}}' : '0 of {{total}}',
  },
  datepicker: {
    calendar: 'c',
    open: lang === 'de' ? 'Kalender öffnen' : 'Open calendar',
    close: 'x',
    prevMonth: 'a',
    nextMonth: 'b',
    prevYear: 'c',
    nextYear: 'd',
    prevMultiYear: 'e',
    nextMultiYear: 'f',
    switchToMonth: 'g',
    switchToMultiYear: 'h',
  },
});

describe('provideLotseMaterial', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { de: texts('de'), en: texts('en') },
          translocoConfig: { availableLangs: ['de', 'en'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [provideLotseMaterial()],
    });
  });

  it('translates the datepicker and follows language switches', () => {
    const intl = TestBed.inject(MatDatepickerIntl);
    expect(intl.openCalendarLabel).toBe('Kalender öffnen');
    TestBed.inject(TranslocoService).setActiveLang('en');
    expect(intl.openCalendarLabel).toBe('Open calendar');
  });

  it('translates the paginator including its range label', () => {
    const intl = TestBed.inject(MatPaginatorIntl);
    expect(intl.itemsPerPageLabel).toBe('Einträge pro Seite:');
    expect(intl.getRangeLabel(1, 25, 60)).toBe('26–50 von 60');
    expect(intl.getRangeLabel(0, 25, 0)).toBe('0 von 0');
  });
});
