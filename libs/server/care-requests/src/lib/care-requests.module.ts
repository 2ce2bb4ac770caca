import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailLinksService, OneTimeTokens, SelfRegistration } from '@lotse/server/auth';
import { ChildrenModule } from '@lotse/server/children';
import { CareRequestAccess } from './care-request-access';
import { CareRequest } from './care-request.entity';
import { CareRequestHooks } from './care-request-hooks';
import { CareRequestsController } from './care-requests.controller';
import { CareRequestsPort } from './care-requests.port';
import { ChangeCareRequest } from './usecases/change-care-request';
import { ReadCareRequests } from './usecases/read-care-requests';
import { ParentRegistrationController } from './registration/parent-registration.controller';
import { RegisterParent } from './registration/register-parent';
import { CARE_REQUEST_ACCESS_FACTS } from './access-facts';

@Module({
  imports: [TypeOrmModule.forFeature([CareRequest]), ChildrenModule],
  controllers: [CareRequestsController, ParentRegistrationController],
  // From auth (global providers only): the shared self-registration and the e-mail links.
  providers: [
    CARE_REQUEST_ACCESS_FACTS,
    CareRequestAccess,
    CareRequestHooks,
    CareRequestsPort,
    ChangeCareRequest,
    ReadCareRequests,
    RegisterParent,
    SelfRegistration,
    OneTimeTokens,
    EmailLinksService,
  ],
  exports: [CareRequestsPort],
})
export class CareRequestsModule {}
