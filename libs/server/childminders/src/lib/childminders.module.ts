import { EmailLinksService, OneTimeTokens, SelfRegistration } from '@lotse/server/auth';
import { type DynamicModule, Module, type ModuleMetadata, type Provider, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CHILDMINDER_ENTITIES } from './entities';
import { ChildmindersFacade } from './childminders.facade';
import { ChildmindersController } from './controllers/childminders.controller';
import { EvidenceController } from './controllers/evidence.controller';
import { RecheckTasksController } from './controllers/recheck-tasks.controller';
import { RecheckTasks } from './usecases/recheck-tasks';
import { MyChildminderController } from './controllers/my-childminder.controller';
import { RegistrationController } from './controllers/registration.controller';
import { EvidenceJobsProcessor } from './jobs/evidence-jobs.processor';
import { ChildminderLifecycle } from './lifecycle/childminder-lifecycle';
import { ChildminderLifecyclePort } from './lifecycle/childminder-lifecycle.port';
import { ChildminderAccess } from './shared/childminder-access.service';
import { EvidenceRulesService } from './shared/evidence-rules.service';
import { OfficeDay } from './shared/office-day';
import { NoPermitsYet, PermitStatusPort } from './shared/permit-status.port';
import { TimelineService } from './shared/timeline.service';
import { BuildChecklist } from './usecases/build-checklist';
import { CreateChildminder } from './usecases/create-childminder';
import { ConfirmEvidenceItem } from './usecases/confirm-evidence-item';
import { SetQualificationVariant } from './usecases/set-qualification-variant';
import { DeleteEvidenceItem } from './usecases/delete-evidence-item';
import { EvidenceDocuments } from './usecases/evidence-documents';
import { ListChildminders } from './usecases/list-childminders';
import { OpenReminders } from './usecases/open-reminders';
import { PermitPath } from './usecases/permit-path';
import { PurgeGoodConduct } from './usecases/purge-good-conduct';
import { RecordEvidence } from './usecases/record-evidence';
import { RegisterChildminder } from './usecases/register-childminder';
import { ScanReminders } from './usecases/scan-reminders';
import { TransitionStatus } from './usecases/transition-status';
import { UpdateEvidenceRule } from './usecases/update-evidence-rule';
import { UpdateProfile } from './usecases/update-profile';
import { CHILDMINDER_ACCESS_FACTS } from './shared/access-facts';

export interface ChildmindersModuleOptions {
  /** The permit workflow's answer to "has a valid permit?" (issue 4); default: never. */
  permitStatus?: Type<PermitStatusPort>;
  /** Modules the permitStatus implementation needs (e.g. one exporting the permits repository). */
  imports?: ModuleMetadata['imports'];
}

const SHARED: Provider[] = [
  OfficeDay,
  ChildminderAccess,
  EvidenceRulesService,
  TimelineService,
  BuildChecklist,
  ScanReminders,
  PurgeGoodConduct,
  // The one writer of a file's status; other domains get it as ChildminderLifecyclePort.
  ChildminderLifecycle,
  { provide: ChildminderLifecyclePort, useExisting: ChildminderLifecycle },
];

/** The worker's lifecycle never needs a permit check (it only pauses); nobody becomes active there. */
const WORKER_PERMIT_STATUS: Provider = { provide: PermitStatusPort, useClass: NoPermitsYet };

/**
 * Childminders (registration, profile, lifecycle, timeline) and their evidence (rules, items,
 * documents, checklist, reminders). `forApi()` for the HTTP app, `forWorker()` for the daily jobs.
 * Needs DocumentsModule (global) and AuditModule (global).
 */
@Module({})
export class ChildmindersModule {
  static forApi(opts: ChildmindersModuleOptions = {}): DynamicModule {
    return {
      module: ChildmindersModule,
      imports: [TypeOrmModule.forFeature(CHILDMINDER_ENTITIES), ...(opts.imports ?? [])],
      // The `me` routes come first, so `/childminders/me` never reaches `/childminders/:id`.
      controllers: [RegistrationController, MyChildminderController, ChildmindersController, EvidenceController, RecheckTasksController],
      providers: [
        ...SHARED,
        CHILDMINDER_ACCESS_FACTS,
        { provide: PermitStatusPort, useClass: opts.permitStatus ?? NoPermitsYet },
        ChildmindersFacade,
        ListChildminders,
        CreateChildminder,
        RegisterChildminder,
        // From auth (no module import: they need only global providers): verification and e-mail change links.
        OneTimeTokens,
        EmailLinksService,
        SelfRegistration,
        UpdateProfile,
        TransitionStatus,
        RecordEvidence,
        DeleteEvidenceItem,
        ConfirmEvidenceItem,
        SetQualificationVariant,
        RecheckTasks,
        EvidenceDocuments,
        PermitPath,
        UpdateEvidenceRule,
        OpenReminders,
      ],
      exports: [
        BuildChecklist,
        EvidenceRulesService,
        ScanReminders,
        PurgeGoodConduct,
        ListChildminders,
        TransitionStatus,
        TimelineService,
        ChildminderLifecyclePort,
      ],
    };
  }

  static forWorker(): DynamicModule {
    return {
      module: ChildmindersModule,
      imports: [TypeOrmModule.forFeature(CHILDMINDER_ENTITIES)],
      providers: [...SHARED, WORKER_PERMIT_STATUS, EvidenceJobsProcessor],
      exports: [ScanReminders, PurgeGoodConduct, TimelineService, EvidenceRulesService, ChildminderLifecyclePort],
    };
  }
}
