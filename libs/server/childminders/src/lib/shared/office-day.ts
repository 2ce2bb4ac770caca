import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock } from '@lotse/server/core';
import { todayIn, type IsoDate } from '@lotse/shared/domain';

/** "Today" as the office sees it (TZ_OFFICE, Europe/Berlin), from the injectable clock. */
@Injectable()
export class OfficeDay {
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
