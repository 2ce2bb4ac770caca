import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuditModule } from '@lotse/server/audit';
import { AuthModule } from '@lotse/server/auth';
import { ChildmindersModule } from '@lotse/server/childminders';
import { ChildrenModule } from '@lotse/server/children';
import { ApiExceptionFilter, CoreModule, type CoreModuleOptions, HealthModule } from '@lotse/server/core';
import { DocumentsModule } from '@lotse/server/documents';

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
        AuthModule,
        DocumentsModule,
        ChildrenModule,
        ChildmindersModule.forApi(),
      ],
      providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }],
    };
  }
}
