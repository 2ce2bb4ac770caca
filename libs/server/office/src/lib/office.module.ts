import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OfficeData } from './admin-office/office-data';
import { OfficeDataController } from './admin-office/office-data.controller';
import { Tenant } from './entities/tenant.entity';
import { PublicOfficeController } from './public-office/public-office.controller';
import { TenantController } from './tenant.controller';

/**
 * The office (tenant): its entity, the one settings schema with its readers and writer, the office's
 * own data ("Amtsdaten"), the public office endpoints and the privacy notice.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Tenant])],
  controllers: [TenantController, PublicOfficeController, OfficeDataController],
  providers: [OfficeData],
})
export class OfficeModule {}
