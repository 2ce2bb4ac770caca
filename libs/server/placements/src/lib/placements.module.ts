import { type DynamicModule, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CareRequestsModule, CareRequestsPort } from '@lotse/server/care-requests';
import { CapacityGate } from './capacity/capacity-gate';
import {
  CapacitySettingsController,
  MatchingController,
  MatchingSettingsController,
  PlacementsController,
  ProposalsController,
  VacanciesController,
} from './controllers';
import { MatchingRuns } from './matching/matching-runs';
import { MatchingSettings } from './matching/matching-settings';
import { Suggestions } from './matching/suggestions';
import { MatchingThread } from './matching/matching-thread';
import { MatchingGeocoder } from './matching/matching-geocoder';
import { CapacitySettings } from './usecases/capacity-settings';
import { PLACEMENT_ENTITIES, Proposal } from './entities';
import { PlacementJobsProcessor } from './jobs/placement-jobs.processor';
import { ScanPlacements } from './jobs/scan-placements';
import { ProposalAccess } from './proposal-access';
import { AnswerProposal } from './usecases/answer-proposal';
import { Placements } from './usecases/placements';
import { Propose } from './usecases/propose';
import { ReadProposals } from './usecases/read-proposals';
import { Vacancies } from './usecases/vacancies';
import { PLACEMENT_ACCESS_FACTS } from './access-facts';

/** A request that ends (withdrawn, closed) takes its open proposals with it, in the same transaction. */
@Injectable()
class EndProposalsWithRequest implements OnModuleInit {
  constructor(private readonly requests: CareRequestsPort) {}

  onModuleInit(): void {
    this.requests.onEnded(async (m, requestId, reason) => {
      await m.getRepository(Proposal).update({ careRequestId: requestId, status: 'open' }, { status: 'withdrawn', closedReason: reason });
    });
  }
}

/**
 * Vacancies, proposals, placements and the capacity gate (issue 12). `forApi()` for the HTTP app
 * (includes the care requests), `forWorker()` for the daily scan.
 */
@Module({})
export class PlacementsModule {
  static forApi(): DynamicModule {
    return {
      module: PlacementsModule,
      imports: [TypeOrmModule.forFeature(PLACEMENT_ENTITIES), CareRequestsModule],
      controllers: [
        VacanciesController,
        ProposalsController,
        PlacementsController,
        CapacitySettingsController,
        MatchingController,
        MatchingSettingsController,
      ],
      providers: [
        PLACEMENT_ACCESS_FACTS,
        MatchingSettings,
        Suggestions,
        MatchingRuns,
        MatchingThread,
        MatchingGeocoder,
        CapacitySettings,
        CapacityGate,
        ProposalAccess,
        Vacancies,
        Propose,
        AnswerProposal,
        ReadProposals,
        Placements,
        EndProposalsWithRequest,
      ],
    };
  }

  static forWorker(): DynamicModule {
    return {
      module: PlacementsModule,
      imports: [TypeOrmModule.forFeature(PLACEMENT_ENTITIES)],
      providers: [ScanPlacements, MatchingRuns, MatchingThread, MatchingGeocoder, PlacementJobsProcessor],
    };
  }
}
