import { Inject, Injectable } from '@nestjs/common';
import { RESPONSE_TARGET_DAYS, type InquirySettingsView } from '@lotse/shared/contracts';
import { addWorkingDays, plusDays, startOfDayIn, todayIn, type IsoDate } from '@lotse/shared/domain';
import { APP_CONFIG, type AppConfig } from '@lotse/server/core';
import { OfficeSettings } from '@lotse/server/office';
import type { EntityManager } from 'typeorm';

export interface Due {
  dueOn: IsoDate;
  /** The instant the inquiry turns overdue: the end of `dueOn` in the office's time zone. */
  dueAt: Date;
}

/**
 * The office's calendar for inquiries: its state's public holidays (`tenant.state`), its response
 * target (`inquiry_settings`, default 2 working days) and the office time zone (`TZ_OFFICE`).
 */
@Injectable()
export class OfficeCalendar {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get timeZone(): string {
    return this.config.TZ_OFFICE;
  }

  today(now: Date): IsoDate {
    return todayIn(this.config.TZ_OFFICE, now);
  }

  async state(m: EntityManager, tenantId: string): Promise<string> {
    return (await OfficeSettings.row(m, tenantId))?.state ?? 'NW';
  }

  async settings(m: EntityManager, tenantId: string): Promise<InquirySettingsView> {
    const [row]: Array<{ days: number; version: number }> = await m.query(
      `SELECT response_working_days AS days, version FROM inquiry_settings WHERE tenant_id = $1`,
      [tenantId],
    );
    return { responseWorkingDays: row?.days ?? RESPONSE_TARGET_DAYS.default, version: row?.version ?? 1 };
  }

  /** Due date of an inquiry received at `receivedAt`: `days` working days after the day it came in. */
  due(receivedAt: Date, days: number, state: string): Due {
    const dueOn = addWorkingDays(this.today(receivedAt), days, state);
    return { dueOn, dueAt: startOfDayIn(plusDays(dueOn, 1), this.config.TZ_OFFICE) };
  }

  /**
   * The next reference number of the office for `year` (`2026-0001`, …; restarts each year) and the
   * response target, from one locked row: parallel inquiries get distinct numbers.
   */
  async nextReference(m: EntityManager, tenantId: string, year: number): Promise<{ reference: string; responseWorkingDays: number }> {
    const [row]: Array<{ n: number; days: number }> = await m.query(
      `INSERT INTO inquiry_settings (tenant_id, number_year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (tenant_id) DO UPDATE
         SET last_number = CASE WHEN inquiry_settings.number_year = $2 THEN inquiry_settings.last_number + 1 ELSE 1 END,
             number_year = $2
       RETURNING last_number AS n, response_working_days AS days`,
      [tenantId, year],
    );
    return { reference: `${year}-${String(row.n).padStart(4, '0')}`, responseWorkingDays: row.days };
  }
}
