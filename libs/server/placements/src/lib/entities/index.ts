import { Placement } from './placement.entity';
import { Proposal } from './proposal.entity';
import { Vacancy } from './vacancy.entity';

export { Placement, Proposal, Vacancy };
export const PLACEMENT_ENTITIES = [Vacancy, Proposal, Placement];
