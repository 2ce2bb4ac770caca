import type { Provider } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE, MAT_NATIVE_DATE_FORMATS, type MatDateFormats } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { LotseDateAdapter } from '../date/lotse-date-adapter';
import { TranslatedDatepickerIntl, TranslatedPaginatorIntl } from './material-intl';

/** Like the native formats, but with two-digit day and month in the input: 01.03.2021. */
export const LOTSE_DATE_FORMATS: MatDateFormats = {
  ...MAT_NATIVE_DATE_FORMATS,
  display: {
    ...MAT_NATIVE_DATE_FORMATS.display,
    dateInput: { year: 'numeric', month: '2-digit', day: '2-digit' },
  },
};

/**
 * Material settings for pages with forms, tables and date pickers: German dates (`de-DE`,
 * day-first parsing), translated paginator and datepicker labels, outlined form fields.
 *
 * Registered in each lazy feature's route `providers` (not in the app config) so that the
 * datepicker, paginator and form-field code stays out of the initial bundle. Dialogs opened
 * from such a page need `injector` in their config to see these providers.
 */
export function provideLotseMaterial(): Provider[] {
  return [
    { provide: MAT_DATE_LOCALE, useValue: 'de-DE' },
    { provide: DateAdapter, useClass: LotseDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: LOTSE_DATE_FORMATS },
    { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
    { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
    { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: { appearance: 'outline', subscriptSizing: 'dynamic' } },
  ];
}
