import { PartnerService } from './partner-service.entity';
import { Referral } from './referral.entity';

export { PartnerService, Referral };
export const REFERRAL_ENTITIES = [PartnerService, Referral];
