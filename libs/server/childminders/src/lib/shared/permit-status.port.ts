import { Injectable } from '@nestjs/common';
import type { IsoDate } from '@lotse/shared/domain';
import type { EntityManager } from 'typeorm';

/**
 * The one seam to the permit workflow (issue 4): may this childminder be `active` on a date?
 * The default says no (there are no permits yet), so nobody becomes active by hand. Issue 4
 * binds its own implementation in ChildmindersModule.forRoot({ permitStatus }).
 */
export abstract class PermitStatusPort {
  abstract hasValidPermit(tenantId: string, childminderId: string, onDate: IsoDate, manager?: EntityManager): Promise<boolean>;
  /**
   * Ending a file ends her permit on that date (domain.md "Care permit"): issued permits become
   * `ended`, in the caller's transaction. Returns the numbers of the permits ended.
   */
  abstract endPermits(m: EntityManager, tenantId: string, childminderId: string, onDate: IsoDate): Promise<string[]>;
}

@Injectable()
export class NoPermitsYet extends PermitStatusPort {
  async hasValidPermit(): Promise<boolean> {
    return false;
  }

  async endPermits(): Promise<string[]> {
    return [];
  }
}
