import { Placement } from './placement.entity';
import { Proposal } from './proposal.entity';
import { Vacancy } from './vacancy.entity';
import { MatchingRun } from './matching-run.entity';

export { MatchingRun, Placement, Proposal, Vacancy };
export const PLACEMENT_ENTITIES = [Vacancy, Proposal, Placement, MatchingRun];
