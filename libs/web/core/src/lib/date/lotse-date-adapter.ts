import { Injectable } from '@angular/core';
import { NativeDateAdapter } from '@angular/material/core';
import { parseUserDate } from './iso-date';

/**
 * The native adapter formats with `Intl` (so `de-DE` shows 31.12.2020) but parses with
 * `Date.parse`, which does not understand German dates. This adapter parses day-first input.
 */
@Injectable()
export class LotseDateAdapter extends NativeDateAdapter {
  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      if (value.trim() === '') {
        return null;
      }
      return parseUserDate(value) ?? this.invalid();
    }
    return super.parse(value, parseFormat);
  }
}
