import { Injectable, inject } from '@angular/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

interface PaginatorTexts {
  itemsPerPage: string;
  next: string;
  previous: string;
  first: string;
  last: string;
}

/** Paginator labels from the translation files, following language switches. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco.selectTranslateObject<PaginatorTexts>('paginator').subscribe((texts) => {
      this.itemsPerPageLabel = texts.itemsPerPage;
      this.nextPageLabel = texts.next;
      this.previousPageLabel = texts.previous;
      this.firstPageLabel = texts.first;
      this.lastPageLabel = texts.last;
      this.changes.next();
    });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) {
      return this.transloco.translate('paginator.rangeEmpty', { total: length });
    }
    const from = page * pageSize + 1;
    const to = Math.min(length, (page + 1) * pageSize);
    return this.transloco.translate('paginator.range', { from, to, total: length });
  };
}

interface DatepickerTexts {
  calendar: string;
  open: string;
  close: string;
  prevMonth: string;
  nextMonth: string;
  prevYear: string;
  nextYear: string;
  prevMultiYear: string;
  nextMultiYear: string;
  switchToMonth: string;
  switchToMultiYear: string;
}

@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco.selectTranslateObject<DatepickerTexts>('datepicker').subscribe((t) => {
      this.calendarLabel = t.calendar;
      this.openCalendarLabel = t.open;
      this.closeCalendarLabel = t.close;
      this.prevMonthLabel = t.prevMonth;
      this.nextMonthLabel = t.nextMonth;
      this.prevYearLabel = t.prevYear;
      this.nextYearLabel = t.nextYear;
      this.prevMultiYearLabel = t.prevMultiYear;
      this.nextMultiYearLabel = t.nextMultiYear;
      this.switchToMonthViewLabel = t.switchToMonth;
      this.switchToMultiYearViewLabel = t.switchToMultiYear;
      this.changes.next();
    });
  }
}
