import { type DynamicModule, Module } from '@nestjs/common';
import { InquiriesController, PublicInquiriesController } from './inquiries.controller';
import { InquiriesService } from './inquiries.service';
import { InquiryThrottlerGuard } from './inquiry-throttler.guard';
import { InquiriesProcessor } from './jobs/inquiries.processor';
import { WeeklySummary } from './jobs/weekly-summary';
import { OfficeCalendar } from './office-calendar';
import { RotaController } from './rota/rota.controller';
import { RotaService } from './rota/rota.service';
import { INQUIRY_ACCESS_FACTS } from './access-facts';

/**
 * The Familienbüro's inquiries and open-hours rota (issue 14). `forApi()` for the HTTP app,
 * `forWorker()` for the weekly coordinators' summary.
 */
@Module({})
export class InquiriesModule {
  static forApi(): DynamicModule {
    return {
      module: InquiriesModule,
      controllers: [PublicInquiriesController, InquiriesController, RotaController],
      providers: [INQUIRY_ACCESS_FACTS, OfficeCalendar, InquiriesService, RotaService, InquiryThrottlerGuard],
    };
  }

  static forWorker(): DynamicModule {
    return {
      module: InquiriesModule,
      providers: [OfficeCalendar, WeeklySummary, InquiriesProcessor],
    };
  }
}
