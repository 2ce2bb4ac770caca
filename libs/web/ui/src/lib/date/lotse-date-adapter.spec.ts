import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';
import { TranslocoService } from '@jsverse/transloco';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { provideLotseMaterial } from '../material/provide-material';
import { toIsoDate } from './iso-date';

describe('LotseDateAdapter', () => {
  let adapter: DateAdapter<Date>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({ langs: { de: {}, en: {} }, translocoConfig: { availableLangs: ['de', 'en'], defaultLang: 'de' } }),
      ],
      providers: [provideLotseMaterial()],
    });
    adapter = TestBed.inject(DateAdapter);
  });

  it('parses German input', () => {
    expect(toIsoDate(adapter.parse('24.12.2022', null) as Date)).toBe('2022-12-24');
  });

  it('treats empty input as no date and nonsense as invalid', () => {
    expect(adapter.parse('', null)).toBeNull();
    const invalid = adapter.parse('31.02.2022', null) as Date;
    expect(adapter.isValid(invalid)).toBe(false);
  });

  it('formats in the UI language', () => {
    const date = new Date(2022, 11, 24);
    expect(adapter.format(date, { year: 'numeric', month: '2-digit', day: '2-digit' })).toBe('24.12.2022');
    TestBed.inject(TranslocoService).setActiveLang('en');
    expect(adapter.format(date, { year: 'numeric', month: '2-digit', day: '2-digit' })).toBe('24/12/2022');
  });
});
