import { type DynamicModule, Module } from '@nestjs/common';
import { AppointmentsModule } from '@lotse/server/appointments';
import { AuditModule } from '@lotse/server/audit';
import { ChildmindersModule } from '@lotse/server/childminders';
import { CoreModule, type CoreModuleOptions, Retention, SendMailProcessor, SystemProcessor } from '@lotse/server/core';
import { DocumentsModule } from '@lotse/server/documents';
import { InquiriesModule } from '@lotse/server/inquiries';
import { PermitsModule } from '@lotse/server/permits';
import { PlacementsModule } from '@lotse/server/placements';

/** Runs the outbox relay and the BullMQ processors; no HTTP. Scale by running more of these. */
@Module({})
export class WorkerModule {
  static forRoot(opts: Omit<CoreModuleOptions, 'role'> = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot({ ...opts, role: 'worker' }),
        AuditModule,
        DocumentsModule,
        ChildmindersModule.forWorker(),
        PermitsModule.forWorker(),
        PlacementsModule.forWorker(),
        InquiriesModule.forWorker(),
        AppointmentsModule.forWorker(),
      ],
      providers: [SendMailProcessor, SystemProcessor, Retention],
    };
  }
}
