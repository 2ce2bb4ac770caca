import { Inject, Injectable } from '@nestjs/common';
import { todayIn, type IsoDate } from '@lotse/shared/domain';
import { APP_CONFIG, Clock, type AppConfig } from '@lotse/server/core';

/** Today in the office's time zone (Europe/Berlin): permits start, end and are numbered by it. */
@Injectable()
export class OfficeToday {
  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  today(): IsoDate {
    return todayIn(this.config.TZ_OFFICE, this.clock.now());
  }

  now(): Date {
    return this.clock.now();
  }
}
