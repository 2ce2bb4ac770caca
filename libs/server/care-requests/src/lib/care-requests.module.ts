import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChildrenModule } from '@lotse/server/children';
import { CareRequestAccess } from './care-request-access';
import { CareRequest } from './care-request.entity';
import { CareRequestHooks } from './care-request-hooks';
import { CareRequestsController } from './care-requests.controller';
import { CareRequestsPort } from './care-requests.port';
import { ChangeCareRequest } from './usecases/change-care-request';
import { ReadCareRequests } from './usecases/read-care-requests';

@Module({
  imports: [TypeOrmModule.forFeature([CareRequest]), ChildrenModule],
  controllers: [CareRequestsController],
  providers: [CareRequestAccess, CareRequestHooks, CareRequestsPort, ChangeCareRequest, ReadCareRequests],
  exports: [CareRequestsPort],
})
export class CareRequestsModule {}
