import { Permit } from './permit.entity';
import { PermitApplication } from './permit-application.entity';
import { SuitabilityCheck } from './suitability-check.entity';

export { Permit, PermitApplication, SuitabilityCheck };
export type { CareLocationSnapshot, HolderSnapshot } from './permit.entity';
export const PERMITS_ENTITIES = [Permit, PermitApplication, SuitabilityCheck];
