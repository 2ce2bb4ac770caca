import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuditModule } from '@lotse/server/audit';
import { AppointmentsModule } from '@lotse/server/appointments';
import { AuthModule } from '@lotse/server/auth';
import { ChildrenModule } from '@lotse/server/children';
import { ApiExceptionFilter, CoreModule, type CoreModuleOptions, HealthModule } from '@lotse/server/core';
import { DocumentsModule } from '@lotse/server/documents';
import { OfficeModule } from '@lotse/server/office';
import { InquiriesModule } from '@lotse/server/inquiries';
import { PermitsModule } from '@lotse/server/permits';
import { PlacementsModule } from '@lotse/server/placements';
import { ReferralsModule } from '@lotse/server/referrals';

/** The HTTP API: every domain module; background work goes to the worker through the outbox. */
@Module({})
export class AppModule {
  static forRoot(opts: Omit<CoreModuleOptions, 'role'> = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot({ ...opts, role: 'api' }),
        HealthModule,
        AuditModule,
        OfficeModule,
        AuthModule,
        DocumentsModule,
        ChildrenModule,
        // Brings the childminders module, told by the permits who holds a valid permit.
        PermitsModule.forApi(),
        // Care requests, vacancies, proposals, placements (brings the care requests module).
        PlacementsModule.forApi(),
        // The Familienbüro's inquiries (contact form, queue, weekly summary) and open-hours rota.
        InquiriesModule.forApi(),
        // Appointments with the advisory service (issue 14).
        AppointmentsModule.forApi(),
        // The referral guide: partner directory, two-click referrals, demand figures (issue 14).
        ReferralsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }],
    };
  }
}
