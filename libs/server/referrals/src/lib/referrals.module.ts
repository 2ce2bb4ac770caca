import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnerServicesController, PublicPartnerServicesController, ReferralsController } from './controllers';
import { REFERRAL_ENTITIES } from './entities';
import { PartnerServices } from './usecases/partner-services';
import { Referrals } from './usecases/referrals';
import { REFERRAL_ACCESS_FACTS } from './access-facts';

/** The referral guide (issue 14): partner directory, two-click referrals, demand figures. API only. */
@Module({
  imports: [TypeOrmModule.forFeature(REFERRAL_ENTITIES)],
  controllers: [PartnerServicesController, ReferralsController, PublicPartnerServicesController],
  providers: [REFERRAL_ACCESS_FACTS, PartnerServices, Referrals],
})
export class ReferralsModule {}
