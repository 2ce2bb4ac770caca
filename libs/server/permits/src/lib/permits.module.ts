import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChildmindersModule } from '@lotse/server/childminders';
import { PermitApplicationsController } from './controllers/permit-applications.controller';
import { PermitSettingsController } from './controllers/permit-settings.controller';
import { PermitsController } from './controllers/permits.controller';
import { PERMITS_ENTITIES } from './entities';
import { PermitScanProcessor, RenderPermitProcessor } from './jobs/permit-jobs.processor';
import { RenderPermit } from './jobs/render-permit';
import { PermitLifecycle } from './lifecycle/permit-lifecycle';
import { PermitPdfRenderer } from './pdf/permit-pdf-renderer';
import { ScanPermits } from './jobs/scan-permits';
import { HomeVisitEvidence } from './shared/home-visit-evidence';
import { OfficeToday } from './shared/office-today';
import { PermitAccess } from './shared/permit-access';
import { PermitStatusFromPermits } from './shared/permit-status.adapter';
import { ApplyForPermit } from './usecases/apply-for-permit';
import { DecideApplication } from './usecases/decide-application';
import { IssuePermit } from './usecases/issue-permit';
import { ReadApplications } from './usecases/read-applications';
import { ReadPermitSettings } from './usecases/read-permit-settings';
import { ReadPermits } from './usecases/read-permits';
import { RecordCheck } from './usecases/record-check';
import { RevokePermit } from './usecases/revoke-permit';
import { WithdrawApplication } from './usecases/withdraw-application';
import { UpdatePermitSettings } from './usecases/update-permit-settings';
import { PERMIT_ACCESS_FACTS } from './shared/access-facts';

/** The childminders module of the API, told by the permits who holds a valid permit. */
export const CHILDMINDERS_WITH_PERMITS = ChildmindersModule.forApi({ permitStatus: PermitStatusFromPermits });

/**
 * The permit workflow (§ 43 SGB VIII): applications, suitability checks, decisions (four eyes
 * optional), issuing with gap-free numbers, PDFs, revocation, expiry and reminders.
 * `forApi()` for the HTTP app (it brings the childminders module along), `forWorker()` for PDFs and the daily scan.
 */
@Module({})
export class PermitsModule {
  static forApi(): DynamicModule {
    return {
      module: PermitsModule,
      imports: [TypeOrmModule.forFeature(PERMITS_ENTITIES), CHILDMINDERS_WITH_PERMITS],
      controllers: [PermitApplicationsController, PermitsController, PermitSettingsController],
      providers: [
        OfficeToday,
        PERMIT_ACCESS_FACTS,
        PermitLifecycle,
        PermitAccess,
        HomeVisitEvidence,
        ApplyForPermit,
        ReadApplications,
        RecordCheck,
        IssuePermit,
        DecideApplication,
        WithdrawApplication,
        ReadPermits,
        RevokePermit,
        ReadPermitSettings,
        UpdatePermitSettings,
        RenderPermit,
        ScanPermits,
        PermitPdfRenderer,
      ],
      exports: [RenderPermit, ScanPermits, CHILDMINDERS_WITH_PERMITS],
    };
  }

  static forWorker(): DynamicModule {
    return {
      module: PermitsModule,
      imports: [TypeOrmModule.forFeature(PERMITS_ENTITIES), ChildmindersModule.forWorker()],
      providers: [OfficeToday, PermitLifecycle, RenderPermit, ScanPermits, RenderPermitProcessor, PermitScanProcessor, PermitPdfRenderer],
      exports: [RenderPermit, ScanPermits],
    };
  }
}
